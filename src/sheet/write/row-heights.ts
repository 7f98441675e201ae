import type { PlanCell, SheetPlan } from '../plan';
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
  plan.rows.forEach((row, r) => {
    const planned = plan.rowHeights?.[r];
    const tallest = planned && planned > 0 ? planned : Math.max(0, ...row.map((cell) => fontRowHeight(cell) ?? 0));
    if (tallest > 0) out.set(r, tallest);
  });
  return out;
}
