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


export function isBlank(v: CellValue): boolean {
  return readCell(v).kind === 'blank';
}

/** A sheet holding no value at all (blank cells and styles only). */
export function isEmptySheet(sheet: SheetData): boolean {
  return !sheet.values.some((row) => row?.some((v) => !isBlank(v)));
}

/** Past this length an array is walked by its keys: cheaper for a sparse sheet, dearer for a dense one. */
const WALK_BY_KEYS = 1 << 17;

/**
 * The 0-based indices of a sparse array's present entries, in order. A sheet with a
 * stray cell at row 1,048,576 has an array that long with a few entries: forEach and
 * for-of would step through every index, Object.keys visits only the entries.
 */
function presentIndices(array: readonly unknown[]): number[] {
  if (array.length > WALK_BY_KEYS) return Object.keys(array).map(Number);
  const out: number[] = [];
  // an entry that holds something is present without asking `in` (the slow question)
  for (let i = 0; i < array.length; i++) if (array[i] !== undefined || i in array) out.push(i);
  return out;
}

/** Number of columns the sheet uses (widest row, merges included). */
export function sheetWidth(sheet: SheetData): number {
  let w = 0;
  const values = sheet.values;
  if (values.length > WALK_BY_KEYS) for (const r of presentIndices(values)) w = Math.max(w, values[r]?.length ?? 0);
  else
    for (let r = 0; r < values.length; r++) {
      const length = values[r]?.length ?? 0;
      if (length > w) w = length;
    }
  for (const m of sheet.merges) w = Math.max(w, m.right + 1);
  return w;
}

/** The 0-based rows from `first` on that are present in the sheet's values, in order (a sparse sheet's holes left out). */
export function presentRows(sheet: SheetData, first: number): readonly number[] | Int32Array {
  const values = sheet.values;
  if (values.length > WALK_BY_KEYS) return presentIndices(values).filter((row) => row >= first);
  // a dense sheet's rows as 4 bytes each, not a list grown row by row
  const out = new Int32Array(Math.max(0, values.length - first));
  let count = 0;
  for (let i = first; i < values.length; i++) if (values[i] !== undefined || i in values) out[count++] = i;
  return out.subarray(0, count);
}
