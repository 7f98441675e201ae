import type { CellBlock, PlanCell, SheetPlan, WritePlan } from './plan';
import { compactSheet, sheetCells, sheetMerges } from './plan-blocks';

/**
 * A planned sheet as it crosses to another thread (postMessage copies plain data): a sheet
 * planned with blocks goes as its blocks, its rows outside them and its listed merges, and is
 * made a compact sheet again on arrival — 100,000 rows never become cell objects on the way.
 */
export interface PostedSheetPlan {
  posted: 'blocks';
  layout: Omit<SheetPlan, 'rows'>;
  rows: (PlanCell[] | undefined)[];
  blocks: CellBlock[];
}

export type PostedWritePlan = Omit<WritePlan, 'sheets'> & { sheets: (SheetPlan | PostedSheetPlan)[] };

/** The sheet as plain data to post: a plain plan as it is, a compact one as its blocks. */
export function postedSheet(plan: SheetPlan): SheetPlan | PostedSheetPlan {
  const { rows, blocks } = sheetCells(plan);
  if (blocks.length === 0) return plan;
  const layout: Record<string, unknown> = {};
  // `rows` and `merges` of a compact sheet are made when read: the blocks stand for them
  for (const key of Object.keys(plan)) if (key !== 'rows' && key !== 'merges') layout[key] = plan[key as keyof SheetPlan];
  layout.merges = sheetMerges(plan).merges;
  return { posted: 'blocks', layout: layout as Omit<SheetPlan, 'rows'>, rows: rows as (PlanCell[] | undefined)[], blocks: blocks as CellBlock[] };
}

/** A posted sheet as the plan it was. */
export function receivedSheet(sheet: SheetPlan | PostedSheetPlan): SheetPlan {
  if (!('posted' in sheet)) return sheet;
  return compactSheet(sheet.layout, sheet.rows as PlanCell[][], sheet.blocks);
}

export function postedPlan(plan: WritePlan): PostedWritePlan {
  return { ...plan, sheets: plan.sheets.map(postedSheet) };
}

export function receivedPlan(plan: PostedWritePlan): WritePlan {
  return { ...plan, sheets: plan.sheets.map(receivedSheet) };
}
