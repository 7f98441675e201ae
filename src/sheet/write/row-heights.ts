import type { PlanCell, SheetPlan } from '../plan';
import { sheetCells } from '../plan-blocks';
import { DEFAULT_FONT_SIZE, lookOf } from './looks';

/** Point height a row needs for a large font, so that it is not clipped (hosts do not grow rows PERF writes). */
export function fontRowHeight(cell: Pick<PlanCell, 'style' | 'locked'>): number | null {
  const size = lookOf(cell).font.size ?? DEFAULT_FONT_SIZE;
  return size > 12 ? Math.ceil(size * 1.7) : null;
}

/**
 * The height in points each row of the plan gets, by 0-based row: the planned height,
 * else the tallest need of its cells' fonts. Rows not listed keep the default height.
 */
export function rowHeightsOf(plan: Pick<SheetPlan, 'rows' | 'rowHeights'>): Map<number, number> {
  const out = new Map<number, number>();
  const { rows, blocks, rowCount } = sheetCells(plan);
  const needs = new Array<number>(rowCount).fill(0);
  rows.forEach((row, r) => {
    if (row) for (const cell of row) needs[r] = Math.max(needs[r]!, fontRowHeight(cell) ?? 0);
  });
  for (const b of blocks)
    for (const column of b.columns) {
      const need = fontRowHeight(column) ?? 0;
      for (let i = 0; i < b.rowCount; i++) {
        const own = column.styles?.[i];
        needs[b.top + i] = Math.max(needs[b.top + i]!, own === undefined ? need : (fontRowHeight({ style: own }) ?? 0));
      }
    }
  for (let r = 0; r < rowCount; r++) {
    const planned = plan.rowHeights?.[r];
    const tallest = planned && planned > 0 ? planned : needs[r]!;
    if (tallest > 0) out.set(r, tallest);
  }
  return out;
}
