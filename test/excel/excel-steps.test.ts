import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromXlsx } from '../host/office/double-from-xlsx';
import { EXCEL_STEPS } from '../../src/taskpane/excel/ExcelApp';
import { doubleOf, paneOver } from './helpers';

const COUNTY = path.resolve(__dirname, '../fixtures/collect-county');

const SUMMARY = '综合评估汇总';
/** Values row by row without trailing empty cells (a cleared cell is empty, as it was before). */
const shown = (rows: unknown[][]) => rows.map((r) => { const out = [...r]; while (out.length && out.at(-1) === null) out.pop(); return out; });
const formulaAt = (d: Awaited<ReturnType<typeof doubleOf>>, sheet: string, row: number, col: number) => d.sheet(sheet).cells[row]?.[col]?.formula;

describe('the browser version’s 收集, 套用 and 新建模板 inside Excel', () => {
  it('offers 收集 and 套用到现有表格 among the Excel steps (no 打开 or 下载: Excel holds the workbook)', () => {
    expect(EXCEL_STEPS).toEqual(expect.arrayContaining(['collect', 'apply']));
    expect(EXCEL_STEPS).not.toContain('open');
    expect(EXCEL_STEPS).not.toContain('download');
  });

  it('插入模板 puts the template’s sheets into the open workbook, leaving the clerk’s sheet as it was', async () => {
    const excel = await doubleOf('township-seed004');
    const clerk = excel.valuesOf('考评汇总');
    const pane = paneOver(excel);
    await pane.start();
    const report = await pane.controller.insertTemplate('综合评估汇总', 'county', false);
    expect(report!.written.map((w) => w.actual)).toEqual(['方案', SUMMARY]);
    expect(excel.workbook.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name)).toEqual(['考评汇总', '方案', SUMMARY]);
    expect(excel.valuesOf('考评汇总')).toEqual(clerk);
    // 东城区 scores 95 on all seven sources (weights 3+6+1+9+15+36+30 = 100) and 加分 1: 95 + 1 = 96, 优秀, 1st
    const row = excel.valuesOf(SUMMARY).find((r) => r.includes('东城区'))!;
    expect(row).toEqual(expect.arrayContaining([96, '优秀', 1]));
    expect(pane.controller.holdsFile).toBe(false);
  });

  it('套用 in Excel writes the 19 cells of the hand-worked README into the clerk’s sheet, keeps M8 and N7, and 撤销本次套用 takes exactly them back', async () => {
    const excel = await doubleOf('apply-summary-empty');
    const before = excel.valuesOf(SUMMARY);
    const pane = paneOver(excel);
    await pane.start();
    const preview = await pane.controller.previewApply(SUMMARY);
    expect(preview?.ok && preview.proposal.cells.length).toBe(19);
    expect(excel.valuesOf(SUMMARY)).toEqual(before); // the preview writes nothing
    const done = await pane.controller.confirmApply(SUMMARY);
    expect(done?.ok).toBe(true);
    // rows 3..9 are 0-based 2..8; M = 12, N = 13, O = 14
    expect(formulaAt(excel, SUMMARY, 2, 12)).toMatch(/^IF\(COUNT\(C3,D3,E3,F3,G3,H3,I3\)<7,"",ROUND\(/);
    expect(formulaAt(excel, SUMMARY, 2, 14)).toMatch(/COUNTIFS\(\$M\$3:\$M\$9,">"&\$M3\)\+1/);
    expect(excel.valuesOf(SUMMARY)[7]?.[12]).toBe(80); // M8, typed by the clerk
    expect(formulaAt(excel, SUMMARY, 7, 12)).toBeUndefined();
    expect(excel.valuesOf(SUMMARY)[6]?.[13]).toBe('一般'); // N7, typed by the clerk
    expect(pane.controller.state.appliedSheets).toEqual([SUMMARY]);
    // Excel reads 金沙县's formulas that show blank (M9, N9, O9) as ''; PERF's record says they are PERF's: nothing to add again
    const again = await pane.controller.previewApply(SUMMARY);
    expect(again?.ok && again.proposal.cells).toEqual([]);
    const sheetsBefore = excel.workbook.sheets.map((s) => s.name);
    const undo = await pane.controller.undoApply(SUMMARY);
    expect(undo?.undo.ok).toBe(true);
    expect(shown(excel.valuesOf(SUMMARY))).toEqual(shown(before));
    expect(formulaAt(excel, SUMMARY, 2, 12)).toBeUndefined();
    // the emptied record goes: the workbook's sheets are as before 套用
    expect(sheetsBefore).toContain('PERF_RECORD');
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(sheetsBefore.filter((n) => n !== 'PERF_RECORD'));
  });

  it('收集 in Excel fills the open summary from the five departments’ files (hand-worked in collect-county/README.md) and writes 报送情况', async () => {
    const excel = await fromXlsx(new Uint8Array(readFileSync(path.join(COUNTY, 'summary.xlsx'))));
    const pane = paneOver(excel);
    await pane.start();
    const files = readdirSync(path.join(COUNTY, 'files')).map((name) => ({ name, read: async () => new Uint8Array(readFileSync(path.join(COUNTY, 'files', name))) }));
    await pane.controller.collect(files);
    expect(pane.controller.state.collected?.filled).toBe(34);
    // 宁江区 (row 4): C typed 85.5; D…M collected, H the clerk's 0.9 kept
    expect(excel.valuesOf('汇总')[3]?.slice(2, 13)).toEqual([85.5, 1, 1, 1, 0.95, 0.9, 1, 0.9, 1, 1, 1]);
    expect(excel.workbook.sheets.map((s) => s.name)).toContain('报送情况');
  });
});
