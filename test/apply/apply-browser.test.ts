import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx';
import { readRecord } from '../../src/sheet/write/record';
import { DIST, distFile } from '../build/dist';
import { openBrowserVersion, requestsElsewhere, shoot, stepTab } from '../browser/browser-page';
import { serveFolder } from '../browser/static-server';
import { dumpSheet, sheetList } from './cells';

const FIXTURE = path.resolve(__dirname, '../fixtures/apply-summary-missing/input.xlsx');

const work = mkdtempSync(path.join(os.tmpdir(), 'perf-apply-browser-'));
let server: Awaited<ReturnType<typeof serveFolder>>;
let context: BrowserContext | undefined;
beforeAll(async () => {
  distFile('index.html'); // says to build dist/ first when it is missing
  server = await serveFolder(DIST);
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the browser version’s 套用到现有表格, in Chromium', () => {
  it('previews every cell, adds them on confirming, downloads, and 撤销本次套用 gives the sheet back', async () => {
    const opened = await openBrowserVersion(server.url, path.join(work, 'profile'), 'zh-CN');
    context = opened.context;
    const { page, requests, pageErrors } = opened;
    await page.getByTestId('file-input').setInputFiles({
      name: '部门汇总.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(FIXTURE),
    });
    await page.getByText('PERF 读取的汇总表：工作表“部门汇总”', { exact: false }).waitFor();
    await stepTab(page, '步骤', '套用到现有表格').click();
    await page.getByRole('button', { name: '预览要添加的单元格' }).click();

    const cells = page.getByRole('table', { name: '将要添加的单元格' });
    await cells.waitFor();
    expect(await cells.getByRole('row').count()).toBe(1 + 27);
    // 卫健委: 62 + 17.995 = 79.995 → 80.00 (2 decimals), 良好, third in its class
    const weijian = cells.getByRole('row').filter({ has: page.getByRole('cell', { name: 'H8', exact: true }) });
    expect(await weijian.textContent()).toContain('卫健委');
    // the cap and the decimals read the workbook's 方案 sheet
    expect(await weijian.textContent()).toContain(`=IF(COUNT(D8,E8)<2,"",ROUND(SUM(D8,E8)-IF('方案'!$B$13="",ABS(F8),MIN(ABS(F8),'方案'!$B$13)),IF('方案'!$B$9="",6,'方案'!$B$9)))`);
    expect(await weijian.textContent()).toMatch(/80$/);
    expect(await page.getByTestId('apply-columns').textContent()).toContain('新增列 H“总分”：重点工作目标 + 共性工作目标 − 扣分，扣分合计最多 3 分，保留 2 位小数');
    expect(await shoot(page, 'zh-apply-preview')).toEqual([]);

    await page.getByRole('button', { name: '确认套用' }).click();
    await page.getByTestId('apply-done').getByText('已在工作表“部门汇总”中添加 27 个单元格', { exact: false }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载套用后的工作簿' }).click()]);
    expect(download.suggestedFilename()).toBe('部门汇总-套用.xlsx');
    const saved = path.join(work, 'applied.xlsx');
    await download.saveAs(saved);
    const appliedBytes = new Uint8Array(readFileSync(saved));
    const sheets = await readWorkbook(appliedBytes);
    expect(sheets.find((s) => s.name === '部门汇总')!.values[7]!.slice(7, 10)).toEqual([80, '良好', 3]);
    expect(readRecord(sheets)).toHaveLength(27);

    await page.getByRole('button', { name: '撤销本次套用' }).click();
    await page.getByText(/已撤销“\d{4}-\d\d-\d\d \d\d:\d\d:\d\d 部门汇总：总分、等次、排名”：工作表“部门汇总”中清除了这次套用添加的 27 个单元格/).waitFor();
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载套用后的工作簿' }).click()]);
    const back = path.join(work, 'undone.xlsx');
    await again.saveAs(back);
    expect(dumpSheet(new Uint8Array(readFileSync(back)), '部门汇总').cells).toEqual(dumpSheet(new Uint8Array(readFileSync(FIXTURE)), '部门汇总').cells);
    expect(sheetList(new Uint8Array(readFileSync(back)))).toEqual(sheetList(new Uint8Array(readFileSync(FIXTURE))));

    expect(requestsElsewhere(requests, server.url)).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
