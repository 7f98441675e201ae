import type { CellValue } from '../../engine/cell';
import { parseCellRef } from '../address';
import type { SheetData } from '../source-table';
import { appliedEntries } from './applications';

/**
 * A cell 套用 may write into: one holding nothing at all. A formula whose result is blank
 * reads as '' (PERF's own from an earlier 套用, or the clerk's) and a cell of spaces holds
 * text to every host, so both count as filled: a second 套用 leaves them alone instead of
 * asking the host to write over them.
 */
export function isEmptyForApply(v: CellValue | undefined): boolean {
  return v === null || v === undefined;
}

/**
 * The sheet with '' in each cell where an earlier 套用 wrote a formula that showed blank and
 * the sheet still reads blank there: a host that reads values only (Excel gives '' for such a
 * formula and for an empty cell alike) cannot tell them apart, PERF's record can.
 */
export function withPerfBlanks(sheets: SheetData[], sheet: SheetData): SheetData {
  const blanks = appliedEntries(sheets).filter((e) => e.sheet === sheet.name && e.formula !== undefined && e.value === undefined);
  if (blanks.length === 0) return sheet;
  const values = sheet.values.slice();
  for (const e of blanks) {
    const at = parseCellRef(e.cell);
    if (!at || !isEmptyForApply(values[at.row]?.[at.col])) continue;
    const row = (values[at.row] ?? []).slice();
    while (row.length < at.col) row.push(null);
    row[at.col] = '';
    values[at.row] = row;
  }
  return { ...sheet, values };
}
