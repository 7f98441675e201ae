import { isPerfError } from '../engine/errors';
import type { SchemeFlag } from '../engine/scheme/flags';
import { validateScheme } from '../engine/scheme/validate';
import { located } from '../sheet/address';
import { applyWritePlan } from '../sheet/apply/write-plan';
import { summaryProposal } from '../sheet/apply/summary';
import type { ApplyProposal } from '../sheet/apply/types';
import { undoWritePlan } from '../sheet/apply/undo';
import type { WritePlan } from '../sheet/plan';
import type { SheetData } from '../sheet/source-table';
import { chooseSummarySheet } from '../sheet/table';
import type { Warning } from '../sheet/warning';
import { loadScheme, type SchemeFile } from './load-scheme';

export interface ApplyOptions {
  /** A scheme file chosen for this run; else the workbook's 方案 sheet, else the defaults (as the ranking loads it). */
  schemeFile?: SchemeFile;
  settings?: Partial<Record<SchemeFlag, string>>;
  /** The sheet to apply to; else the one sheet that holds a summary table. */
  sheet?: string;
}

export type ApplyOutcome = { ok: false; problems: Warning[] } | { ok: true; proposal: ApplyProposal; plan: WritePlan };

function problemsOf(e: unknown): Warning[] {
  if (!isPerfError(e)) throw e;
  return [{ cell: '', message: e.message }];
}

/**
 * 套用到现有表格, host-free: what PERF would add to the clerk's sheet (shown before
 * anything is written) and the write plan that adds it once the clerk confirms.
 */
export function proposeApply(sheets: SheetData[], options: ApplyOptions): ApplyOutcome {
  try {
    const loaded = loadScheme(sheets, options.schemeFile, options.settings ?? {});
    const check = validateScheme(loaded.scheme, loaded.locate);
    const errors = [...loaded.errors, ...check.errors];
    if (errors.length > 0) return { ok: false, problems: errors.map(located) };
    const { sheet, table } = chooseSummarySheet(sheets, options.sheet);
    const proposal = summaryProposal(sheet, table, loaded.scheme, loaded.source);
    proposal.warnings = [...loaded.warnings, ...check.warnings, ...proposal.warnings].map(located);
    return { ok: true, proposal, plan: applyWritePlan(proposal) };
  } catch (e) {
    return { ok: false, problems: problemsOf(e) };
  }
}

export type UndoOutcome = { ok: false; problems: Warning[] } | { ok: true; plan: WritePlan; sheet: string; cells: string[] };

/** 撤销本次套用, host-free: the plan that clears the cells 套用 added (from PERF's record). */
export function proposeUndo(sheets: SheetData[], sheet?: string): UndoOutcome {
  try {
    return { ok: true, ...undoWritePlan(sheets, sheet) };
  } catch (e) {
    return { ok: false, problems: problemsOf(e) };
  }
}
