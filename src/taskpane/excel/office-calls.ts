/**
 * The Excel pane's own Office.js calls, thin: what to do is decided host-free (formulas/,
 * selection-unit.ts); these only read and write cells, select and watch. Each is one
 * Excel.run that waits while the clerk edits a cell, and every failure is a Chinese message
 * (the host's officeErrorMessage).
 */
import { PERF_MARK_NAME } from '../../sheet/targets';
import { Batch, CALL_BYTES, payloadBytes } from '../../host/office/batch';
import { toPerfError } from '../../host/office';
import type { CellBlock, CellFormula } from './formulas/name-repair';
import type { Present, RecordedFormula } from './formulas/enable-plan';

/** Excel.run as the pane gets it: the global inside Excel, the double in tests. */
export type ExcelRun = typeof Excel.run;

/** Cells read in one request while looking for formulas (formulas and values both come back). */
const SCAN_CELLS = 50_000;

async function run<T>(excelRun: ExcelRun, action: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await excelRun({ delayForCellEdit: true }, batch);
  } catch (e) {
    throw toPerfError(e, action);
  }
}

/** Show a place in the workbook: activate its sheet and, given a cell, select it. */
export function select(excelRun: ExcelRun, place: { sheet: string; row?: number; col?: number }): Promise<void> {
  return run(excelRun, `选中“${place.sheet}”`, async (context) => {
    const sheet = context.workbook.worksheets.getItem(place.sheet);
    sheet.activate();
    if (place.row !== undefined) sheet.getCell(place.row, place.col ?? 0).select();
    await context.sync();
  });
}

/** The sheet and top-left cell (0-based) of the selection. */
export function selectedCell(excelRun: ExcelRun): Promise<{ sheet: string; row: number; col: number }> {
  return run(excelRun, '读取选中的单元格', async (context) => {
    const range = context.workbook.getSelectedRange().load('rowIndex,columnIndex');
    const sheet = range.worksheet.load('name');
    await context.sync();
    return { sheet: sheet.name, row: range.rowIndex, col: range.columnIndex };
  });
}

export interface Watchers {
  /** The clerk (not PERF) changed cells of this sheet. */
  changed(sheet: string): void;
  /** The selection moved (onSelectionChanged carries no place: selectedCell reads it). */
  selected(): void;
}

/**
 * Watch the clerk's edits on the named sheets (worksheet onChanged, ExcelApi 1.7; PERF's own
 * writes — triggerSource ThisLocalAddin, ExcelApi 1.14 — are not the clerk's) and, once,
 * the selection (workbook onSelectionChanged).
 */
export function watch(excelRun: ExcelRun, sheets: string[], watchers: Watchers, selection: boolean): Promise<void> {
  return run(excelRun, '跟踪工作表的修改', async (context) => {
    const found = sheets.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
    await context.sync();
    for (const { name, sheet } of found) {
      if (sheet.isNullObject) continue;
      sheet.onChanged.add(async (e) => {
        if (e.triggerSource !== 'ThisLocalAddin') watchers.changed(name);
      });
    }
    if (selection) context.workbook.onSelectionChanged.add(async () => watchers.selected());
    await context.sync();
  });
}

/** The rectangles to scan for formulas: the selection, or the whole used range of the active sheet. */
async function scanArea(context: Excel.RequestContext, scope: 'selection' | 'sheet'): Promise<{ sheet: Excel.Worksheet; name: string; top: number; left: number; rows: number; columns: number } | null> {
  const range = scope === 'selection' ? context.workbook.getSelectedRange() : context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject();
  range.load('rowIndex,columnIndex,rowCount,columnCount');
  const sheet = range.worksheet.load('name');
  await context.sync();
  if (scope === 'sheet' && range.isNullObject) return null;
  // a whole column or the whole sheet selected: only the part in use
  if (scope === 'selection' && range.rowCount * range.columnCount > SCAN_CELLS) {
    const used = range.getUsedRangeOrNullObject().load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) return null;
    return { sheet, name: sheet.name, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
  }
  return { sheet, name: sheet.name, top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

/**
 * 修复 #NAME?: read formulas and values in row blocks, let `find` pick the cells to enter
 * again, and enter them (requests kept under 5 MB). Returns the sheet and what was entered.
 */
export function reenterFormulas(excelRun: ExcelRun, scope: 'selection' | 'sheet', find: (block: CellBlock) => CellFormula[]): Promise<{ sheet: string; entered: CellFormula[] } | null> {
  return run(excelRun, '修复 #NAME?', async (context) => {
    const area = await scanArea(context, scope);
    if (!area) return null;
    const entered: CellFormula[] = [];
    const rowsPerBlock = Math.max(1, Math.floor(SCAN_CELLS / area.columns));
    for (let top = area.top; top < area.top + area.rows; top += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, area.top + area.rows - top);
      const block = area.sheet.getRangeByIndexes(top, area.left, rows, area.columns).load('formulas,values');
      await context.sync();
      entered.push(...find({ top, left: area.left, formulas: block.formulas, values: block.values }));
    }
    const batch = new Batch(() => context.sync());
    for (const cell of entered) {
      await batch.room(payloadBytes(cell.formula) + CALL_BYTES);
      area.sheet.getCell(cell.row, cell.col).formulas = [[cell.formula]];
    }
    await batch.send();
    return { sheet: area.name, entered };
  });
}

/**
 * 启用公式: what the recorded cells hold now (one request for all), then `decide` says which
 * get their formula; those are entered in the top-left cell of their range.
 */
export function enterRecordedFormulas(
  excelRun: ExcelRun,
  entries: RecordedFormula[],
  decide: (entry: RecordedFormula, present: Present | null) => boolean,
): Promise<RecordedFormula[]> {
  return run(excelRun, '启用公式', async (context) => {
    const sheets = new Map<string, Excel.Worksheet>();
    for (const name of new Set(entries.map((e) => e.sheet))) sheets.set(name, context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    const ranges = entries.map((e) => {
      const sheet = sheets.get(e.sheet)!;
      if (sheet.isNullObject) return null;
      const { top, left, bottom, right } = e.range;
      return sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1).load('formulas,values');
    });
    await context.sync();
    const entered: RecordedFormula[] = [];
    const batch = new Batch(() => context.sync());
    for (const [i, e] of entries.entries()) {
      const range = ranges[i];
      if (!decide(e, range ? { formulas: range.formulas, values: range.values } : null)) continue;
      await batch.room(payloadBytes(e.formula) + CALL_BYTES);
      sheets.get(e.sheet)!.getCell(e.range.top, e.range.left).formulas = [[e.formula]];
      entered.push(e);
    }
    await batch.send();
    return entered;
  });
}

/**
 * 转为数值: a copy of the sheet after it, named `copyName`, whose cells hold values only
 * (Paste Special → Values over its used range). The copy carries no PERF mark: it is the
 * clerk's, never replaced by a later ranking.
 */
export function valuesOnlyCopy(excelRun: ExcelRun, sheetName: string, copyName: string): Promise<void> {
  return run(excelRun, `把“${sheetName}”复制为数值`, async (context) => {
    const source = context.workbook.worksheets.getItem(sheetName);
    const copy = source.copy('After', source);
    copy.name = copyName;
    const mark = copy.names.getItemOrNullObject(PERF_MARK_NAME);
    copy.protection.load('protected');
    const used = copy.getUsedRangeOrNullObject().load('address');
    await context.sync();
    if (!mark.isNullObject) mark.delete();
    if (copy.protection.protected) copy.protection.unprotect();
    if (!used.isNullObject) used.copyFrom(used, 'Values');
    await context.sync();
  });
}
