import type { CellRange, PlanCell, SheetPlan } from '../../sheet/plan';
import { forEachPlanRow } from '../../sheet/plan-blocks';
import { lookOf, type CellLook } from '../../sheet/write/looks';

/**
 * The cells of a plan grouped by how they look, as rectangles: one set of format calls per
 * look, never one per cell. Runs of equal looks along a row are joined, and a run that
 * repeats on the next row grows downward, so a table's columns become a few tall bands.
 */
export interface LookAreas {
  look: CellLook;
  rects: CellRange[];
}

/** A cell's style and lock: two cells with equal keys look alike (looks.ts) and are formatted by the same calls. */
function styleKey(cell: PlanCell | undefined): string {
  if (!cell) return PLAIN_KEY;
  const locked = lookOf(cell).locked;
  return cell.style === undefined && locked ? PLAIN_KEY : `${cell.style ?? ''}|${locked}`;
}

const PLAIN_KEY = '';

export function lookAreas(plan: Pick<SheetPlan, 'rows'>): LookAreas[] {
  const groups = new Map<string, LookAreas>();
  // open rectangles by "key|left|right", extended while the same run appears on the next row
  let open = new Map<string, CellRange>();
  forEachPlanRow(plan, (row, r) => {
    const next = new Map<string, CellRange>();
    let c = 0;
    while (c < row.length) {
      const key = styleKey(row[c]);
      let end = c;
      while (end + 1 < row.length && styleKey(row[end + 1]) === key) end++;
      if (key !== PLAIN_KEY) {
        const id = `${key}|${c}|${end}`;
        const above = open.get(id);
        if (above && above.bottom === r - 1) {
          above.bottom = r;
          next.set(id, above);
        } else {
          const rect = { top: r, left: c, bottom: r, right: end };
          if (!groups.has(key)) groups.set(key, { look: lookOf(row[c]), rects: [] });
          groups.get(key)!.rects.push(rect);
          next.set(id, rect);
        }
      }
      c = end + 1;
    }
    open = next;
  });
  return [...groups.values()];
}
