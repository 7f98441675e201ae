import type { CellStyle, PlanCell, SheetPlan } from '../plan';
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
  rowHeightList(plan).forEach((h, r) => {
    if (h > 0) out.set(r, h);
  });
  return out;
}

/** The same heights as rowHeightsOf, as a list by 0-based row, 0 for a row of the default height (for a writer of 100,000 rows). */
export function rowHeightList(plan: Pick<SheetPlan, 'rows' | 'rowHeights'>): Float64Array {
  const { rows, blocks, rowCount } = sheetCells(plan);
  const heights = new Float64Array(rowCount);
  // a row's own look, looked up once a look (a column of 100,000 rows has a few)
  const needs = new Map<CellStyle, number>();
  const styleNeed = (style: CellStyle) => {
    let need = needs.get(style);
    if (need === undefined) needs.set(style, (need = fontRowHeight({ style }) ?? 0));
    return need;
  };
  // the rows outside the blocks (a block's rows are empty there: skipped, not looked through)
  for (let r = 0, next = 0; r < rowCount; r++) {
    const block = blocks[next];
    if (block && block.top === r) {
      r += block.rowCount - 1;
      next++;
      continue;
    }
    const row = rows[r];
    if (row) for (const cell of row) heights[r] = Math.max(heights[r]!, fontRowHeight(cell) ?? 0);
  }
  for (const b of blocks)
    for (const column of b.columns) {
      const need = fontRowHeight(column) ?? 0;
      const own = column.styles;
      if (!own && !need) continue;
      for (let i = 0; i < b.rowCount; i++) {
        const style = own?.[i];
        const r = b.top + i;
        heights[r] = Math.max(heights[r]!, style === undefined ? need : styleNeed(style));
      }
    }
  const planned = plan.rowHeights;
  if (planned)
    for (let r = 0; r < rowCount; r++) {
      const h = planned[r];
      if (h && h > 0) heights[r] = h;
    }
  return heights;
}
