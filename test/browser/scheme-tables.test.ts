import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx/xlsx-workbook';
import { schemeFromSheet } from '../../src/sheet/scheme-sheet';
import { shoot, stepTab } from './browser-page';
import { servedBrowserVersion } from './served-version';

const TOWNSHIP = path.resolve(__dirname, '../fixtures/township-seed004');

const served = servedBrowserVersion('perf-scheme-tables-');

describe('the 方案 editor’s lookup tables (定性评价比例, 档次分值, 名次分值)', () => {
  it('adds and removes rows, names a wrong share in Chinese, and writes the tables into the workbook’s 方案', async () => {
    const { page, pageErrors } = await served.open();
    const steps = (name: string) => stepTab(page, '步骤', name);
    await page.getByTestId('file-input').setInputFiles({
      name: '白莲镇.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(path.join(TOWNSHIP, 'input.xlsx')),
    });
    await page.getByText('PERF 读取的汇总表').first().waitFor();
    await steps('方案').click();
    const box = (name: string) => page.getByRole('textbox', { name, exact: true });

    // 定性评价比例: three ratings, the second mistyped as 120%
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '添加评价' }).click();
    for (const [i, [rating, share]] of [
      ['好', '100%'],
      ['较好', '120%'],
      ['差', '0'],
    ].entries()) {
      await box(`第 ${i + 1} 个评价`).fill(rating);
      await box(`第 ${i + 1} 个评价的比例`).fill(share);
    }
    await page.getByText('方案·定性评价比例第2行 定性评价“较好”的比例 “120%” 不在 0% 到 100% 之间（按 120% 计）：请填写如 80%（带百分号）').waitFor();
    await box('第 2 个评价的比例').fill('70%');
    await expect.poll(() => page.getByText('定性评价“较好”的比例').count()).toBe(0);

    // 名次分值: places follow on (1, 2, 3); the third is removed again; the second worth more than the first is flagged
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '添加名次' }).click();
    expect([await box('第 1 行的名次').inputValue(), await box('第 3 行的名次').inputValue()]).toEqual(['1', '3']);
    await page.getByRole('button', { name: '删除第 3 名' }).click();
    await box('第 1 行名次的分值').fill('95');
    await box('第 2 行名次的分值').fill('100');
    await page.getByText('方案·名次分值第2行 第2名的分值 100 高于第1名的 95').waitFor();
    await box('第 2 行名次的分值').fill('90');

    // 档次分值: one tier
    await page.getByRole('button', { name: '添加档次' }).click();
    await box('第 1 个档次').fill('一档');
    await box('第 1 个档次的分值').fill('100');
    await expect.poll(() => page.getByText(/方案有 \d+ 处错误|方案有 \d+ 条提示/).count()).toBe(0);
    expect(await shoot(page, 'zh-scheme-tables')).toEqual([]);

    // ranked: the 方案 sheet written into the workbook carries the three tables under their names
    await steps('一键排名').click();
    await page.getByRole('button', { name: '一键排名' }).click();
    await expect.poll(() => page.getByTestId('units-ranked').textContent()).toBe('已排名 12 个单位');
    await steps('下载结果').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载结果' }).click()]);
    const saved = path.join(served.profile(), 'result.xlsx');
    await download.saveAs(saved);
    const sheets = await readWorkbook(new Uint8Array(readFileSync(saved)), 'result.xlsx');
    const scheme = schemeFromSheet(sheets.find((s) => s.name === '方案')!).scheme;
    expect(scheme.ratingShares).toEqual([
      { rating: '好', share: '100%' },
      { rating: '较好', share: '70%' },
      { rating: '差', share: '0%' },
    ]);
    expect(scheme.rankPoints).toEqual([
      { rank: 1, points: '95' },
      { rank: 2, points: '90' },
    ]);
    expect(scheme.tierPoints).toEqual([{ tier: '一档', points: '100' }]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
