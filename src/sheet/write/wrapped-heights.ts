import type { SheetPlan } from '../plan';
import { lookOf } from './looks';
import { textWidth } from '../text-width';

const LINE = 14.5;

/**
 * Row heights that show every line of wrapped text (notes, headers), since hosts do not
 * grow rows PERF writes: the 方案 sheet's notes otherwise print over the rows below.
 * Rows already given a height keep it.
 */
export function withWrappedRowHeights(sheet: SheetPlan): SheetPlan {
  const heights: Record<number, number> = { ...(sheet.rowHeights ?? {}) };
  sheet.rows.forEach((row, r) => {
    if (heights[r] !== undefined) return;
    let lines = 1;
    row.forEach((cell, c) => {
      if (typeof cell.value !== 'string' || !lookOf(cell).wrap) return;
      const merge = sheet.merges.find((m) => m.top === r && m.left === c);
      let width = 0;
      for (let i = c; i <= (merge?.right ?? c); i++) width += sheet.columnWidths[i] ?? 9;
      lines = Math.max(lines, Math.ceil(textWidth(cell.value) / Math.max(1, width - 0.5)));
    });
    if (lines > 1) heights[r] = Math.ceil(lines * LINE + 3);
  });
  return { ...sheet, rowHeights: heights };
}
