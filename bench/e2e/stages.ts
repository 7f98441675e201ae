/**
 * The stages of runRanking (src/workflow/rank.ts) called one by one, to time each:
 * find the table, compute the result, write the plan. Same calls in the same order.
 */
import { performance } from 'node:perf_hooks';
import { validateAgainstData, validateScheme } from '../../src/engine/scheme/validate';
import { computeRanking } from '../../src/sheet/ranking/compute';
import { rankingPlan } from '../../src/sheet/ranking/plan';
import { schemeData } from '../../src/sheet/ranking/scheme-data';
import type { SheetData } from '../../src/sheet/source-table';
import { chooseSummarySheet } from '../../src/sheet/table';
import { readReport } from '../../src/sheet/table/read-report';
import { loadScheme } from '../../src/workflow/load-scheme';
import type { RankOptions } from '../../src/workflow/rank';

export interface StageTimes {
  find: number;
  compute: number;
  plan: number;
  total: number;
}

export function timedStages(sheets: SheetData[], options: RankOptions): StageTimes & { units: number } {
  const t0 = performance.now();
  const loaded = loadScheme(sheets, options.schemeFile, options.settings ?? {});
  const check = validateScheme(loaded.scheme, loaded.locate);
  if (loaded.errors.length + check.errors.length > 0) throw new Error('bench scheme has errors');
  const chosen = chooseSummarySheet(sheets, options.sheet);
  const t1 = performance.now();
  readReport(chosen.table);
  const dataCheck = validateAgainstData(loaded.scheme, schemeData(chosen.table), loaded.locate);
  if (dataCheck.errors.length > 0) throw new Error('bench data check has errors');
  const result = computeRanking(chosen.table, loaded.scheme, loaded.source);
  const applied = readReport(chosen.table, result.components, loaded.scheme);
  const t2 = performance.now();
  rankingPlan(result, { now: options.now, read: applied, office: loaded.settings.office, origin: loaded.fromSheet ? 'sheet' : 'snapshot', digest: options.digest });
  const t3 = performance.now();
  return { find: t1 - t0, compute: t2 - t1, plan: t3 - t2, total: t3 - t0, units: result.units.length };
}
