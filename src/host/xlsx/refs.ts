import type { MergeRange } from '../../sheet/source-table';
import { columnLetters } from '../../sheet/address';

/** "AB12" → 0-based {row: 11, col: 27}; null when it is not an A1 cell reference. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
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

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeRef(r: MergeRange): string {
  return `${cellRef(r.top, r.left)}:${cellRef(r.bottom, r.right)}`;
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
