import type { SheetData } from '../source-table';
import { rawAt } from '../table/grid';
import { isEmptyForApply } from './empty-cell';

/**
 * The first `count` side-by-side columns from `from` on that are empty from row `top` to
 * `bottom` and crossed by no merge there: where 套用 adds the columns a table lacks, to
 * the right of it, never over a note or a stray value the clerk keeps beside the table.
 */
export function freeColumns(sheet: SheetData, top: number, bottom: number, from: number, count: number): number[] {
  if (count === 0) return [];
  const used = (col: number) => {
    for (let row = top; row <= bottom; row++) if (!isEmptyForApply(rawAt(sheet, row, col))) return true;
    return sheet.merges.some((m) => m.left <= col && col <= m.right && m.top <= bottom && top <= m.bottom);
  };
  let start = from;
  for (let col = from; col < start + count; col++) if (used(col)) start = col + 1;
  return Array.from({ length: count }, (_, i) => start + i);
}
