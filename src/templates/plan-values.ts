import type { SheetPlan } from '../sheet/plan';
import type { SheetData } from '../sheet/source-table';

/**
 * A planned sheet as the sheets PERF reads: values as written, and a formula without a
 * cached value as its text ("=…", what a file from a program that does not calculate holds),
 * so that PERF's engine computes what the template caches.
 */
export function sheetDataOf(plan: SheetPlan): SheetData {
  return {
    name: plan.name,
    values: plan.rows.map((cells) => cells.map((c) => (c.formula && c.value === null ? `=${c.formula}` : c.value))),
    merges: plan.merges,
    perfKind: plan.owned === false ? null : plan.kind,
  };
}
