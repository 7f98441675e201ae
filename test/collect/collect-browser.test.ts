import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx/xlsx-workbook';
import { readRecord } from '../../src/sheet/write/record';
import { requestsElsewhere, stepTab } from '../browser/browser-page';
import { servedBrowserVersion } from '../browser/served-version';
import { FIXTURES } from './run-core';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const COUNTY = path.join(FIXTURES, 'collect-county');

const served = servedBrowserVersion('perf-collect-browser-');

describe('the browser version collects many files at once, in the page', () => {
  it('fills the county summary from five departments’ files, shows what came in and what to check, and downloads it with every source', async () => {
    const { page, requests, pageErrors } = await served.open();
    await page.getByTestId('file-input').setInputFiles({ name: '县区汇总.xlsx', mimeType: XLSX, buffer: readFileSync(path.join(COUNTY, 'summary.xlsx')) });
    await page.getByText('PERF 读取的汇总表：工作表“汇总”').waitFor();
    await stepTab(page, '步骤', '收集').click();
    const files = readdirSync(path.join(COUNTY, 'files')).map((name) => ({ name, mimeType: XLSX, buffer: readFileSync(path.join(COUNTY, 'files', name)) }));
    await page.getByTestId('collect-input').setInputFiles(files);
    // hand-worked in test/fixtures/collect-county/README.md: 34 cells, one problem (长岭县's 信访 kept)
    await page.getByText('收集完成：在汇总表中填入 34 个单元格').waitFor();
    expect(await page.getByTestId('collect-result').textContent()).toBe('汇总表“汇总”：收到 5 个文件，未收到 0 项；填入 34 个单元格；需要核对的问题 1 条。');
    expect(await page.getByRole('table', { name: '报送情况' }).getByRole('row').count()).toBe(1 + 5);
    await page.getByText('已有 0.9，信访局-信访.xlsx Sheet1!B4 给出 1').waitFor();

    // then the one-click ranking runs on the collected summary (totals hand-worked in the README)
    await stepTab(page, '步骤', '一键排名').click();
    await page.getByRole('button', { name: '一键排名' }).click();
    await expect.poll(() => page.getByTestId('units-ranked').textContent()).toBe('已排名 5 个单位');
    // 说明: each score of a unit says where it came from
    await stepTab(page, '步骤', '说明').click();
    // 宁江区 ranks first, so it is the unit shown
    await expect.poll(() => page.getByTestId('score-source').allTextContents()).toContain('来自 监察局-遵纪守法.xlsx / Sheet1!C3');
    await stepTab(page, '步骤', '下载结果').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载结果' }).click()]);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const sheets = await readWorkbook(bytes);
    const summary = sheets.find((s) => s.name === '汇总')!;
    expect(summary.values[3]!.slice(2, 13)).toEqual([85.5, 1, 1, 1, 0.95, 0.9, 1, 0.9, 1, 1, 1]);
    expect(readRecord(sheets).find((e) => e.cell === 'D4')).toMatchObject({ what: 'filled', value: 1, source: '来自 监察局-遵纪守法.xlsx / Sheet1!C3' });
    expect(sheets.find((s) => s.name === '报送情况')?.perfKind).toBe('collect');
    expect(sheets.find((s) => s.name === '排名')?.perfKind).toBe('ranking');
    expect(readRecord(sheets).filter((e) => e.what === 'filled')).toHaveLength(34);

    expect(requestsElsewhere(requests, served.url())).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
