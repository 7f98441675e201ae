import { cellRef } from '../../sheet/address';
import type { SheetData } from '../../sheet/source-table';
import { readRecord } from '../../sheet/write/record';

/** Where each cell PERF filled by collecting came from ("来自 监察局.xlsx / Sheet1!D12"), by sheet name and cell. */
export function filledSources(sheets: SheetData[]): (sheet: string, row: number, col: number) => string | null {
  const byCell = new Map<string, string>();
  for (const e of readRecord(sheets)) if (e.what === 'filled' && e.source) byCell.set(`${e.sheet.toUpperCase()}!${e.cell.toUpperCase()}`, e.source);
  return (sheet, row, col) => byCell.get(`${sheet.toUpperCase()}!${cellRef(row, col)}`) ?? null;
}
