import { invalid } from '../../engine/errors';
import { parseCellRef } from '../address';
import type { RecordEntry, WritePlan } from '../plan';
import type { SheetData } from '../source-table';
import { readRecord } from '../write/record';
import { APPLY_SOURCE } from './types';

/** The record entries of the cells 套用 added, by sheet. */
export function appliedEntries(sheets: SheetData[], sheet?: string): RecordEntry[] {
  return readRecord(sheets).filter((e) => e.what === 'added' && (e.source ?? '').startsWith(APPLY_SOURCE) && (sheet === undefined || e.sheet === sheet));
}

/** The sheets that hold cells 套用 added, in record order. */
export function appliedSheets(sheets: SheetData[]): string[] {
  return [...new Set(appliedEntries(sheets).map((e) => e.sheet))];
}

/**
 * 撤销本次套用: clear the cells 套用 added to a sheet (each only while it still holds what
 * PERF wrote; a cell the clerk changed since is kept and reported by the host), give
 * the cells of added columns back the sheet's own look, and take the entries out of the
 * record. Nothing else of the sheet is touched.
 */
export function undoWritePlan(sheets: SheetData[], sheet?: string): { plan: WritePlan; sheet: string; cells: string[] } {
  const withCells = appliedSheets(sheets);
  if (withCells.length === 0) throw invalid('这个工作簿中没有“套用到现有表格”添加的单元格（PERF 的记录中没有），无需撤销。');
  const name = sheet ?? (withCells.length === 1 ? withCells[0]! : null);
  if (name === null) throw invalid(`有 ${withCells.length} 张工作表套用过（${withCells.map((s) => `“${s}”`).join('、')}）：请指定要撤销哪一张（命令行用 --sheet）。`);
  const entries = appliedEntries(sheets, name);
  if (entries.length === 0) throw invalid(`工作表“${name}”没有套用添加的单元格；套用过的工作表：${withCells.map((s) => `“${s}”`).join('、')}。`);
  const clear = entries.map((e) => {
    const at = parseCellRef(e.cell)!;
    return {
      row: at.row,
      column: at.col,
      ...(e.formula !== undefined ? { formula: e.formula } : { value: e.value ?? null }),
      ...(e.styled ? { styled: true } : {}),
    };
  });
  return {
    plan: { sheets: [], edits: [{ sheet: name, clear }], recordDrop: entries.map((e) => ({ sheet: e.sheet, cell: e.cell, what: e.what })) },
    sheet: name,
    cells: entries.map((e) => e.cell),
  };
}
