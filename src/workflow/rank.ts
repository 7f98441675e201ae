import { isPerfError } from '../engine/errors';
import type { SchemeFlag } from '../engine/scheme/flags';
import { validateAgainstData, validateScheme } from '../engine/scheme/validate';
import type { WritePlan } from '../sheet/plan';
import { computeRanking } from '../sheet/ranking/compute';
import { rankingPlan } from '../sheet/ranking/plan';
import { schemeData } from '../sheet/ranking/scheme-data';
import type { RankingResult } from '../sheet/ranking/types';
import type { Sha256 } from '../sheet/publish/snapshot';
import type { SheetData } from '../sheet/source-table';
import { chooseSummarySheet } from '../sheet/table';
import { readReport, type ReadReport } from '../sheet/table/read-report';
import { located } from '../sheet/address';
import type { Warning } from '../sheet/warning';
import type { WorkbookSettings } from '../engine/scheme/office';
import { loadScheme, type SchemeFile } from './load-scheme';

export interface RankOptions {
  /** A scheme file chosen for this run; else the workbook's 方案 sheet, else the defaults. */
  schemeFile?: SchemeFile;
  /** Single settings for this run (the command line's --bands …, the pane's fields). */
  settings?: Partial<Record<SchemeFlag, string>>;
  /** The sheet to rank; else the one sheet that holds a summary table. */
  sheet?: string;
  /** When the run happens, for the printed sheets. */
  now: Date;
  /** A faster SHA-256 the host has (the command line: node:crypto) for the 校验码; the code is the same without it. */
  digest?: Sha256;
}

export type RankOutcome =
  | {
      ok: false;
      /** Why nothing could be ranked: each with the cell (or file, or setting) and the fix. */
      problems: Warning[];
      /** What PERF read of the table, when it got that far. */
      read: ReadReport | null;
    }
  | {
      ok: true;
      result: RankingResult;
      /** The sheets to write, planned when first read (and kept). */
      readonly plan: WritePlan;
      /** Every warning of the run: the scheme's, the data check's and the computation's, in that order. */
      warnings: Warning[];
      read: ReadReport;
      /** The workbook's own settings (公示设置) and roster, for the posted sheets and collecting. */
      settings: WorkbookSettings;
    };

/** Blocking problems, each with its cell as data where it has one. */
function stop(problems: Warning[], read: ReadReport | null): RankOutcome {
  return { ok: false, problems: problems.map(located), read };
}

function problemsOf(e: unknown): Warning[] {
  if (!isPerfError(e)) throw e;
  return [{ cell: '', message: e.message }];
}

/**
 * The one-click ranking over a workbook's sheets, host-free: every surface (command
 * line, browser pane, Excel pane, ribbon) calls this and shows what it returns.
 */
export function runRanking(sheets: SheetData[], options: RankOptions): RankOutcome {
  let loaded;
  try {
    loaded = loadScheme(sheets, options.schemeFile, options.settings ?? {});
  } catch (e) {
    return stop(problemsOf(e), null);
  }
  const check = validateScheme(loaded.scheme, loaded.locate);
  const schemeErrors = [...loaded.errors, ...check.errors];
  if (schemeErrors.length > 0) return stop(schemeErrors, null);

  let chosen;
  try {
    chosen = chooseSummarySheet(sheets, options.sheet);
  } catch (e) {
    return stop(problemsOf(e), null);
  }
  const dataCheck = validateAgainstData(loaded.scheme, schemeData(chosen.table), loaded.locate);
  if (dataCheck.errors.length > 0) return stop(dataCheck.errors, readReport(chosen.table));

  let result: RankingResult;
  try {
    result = computeRanking(chosen.table, loaded.scheme, loaded.source);
  } catch (e) {
    return stop(problemsOf(e), readReport(chosen.table));
  }
  result.warnings = [...loaded.warnings, ...check.warnings, ...dataCheck.warnings, ...result.warnings].map(located);
  const applied = readReport(chosen.table, result.components, loaded.scheme);
  const context = { now: options.now, read: applied, office: loaded.settings.office, origin: loaded.fromSheet ? ('sheet' as const) : ('snapshot' as const), digest: options.digest };
  // planned on first use: a run that only reports (--json, perf verify) never builds the sheets
  let plan: WritePlan | undefined;
  return {
    ok: true,
    result,
    get plan() {
      return (plan ??= rankingPlan(result, context));
    },
    warnings: result.warnings,
    read: applied,
    settings: loaded.settings,
  };
}
