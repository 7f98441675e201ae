import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx/xlsx-workbook';
import { SHOTS, clippedTexts, requestsElsewhere, shoot, stepTab } from './browser-page';
import { servedBrowserVersion } from './served-version';
import { ALLOWED_TO_CHANGE } from '../host/helpers/parts';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const TOWNSHIP = path.join(FIXTURES, 'township-seed004');
const FILE_NAME = '白莲镇2025年度村居考评.xlsx';

/** Parts the .xlsx host rewrites when it adds sheets; every other part must come back byte for byte. */
const EDITED_PARTS = new Set(ALLOWED_TO_CHANGE);

const served = servedBrowserVersion('perf-browser-');
const open = (locale: 'zh-CN' | 'en-US') => served.open(locale);

const expectedTownship = JSON.parse(readFileSync(path.join(TOWNSHIP, 'expected.json'), 'utf8')) as {
  units: { name: string; total: number; grade: string; rank: number; award: string | null }[];
};

/** 良好 from 85 instead of 80 (worked by hand from the README's totals): 红星村 80, 金山村 82.8 and 东风村 84.8 become 一般. */
const AFTER_BAND_EDIT: Record<string, string> = { 红星村: '一般', 金山村: '一般', 东风村: '一般' };

async function setBands(page: Page, bands: [string, string][]) {
  for (const [i, [label, min]] of bands.entries()) {
    await page.getByRole('textbox', { name: `第 ${i + 1} 个等次的名称` }).fill(label);
    await page.getByRole('textbox', { name: `第 ${i + 1} 个等次的下限（含）` }).fill(min);
  }
}

const gradeCounts = (page: Page) => page.getByTestId('grade-counts').textContent();

describe('the browser version, as a clerk uses it', () => {
  it('opens, checks, ranks, re-grades after a band edit, explains and downloads a workbook, all on its own origin', async () => {
    const { page, requests, pageErrors } = await open('zh-CN');
    const steps = (name: string) => stepTab(page, '步骤', name);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('PERF 绩效考评助手');
    expect(await page.getByText('版本 0.1.0').count()).toBe(1);
    expect(await shoot(page, 'zh-1-open')).toEqual([]);

    // 1 打开工作簿
    await page.getByTestId('file-input').setInputFiles({
      name: FILE_NAME,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(path.join(TOWNSHIP, 'input.xlsx')),
    });

    // 2 检查数据: what PERF read, column by column; a column's cell shows in the preview
    await page.getByText('PERF 读取的汇总表：工作表“考评汇总”，表头在第 4 行，12 个单位').waitFor();
    expect(await steps('检查数据').getAttribute('aria-selected')).toBe('true');
    const readTable = page.getByRole('table', { name: 'PERF 读取的汇总表' });
    expect(await readTable.getByRole('row').count()).toBe(1 + 6);
    await expect.poll(() => readTable.getByRole('row').nth(5).textContent()).toContain('察访核验扣分(最多3分)扣分上限 3 分');
    await page.getByRole('button', { name: '在预览中查看 考评汇总!E4' }).click();
    const marked = page.locator('[data-highlighted]');
    await expect.poll(() => marked.getAttribute('data-cell')).toBe('E4');
    expect(await marked.textContent()).toBe('察访核验扣分(最多3分)');
    // the merged title spans A1:F1
    const title = page.getByTestId('sheet-preview').locator('[data-cell="A1"]');
    expect(await title.textContent()).toBe('白莲镇2025年度村（居）绩效考评结果汇总表');
    const titleBox = (await title.boundingBox())!;
    const f1 = await page.getByTestId('sheet-preview').locator('[data-cell="F4"]').boundingBox();
    expect(titleBox.x + titleBox.width).toBeCloseTo(f1!.x + f1!.width, 0);
    expect(await shoot(page, 'zh-2-check')).toEqual([]);

    // 3 一键排名 with the workbook's (default) scheme
    await steps('一键排名').click();
    await page.getByRole('button', { name: '一键排名' }).click();
    await expect.poll(() => page.getByTestId('units-ranked').textContent()).toBe('已排名 12 个单位');
    expect(await gradeCounts(page)).toBe('全部单位：优秀 3，良好 6，一般 3，较差 0');
    expect(await page.getByRole('tablist', { name: '工作表' }).getByRole('tab', { selected: true }).textContent()).toBe('排名');
    expect(await shoot(page, 'zh-3-rank')).toEqual([]);

    // 4 方案: the township's scheme (README: 优90/良好80/一般75/差, cap 3, 先进单位 4 places from 良好) …
    await steps('方案').click();
    await setBands(page, [
      ['优', '90'],
      ['良好', '80'],
      ['一般', '75'],
      ['差', ''],
    ]);
    await page.getByRole('textbox', { name: '扣分合计上限' }).fill('3');
    await page.getByRole('button', { name: '添加奖项' }).click();
    await page.getByRole('textbox', { name: '第 1 个奖项的名称' }).fill('先进单位');
    await page.getByRole('textbox', { name: '第 1 个奖项的名额' }).fill('4');
    await page.getByRole('combobox', { name: '第 1 个奖项的最低等次' }).selectOption('良好');
    await steps('一键排名').click();
    await expect.poll(() => gradeCounts(page)).toBe('全部单位：优 3，良好 6，一般 2，差 1');
    expect(await page.getByTestId('award-list').textContent()).toBe('先进单位：石桥村、白莲社区居委会、柳溪村');

    // … a mistyped bound gets validateScheme's message and stops the run …
    await steps('方案').click();
    await page.getByRole('textbox', { name: '第 2 个等次的下限（含）' }).fill('八五');
    await page.getByText('方案·等次分数线第2行 等次“良好”的下限 “八五” 不是数字').waitFor();
    // … then 良好 from 85: three units fall to 一般
    await page.getByRole('textbox', { name: '第 2 个等次的下限（含）' }).fill('85');
    await steps('一键排名').click();
    await expect.poll(() => gradeCounts(page)).toBe('全部单位：优 3，良好 3，一般 5，差 1');
    await steps('方案').click();
    expect(await shoot(page, 'zh-4-scheme')).toEqual([]);
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 方案.json' }).click()]);
    expect(exported.suggestedFilename()).toBe('方案.json');
    const schemeFile = path.join(served.profile(), '方案.json');
    await exported.saveAs(schemeFile);
    const json = JSON.parse(readFileSync(schemeFile, 'utf8'));
    expect(json.bands).toEqual([
      { label: '优', min: '90' },
      { label: '良好', min: '85' },
      { label: '一般', min: '75' },
      { label: '差', min: null },
    ]);
    expect(json.deductionCap).toBe('3');
    expect(json.awards).toEqual([{ kind: 'places', categories: [], tiers: [{ name: '先进单位', count: '4', minGrade: '良好' }] }]);

    // 5 说明 for 柳溪村: 93.5×80% + 90×20% − 4.5 capped at 3
    await steps('说明').click();
    await page.getByRole('combobox', { name: '选择单位' }).selectOption({ label: '4　柳溪村' });
    const facts = await page.getByTestId('unit-facts').textContent();
    expect(facts).toBe('总分89.8等次良好排名4奖项先进单位');
    const parts = page.getByRole('table', { name: '考核构成' }).getByRole('row');
    expect(await parts.nth(1).textContent()).toBe('指标考核(80%)权重或分值 80%93.574.8');
    expect(await parts.nth(3).textContent()).toBe('扣分−3');
    expect(await page.getByTestId('unit-notes').textContent()).toContain('3');
    expect(await shoot(page, 'zh-5-explain')).toEqual([]);

    // 6 校验: the posted result matches its data; a code from another printout does not
    await steps('校验').click();
    await page.getByRole('button', { name: '校验' }).click();
    await expect.poll(() => page.getByTestId('verify-result').textContent()).toMatch(/^核对通过：.*校验码 [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
    await page.getByRole('textbox', { name: '打印件上的校验码（可不填）' }).fill('0000-0000-0000-0000');
    await page.getByRole('button', { name: '校验' }).click();
    await expect.poll(() => page.getByTestId('verify-result').textContent()).toContain('输入的校验码 0000-0000-0000-0000 与本文件公示的校验码');
    expect(await shoot(page, 'zh-6-verify')).toEqual([]);

    // 7 图表
    await steps('图表').click();
    const charts = page.getByRole('img');
    await expect.poll(() => charts.count()).toBe(2);
    expect(await page.locator('#grade-chart-desc').textContent()).toBe('全部单位：优 3 个，良好 3 个，一般 5 个，差 1 个');
    expect(await page.locator('#totals-0-desc').textContent()).toContain('1. 石桥村 94.4 优；2. 新华村 91.9 优');
    expect(await shoot(page, 'zh-7-charts')).toEqual([]);

    // 8 下载结果
    await steps('下载结果').click();
    expect(await shoot(page, 'zh-8-download')).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载结果' }).click()]);
    expect(download.suggestedFilename()).toBe('白莲镇2025年度村居考评-排名.xlsx');
    const saved = path.join(served.profile(), 'result.xlsx');
    await download.saveAs(saved);
    const result = new Uint8Array(readFileSync(saved));

    // the 排名 sheet, cell by cell, against the README's hand-worked totals, ranks and awards
    const sheets = await readWorkbook(result, 'result.xlsx');
    // 方案 comes last: the first ranking ran before the scheme was edited
    expect(sheets.map((s) => s.name)).toEqual(['考评汇总', '排名', '表彰名单', '核对', '方案']);
    const ranking = sheets.find((s) => s.name === '排名')!;
    const headerAt = ranking.values.findIndex((r) => r?.[0] === '名次' && r?.[1] === '单位');
    expect(ranking.values[headerAt]).toEqual(['名次', '单位', '指标考核(80%)', '公众评议（20%）', '扣分', '总分', '等次', '奖项', '说明']);
    const byRank = [...expectedTownship.units].sort((a, b) => a.rank - b.rank);
    byRank.forEach((u, i) => {
      const row = ranking.values[headerAt + 1 + i]!;
      expect(row.slice(0, 2), `row ${headerAt + 2 + i}`).toEqual([u.rank, u.name]);
      expect([row[5], row[6], row[7] ?? null], u.name).toEqual([u.total, AFTER_BAND_EDIT[u.name] ?? u.grade, u.award]);
    });
    const scheme = sheets.find((s) => s.name === '方案')!;
    expect(scheme.values.flat()).toContain('先进单位');

    // the clerk's own parts come back unchanged
    const before = unzipSync(new Uint8Array(readFileSync(path.join(TOWNSHIP, 'input.xlsx'))));
    const after = unzipSync(result);
    for (const [name, bytes] of Object.entries(before)) {
      if (EDITED_PARTS.has(name)) continue;
      expect(after[name], name).toBeDefined();
      expect(Buffer.from(after[name]!).equals(Buffer.from(bytes)), `${name} is byte-identical`).toBe(true);
    }

    expect(requestsElsewhere(requests, served.url()), 'requests that left the page’s origin').toEqual([]);
    expect(requests.some((u) => u.includes('office'))).toBe(false);
    // the ranking ran in its Web Worker, and every script name carries a content hash
    expect(requests.some((u) => /\/rank\.[0-9a-f]{10}\.js$/.test(u))).toBe(true);
    expect(requests.filter((u) => u.endsWith('.js') && !/\.[0-9a-f]{10}\.js$/.test(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows the cell a warning names, scrolled into view and marked, from the keyboard', async () => {
    const { page } = await open('zh-CN');
    await page.getByTestId('file-input').setInputFiles(path.join(FIXTURES, 'messy', 'input.xlsx'));
    const link = page.getByRole('button', { name: '在预览中查看 汇总表!D9' });
    await link.focus();
    await page.keyboard.press('Enter');
    const marked = page.locator('[data-highlighted]');
    await expect.poll(() => marked.getAttribute('data-cell')).toBe('D9');
    const box = (await marked.boundingBox())!;
    const view = (await page.getByTestId('sheet-preview').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
    expect(await page.getByText('已定位到 汇总表!D9').count()).toBe(1);

    // the steps go by arrow keys, with a visible focus ring
    await stepTab(page, '步骤', '检查数据').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await stepTab(page, '步骤', '一键排名').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[data-fui-focus-visible]').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-focus.png') });
  });

  it('previews a 3000-unit table by rendering only the rows in view', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('汇总');
    sheet.addRow(['某市2025年度大型考评汇总表']);
    sheet.mergeCells('A1:D1');
    sheet.addRow(['序号', '单位', '指标考核(80%)', '公众评议(20%)']);
    for (let i = 1; i <= 3000; i++) sheet.addRow([i, `第${i}单位`, 60 + (i % 40), 70 + (i % 30)]);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    const { page } = await open('zh-CN');
    await page.getByTestId('file-input').setInputFiles({ name: '大表.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.getByText('3000 个单位', { exact: false }).first().waitFor();
    const preview = page.getByTestId('sheet-preview');
    expect(await preview.getByRole('row').count()).toBeLessThan(80);
    await preview.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await preview.locator('[data-cell="B3002"]').waitFor();
    expect(await preview.locator('[data-cell="B3002"]').textContent()).toBe('第3000单位');
    expect(await preview.getByRole('row').count()).toBeLessThan(80);
    await stepTab(page, '步骤', '一键排名').click();
    await page.getByRole('button', { name: '一键排名' }).click();
    await expect.poll(() => page.getByTestId('units-ranked').textContent(), { timeout: 30_000 }).toBe('已排名 3000 个单位');
  });

  it('turns away .xls and .csv files, chosen or dropped, opens a dropped workbook, and ranks the bundled sample', async () => {
    const { page, requests } = await open('zh-CN');
    await page.getByTestId('file-input').setInputFiles({ name: '汇总.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('not xlsx') });
    await page.getByText('请在 Excel 或 WPS 中把“汇总.xls”另存为“Excel 工作簿(*.xlsx)”后再打开').waitFor();
    // a file dropped on the box opens the same way
    const drop = async (name: string, bytes: Buffer) => {
      const transfer = await page.evaluateHandle(
        ([n, data]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([new Uint8Array(data as number[])], n as string));
          return dt;
        },
        [name, [...bytes]] as const,
      );
      await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    };
    await drop('名单.csv', Buffer.from('单位,得分'));
    await page.getByText('请在 Excel 或 WPS 中把“名单.csv”另存为', { exact: false }).waitFor();
    await drop('拖进来的.xlsx', readFileSync(path.join(TOWNSHIP, 'input.xlsx')));
    await page.getByText('工作表“考评汇总”，表头在第 4 行，12 个单位', { exact: false }).waitFor();
    await stepTab(page, '步骤', '打开工作簿').click();
    await page.getByRole('button', { name: '打开示例' }).click();
    await page.getByText('PERF 读取的汇总表：工作表“汇总”，表头在第 3、4 行，9 个单位').waitFor();
    expect(requests).toContain(`${served.url()}samples/sample.xlsx`);
    // the sample carries its scheme as a 方案 sheet: test/fixtures/county-seed002's awards, 一等奖 left empty
    await stepTab(page, '步骤', '一键排名').click();
    await page.getByRole('button', { name: '一键排名' }).click();
    await expect.poll(() => page.getByTestId('award-list').textContent()).toBe('二等奖：西林县、南山县三等奖：北岭县、清河县、平安县');
  });

  it('says why a renamed text file cannot be opened, and lets the clerk pick between two summary sheets', async () => {
    const { page } = await open('zh-CN');
    await page.getByTestId('file-input').setInputFiles(path.join(FIXTURES, 'error-not-a-workbook', 'input.xlsx'));
    await page.getByText('无法打开这个文件').waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain('不是有效的 Excel 工作簿');
    await page.getByTestId('file-input').setInputFiles(path.join(FIXTURES, 'error-two-sheets', 'input.xlsx'));
    await page.getByText('有 2 张工作表都像汇总表（“一季度”、“二季度”）', { exact: false }).waitFor();
    await page.getByRole('combobox', { name: '汇总表所在的工作表' }).selectOption('一季度');
    await page.getByText('PERF 读取的汇总表：工作表“一季度”', { exact: false }).waitFor();
    expect(await page.getByRole('tablist', { name: '工作表' }).getByRole('tab', { selected: true }).textContent()).toBe('一季度');
  });

  it('speaks English to an English browser, step by step, with nothing cut off at 320 px', async () => {
    const { page, requests, pageErrors } = await open('en-US');
    const steps = (name: string) => stepTab(page, 'Steps', name);
    expect(await page.getByText('Version 0.1.0').count()).toBe(1);
    expect(await shoot(page, 'en-1-open')).toEqual([]);
    await page.getByRole('button', { name: 'Open the sample' }).click();
    await page.getByText('What PERF read').first().waitFor();
    expect(await shoot(page, 'en-2-check')).toEqual([]);
    await steps('Rank').click();
    await page.getByRole('button', { name: 'Rank', exact: true }).click();
    await expect.poll(() => page.getByTestId('units-ranked').textContent()).toMatch(/^\d+ units ranked$/);
    expect(await shoot(page, 'en-3-rank')).toEqual([]);
    await steps('Scheme').click();
    await page.getByText('Grade bands').waitFor();
    expect(await shoot(page, 'en-4-scheme')).toEqual([]);
    await steps('Explain').click();
    expect(await shoot(page, 'en-5-explain')).toEqual([]);
    await steps('Charts').click();
    await expect.poll(() => page.getByRole('img').count()).toBe(2);
    expect(await shoot(page, 'en-7-charts')).toEqual([]);
    await steps('Download').click();
    expect(await shoot(page, 'en-8-download')).toEqual([]);
    await page.setViewportSize({ width: 320, height: 760 });
    for (const step of ['Open', 'Check data', 'Rank', 'Scheme', 'Explain', 'Charts', 'Download']) {
      await steps(step).click();
      await page.waitForTimeout(100);
      expect(await clippedTexts(page), step).toEqual([]);
    }
    expect(requestsElsewhere(requests, served.url())).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
