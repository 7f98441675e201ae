import type { MergeRange, SheetData } from '../source-table';

/** mergeAt (grid.ts) for one sheet, indexed by row once: a data row is not checked against every merge of the sheet. */
export type MergeLookup = (row: number, col: number) => MergeRange | undefined;

export function mergeIndex(sheet: SheetData): MergeLookup {
  const byRow = new Map<number, MergeRange[]>();
  // the rows merges cover lie between these: a data row below a merged title is answered without a look-up
  let first = Infinity;
  let last = -Infinity;
  // in the sheet's order, so that the first merge covering a cell is the one mergeAt finds
  for (const m of sheet.merges) {
    if (m.top < first) first = m.top;
    if (m.bottom > last) last = m.bottom;
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  // a sheet's data rows are mostly without a merge: one look-up, no callback made per cell
  return (row, col) => {
    if (row > last || row < first) return undefined;
    const list = byRow.get(row);
    if (list !== undefined) for (let i = 0; i < list.length; i++) if (list[i]!.left <= col && col <= list[i]!.right) return list[i];
    return undefined;
  };
}
