/** A cell of a sheet, 0-based, as the preview highlights it. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** 0-based column index of letters: A → 0, Z → 25, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const REF = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::.*)?$/;

/**
 * The first cell of an address as PERF's messages write it: "汇总!D7", "'Sheet 1'!B5",
 * "汇总!B5:F5" (the range's first cell). null for anything else ("", a file, a setting).
 */
export function parseCellRef(address: string): CellRef | null {
  const m = REF.exec(address.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const row = Number(m[4]) - 1;
  if (row < 0) return null;
  return { sheet, row, col: columnIndex(m[3]!) };
}
