import type { CellValue } from '../../engine/cell';
import type { SheetPlan } from '../../sheet/plan';
import { blockValue, sheetCells, sheetMerges } from '../../sheet/plan-blocks';
import { SheetRows } from './sheet-rows';
import type { WorksheetValues } from './worksheet-read';
import { writtenValue } from './written-value';

/**
 * The values and merges a planned sheet reads back as once written (readWorksheetValues of its
 * part): a cell's value or a formula's cached result, no entry for a blank or empty text, merges
 * of more than one cell in the order they are written; null for a sheet with formulas. After a ranking the workbook knows its
 * new sheets from the plan instead of inflating and parsing what it has just written.
 */
export function planValues(plan: SheetPlan): WorksheetValues | null {
  const rows = new SheetRows();
  const { rows: planned, blocks, rowCount } = sheetCells(plan);
  const place = (r: number, c: number, planned: CellValue | undefined) => {
    const v = writtenValue(planned);
    if (v !== undefined) rows.place(r, c, v);
  };
  let next = 0;
  for (let r = 0; r < rowCount; r++) {
    const b = blocks[next];
    if (b && b.top === r) {
      for (let i = 0; i < b.rowCount; i++) for (let c = 0; c < b.columns.length; c++) place(r + i, c, blockValue(b.columns[c]!, i));
      r += b.rowCount - 1;
      next++;
      continue;
    }
    const row = planned[r];
    if (!row) continue;
    // a formula reads back as its file's text, not the plan's: such a sheet is parsed
    for (let c = 0; c < row.length; c++) if (row[c]?.formula) return null;
    for (let c = 0; c < row.length; c++) place(r, c, row[c]?.value);
  }
  const { merges: listed, blocks: across } = sheetMerges(plan);
  const merges = listed.filter((m) => m.bottom > m.top || m.right > m.left).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  for (const b of across) for (let i = 0; i < b.rowCount; i++) merges.push({ top: b.top + i, left: b.mergeAcross!.left, bottom: b.top + i, right: b.mergeAcross!.right });
  return { values: rows.done(), merges };
}
