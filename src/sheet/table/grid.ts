import { readCell, type CellValue } from '../../engine/cell';
import type { MergeRange, SheetData } from '../source-table';

/** Raw value at a 0-based position (merged areas: only the top-left holds a value). */
export function rawAt(sheet: SheetData, row: number, col: number): CellValue {
  return sheet.values[row]?.[col];
}

/** The merged area covering a cell, if any. */
export function mergeAt(sheet: SheetData, row: number, col: number): MergeRange | undefined {
  return sheet.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
}

/** The value a reader sees in a cell: a merged area shows its top-left value everywhere. */
export function shownAt(sheet: SheetData, row: number, col: number): CellValue {
  const m = mergeAt(sheet, row, col);
  return m ? rawAt(sheet, m.top, m.left) : rawAt(sheet, row, col);
}

export function isBlank(v: CellValue): boolean {
  return readCell(v).kind === 'blank';
}

/** Number of columns the sheet uses (widest row, merges included). Rows are sparse: forEach skips the holes. */
export function sheetWidth(sheet: SheetData): number {
  let w = 0;
  sheet.values.forEach((row) => (w = Math.max(w, row?.length ?? 0)));
  for (const m of sheet.merges) w = Math.max(w, m.right + 1);
  return w;
}

/** The 0-based rows from `first` on that are present in the sheet's values, in order (a sparse sheet's holes left out). */
export function presentRows(sheet: SheetData, first: number): number[] {
  const rows: number[] = [];
  sheet.values.forEach((_, row) => {
    if (row >= first) rows.push(row);
  });
  return rows;
}
