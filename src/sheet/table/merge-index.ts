import type { MergeRange, SheetData } from '../source-table';

/**
 * mergeAt (grid.ts) for one sheet, indexed by row once: a data row is not checked against every
 * merge of the sheet. A method of one class, not a function made per sheet: the row loops that
 * call it would meet a new call target on every run.
 */
export interface MergeLookup {
  at(row: number, col: number): MergeRange | undefined;
}

class MergeIndex implements MergeLookup {
  private readonly byRow = new Map<number, MergeRange[]>();
  // the rows merges cover lie between these: a data row below a merged title is answered without a look-up
  private readonly first: number;
  private readonly last: number;

  constructor(sheet: SheetData) {
    let first = Infinity;
    let last = -Infinity;
    // in the sheet's order, so that the first merge covering a cell is the one mergeAt finds
    for (const m of sheet.merges) {
      if (m.top < first) first = m.top;
      if (m.bottom > last) last = m.bottom;
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]);
      }
    }
    this.first = first;
    this.last = last;
  }

  at(row: number, col: number): MergeRange | undefined {
    if (row > this.last || row < this.first) return undefined;
    const list = this.byRow.get(row);
    if (list !== undefined) for (let i = 0; i < list.length; i++) if (list[i]!.left <= col && col <= list[i]!.right) return list[i];
    return undefined;
  }
}

export function mergeIndex(sheet: SheetData): MergeLookup {
  return new MergeIndex(sheet);
}
