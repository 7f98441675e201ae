import type { MergeRange } from './source-table';
import type { CellLocation, Warning } from './warning';

/** A1 references, host-free: the one place PERF parses and prints them. */

/** Excel's grid: 1,048,576 rows by 16,384 columns (A1:XFD1048576). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AB" → 27 (0-based). */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/**
 * "AB12" or "$AB$12" → 0-based {row: 11, col: 27}; null when it is not an A1 cell
 * reference. The position may lie beyond Excel's grid: see `inGrid`.
 */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,12})$/.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function inGrid(row: number, col: number): boolean {
  return row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLUMNS;
}

/** "A1:C3" (or a single "B2") → 0-based inclusive range. */
export function parseRangeRef(ref: string): MergeRange | null {
  const [a, b = a] = ref.split(':');
  const from = parseCellRef(a);
  const to = parseCellRef(b);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** "D7" for 0-based row 6, column 3. */
export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "A1:C3"; a single cell stays "B2". */
export function rangeRef(r: MergeRange): string {
  const a = cellRef(r.top, r.left);
  const b = cellRef(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** A sheet name as formulas write it: always quoted, quotes doubled ('排名(2)'). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'排名(2)'!$A$1:$C$4" for a 0-based range. */
export function absoluteRange(sheet: string, r: MergeRange): string {
  const a = `$${columnLetters(r.left)}$${r.top + 1}`;
  const b = `$${columnLetters(r.right)}$${r.bottom + 1}`;
  return `${quoteSheetName(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

/** "汇总!D7" for 0-based row 6, column 3 of sheet 汇总 (quoted when the name needs it, as Excel does). */
export function cellAddress(sheet: string, row: number, col: number): string {
  const needsQuotes = /[\s'!,;()\-+&]/.test(sheet) || /^\d/.test(sheet);
  const name = needsQuotes ? quoteSheetName(sheet) : sheet;
  return `${name}!${cellRef(row, col)}`;
}

export type { CellLocation };

const SHEET_CELL = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Za-z]{1,3}\$?\d+)(?::.*)?$/;

/**
 * The first cell of an address as cellAddress writes it ("汇总!D7", "'Sheet 1'!B5", a range
 * "汇总!B5:F5"); null for anything else ("", a file, a setting) or a cell beyond the grid.
 */
export function parseCellAddress(address: string): CellLocation | null {
  const m = SHEET_CELL.exec(address.trim());
  if (!m) return null;
  const cell = parseCellRef(m[3]!);
  if (!cell || !inGrid(cell.row, cell.col)) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, row: cell.row, col: cell.col };
}

/** The warning with its cell as data, so no surface parses addresses or sentences. */
export function located(w: Warning): Warning {
  if (w.at || !w.cell) return w;
  const at = parseCellAddress(w.cell);
  return at ? { ...w, at } : w;
}
