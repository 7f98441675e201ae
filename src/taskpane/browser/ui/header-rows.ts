import type { PaneState } from '../controller';

/**
 * 0-based header rows of a sheet, to show them as headers: the summary table's as PERF read
 * them, and on a sheet PERF wrote, the row its plan freezes last (the column headings).
 */
export function headerRowsOf(state: PaneState, sheet: string): Set<number> {
  const view = state.view;
  if (view?.read?.sheet === sheet) return new Set(view.read.headerRows.map((r) => r - 1));
  if (!view?.ok || !state.written) return new Set();
  const planned = state.written.written.find((w) => w.actual === sheet)?.planned;
  const plan = view.plan.sheets.find((s) => s.name === planned);
  return plan?.freeze ? new Set([plan.freeze.rows - 1]) : new Set();
}
