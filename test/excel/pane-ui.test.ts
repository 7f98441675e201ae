import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clippedTexts, openRecordedPage, requestsElsewhere, shoot, stepTab } from '../browser/browser-page';
import { serveFolder } from '../browser/static-server';
import { buildPanePage } from './pane-page/build';

const FIXTURE = path.resolve(__dirname, '../fixtures/township-seed004/input.xlsx');
const STEPS = '步骤';

let work: string;
let server: Awaited<ReturnType<typeof serveFolder>>;
let context: BrowserContext;
let page: Page;
let requests: string[];
let pageErrors: string[];

/** Run in the page against the Excel double (window.excel). */
function inExcel<T>(f: string): Promise<T> {
  return page.evaluate(`(async () => { const excel = window.excel; ${f} })()`) as Promise<T>;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'perf-excel-pane-'));
  await buildPanePage(path.join(work, 'site'), FIXTURE);
  server = await serveFolder(path.join(work, 'site'));
  ({ context, page, requests, pageErrors } = await openRecordedPage(`${server.url}index.html`, path.join(work, 'profile'), 'zh-CN', { width: 360, height: 900 }));
}, 180_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the Excel pane (over the Excel double, in Chromium at the task pane’s width)', () => {
  it('opens on 检查数据 with the workbook already read: no file to open or download, no preview', async () => {
    await page.getByRole('heading', { name: 'PERF 读取的汇总表' }).waitFor();
    const tabs = page.getByRole('tablist', { name: STEPS }).getByRole('tab');
    expect(await tabs.count()).toBe(11);
    // Fluent draws an unselected tab's label twice (the bold one reserves the width)
    const labels = (await tabs.allTextContents()).map((t) => (t.slice(0, t.length / 2) === t.slice(t.length / 2) ? t.slice(0, t.length / 2) : t));
    expect(labels).toEqual(['收集', '检查数据', '一键排名', '方案', '说明', '校验', '图表', '套用到现有表格', '新建模板', '公式', '函数']);
    await expect.poll(() => page.getByText('本 Excel 支持 PERF 的全部功能。').count()).toBe(1);
    expect(await page.getByText('工作表预览').count()).toBe(0);
    expect(await clippedTexts(page)).toEqual([]);
  });

  it('a column of 检查数据 is selected in the workbook', async () => {
    await page.getByRole('button', { name: '在工作簿中选中 考评汇总!C4' }).click();
    await expect.poll(() => inExcel<string>('return JSON.stringify(excel.workbook.selection.rect)')).toBe(JSON.stringify({ top: 3, left: 2, bottom: 3, right: 2 }));
  });

  it('一键排名 writes the sheets and activates 排名', async () => {
    await stepTab(page, STEPS, '一键排名').click();
    await page.getByRole('button', { name: '一键排名', exact: true }).click();
    await page.getByTestId('units-ranked').waitFor();
    expect(await page.getByTestId('units-ranked').textContent()).toBe('已排名 12 个单位');
    await expect
      .poll(() => inExcel<string>('return excel.workbook.sheets.find((s) => s.id === excel.workbook.activeSheetId).name'))
      .toBe('排名');
  });

  it('说明 follows the selection in the workbook', async () => {
    await stepTab(page, STEPS, '说明').click();
    await page.getByText('在“排名”“表彰名单”或汇总表中选中某个单位所在的行').waitFor();
    const row = await inExcel<number>("return excel.valuesOf('排名').findIndex((r) => r[1] === '青山村')");
    await inExcel(`excel.userSelects('排名', 'D${row + 1}')`);
    await page.getByRole('heading', { name: '青山村' }).waitFor();
    await inExcel("excel.userSelects('考评汇总', 'B7')"); // row 7: 柳溪村
    await page.getByRole('heading', { name: '柳溪村' }).waitFor();
    // 93.5×80% + 90×20% − min(4.5, 3) = 89.8
    expect(await page.getByTestId('unit-facts').textContent()).toContain('89.8');
  });

  it('结果已过期 after the clerk edits the summary table, until 重新排名', async () => {
    await inExcel("excel.userEdits('考评汇总', 'C7', [[98.5]])");
    const stale = page.getByTestId('stale');
    await stale.waitFor();
    expect(await stale.textContent()).toContain('结果已过期');
    expect(await shoot(page, 'excel-stale')).toEqual([]);
    await stale.getByRole('button', { name: '重新排名' }).click();
    await stale.waitFor({ state: 'detached' });
    // 98.5×80% + 90×20% − 3 = 93.8, on the pane and on 排名
    await expect.poll(() => page.getByTestId('unit-facts').textContent()).toContain('93.8');
    expect(await inExcel<unknown[]>("return excel.valuesOf('排名').find((r) => r[1] === '柳溪村')")).toContain(93.8);
  });

  it('请先结束单元格编辑 while the clerk is typing in a cell', async () => {
    await stepTab(page, STEPS, '一键排名').click();
    await inExcel("excel.editing = true; excel.userEdits('考评汇总', 'D7', [[91]])");
    await page.getByTestId('stale').waitFor();
    await page.getByRole('button', { name: '一键排名', exact: true }).click();
    const editing = page.getByTestId('cell-edit');
    await editing.waitFor();
    expect(await editing.textContent()).toContain('请先结束单元格编辑');
    expect(await shoot(page, 'excel-cell-edit')).toEqual([]);
    await inExcel('excel.endCellEdit()');
    await editing.waitFor({ state: 'detached' });
    await page.getByTestId('stale').waitFor({ state: 'detached' });
  });

  it('公式: 修复 #NAME? says what it re-entered; 转为数值 copies the ticked sheets', async () => {
    await inExcel("excel.addSheet('手填', [['等次'], ['=_xldudf_PERF_GRADE(90)']]); excel.userSelects('手填', 'A1')");
    await stepTab(page, STEPS, '公式').click();
    await page.getByRole('button', { name: '修复当前工作表' }).click();
    const report = page.getByTestId('formula-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('已重新输入 1 个 PERF 公式');
    expect(await report.textContent()).toContain('手填!A2：=PERF.GRADE(90)');
    expect(await inExcel<string>("return excel.sheet('手填').cells[1][0].formula")).toBe('PERF.GRADE(90)');
    // 排名 and 表彰名单 are ticked for 转为数值
    expect(await page.getByRole('checkbox', { name: '排名' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '考评汇总' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: '复制为数值' }).click();
    await expect.poll(() => report.textContent()).toContain('已复制 2 个工作表为数值');
    expect(await inExcel<string[]>('return excel.workbook.sheets.map((s) => s.name)')).toEqual(['考评汇总', '排名', '排名（数值）', '表彰名单', '表彰名单（数值）', '核对', '手填']);
    expect(await shoot(page, 'excel-formulas')).toEqual([]);
  });

  it('made no request beyond its own origin and threw no error', () => {
    expect(requestsElsewhere(requests, server.url)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
