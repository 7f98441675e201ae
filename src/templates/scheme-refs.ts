import { absoluteRange } from '../sheet/address';
import type { SheetPlan } from '../sheet/plan';
import { SCHEME_SHEET_NAME, blockDef } from '../sheet/scheme-sheet/layout';

/**
 * Cells of the 方案 sheet a template's formulas refer to: a component's weight cell,
 * found in the written 方案 plan by its block title and name, as '方案'!$B$20.
 */
export function componentWeightRef(scheme: SheetPlan, name: string): string {
  const title = blockDef('components').title;
  const start = scheme.rows.findIndex((r) => r[0]?.value === title);
  const end = scheme.rows.findIndex((r, i) => i > start && r[0]?.style === 'subtitle');
  const row = scheme.rows.findIndex((r, i) => i > start && (end < 0 || i < end) && r[0]?.value === name);
  if (start < 0 || row < 0) throw new Error(`方案 has no component ${name}`);
  return absoluteRange(SCHEME_SHEET_NAME, { top: row, left: 1, bottom: row, right: 1 });
}
