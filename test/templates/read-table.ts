import type { CellValue } from '../../src/engine/cell';
import type { SheetData } from '../../src/sheet/source-table';

/**
 * A table of a recalculated sheet, found by its header row (first cells `headers`), as
 * rows keyed by the `key` column, each row by header text; stops at the first blank key.
 */
export function tableBy(sheet: SheetData, headers: string[], key = headers[0]): Record<string, Record<string, CellValue>> {
  const top = sheet.values.findIndex((r) => r && headers.every((h, i) => r[i] === h));
  if (top < 0) throw new Error(`no table ${headers.join('|')} on ${sheet.name}`);
  const header = sheet.values[top].map((h) => String(h ?? ''));
  const k = header.indexOf(key);
  const out: Record<string, Record<string, CellValue>> = {};
  for (let r = top + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    if (row[k] === null || row[k] === undefined || row[k] === '') break;
    out[String(row[k])] = Object.fromEntries(header.map((h, i) => [h, row[i] ?? null]));
  }
  return out;
}

/** Picks some columns of every row: { 东城区: [96, '优秀', 1] }. */
export function columns(table: Record<string, Record<string, CellValue>>, ...headers: string[]): Record<string, CellValue[]> {
  return Object.fromEntries(Object.entries(table).map(([k, row]) => [k, headers.map((h) => row[h] ?? null)]));
}
