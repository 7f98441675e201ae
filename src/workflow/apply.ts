import { invalid, isPerfError } from '../engine/errors';
import type { Scheme } from '../engine/scheme/types';
import type { SchemeFlag } from '../engine/scheme/flags';
import { validateScheme } from '../engine/scheme/validate';
import { located } from '../sheet/address';
import { applyWritePlan } from '../sheet/apply/write-plan';
import { summaryProposal } from '../sheet/apply/summary';
import { findTaskTable } from '../sheet/apply/task-table';
import { tasksProposal } from '../sheet/apply/tasks';
import type { ApplyProposal } from '../sheet/apply/types';
import { undoWritePlan, type UndoChoice, type UndoResult } from '../sheet/apply/undo';
import type { WritePlan } from '../sheet/plan';
import type { SheetData } from '../sheet/source-table';
import { chooseSummarySheet } from '../sheet/table';
import type { Warning } from '../sheet/warning';
import { loadScheme, schemeSheetOf, type SchemeFile } from './load-scheme';
import { schemeCellsOf, type SchemeCells } from '../sheet/apply/scheme-cells';
import { withPerfBlanks } from '../sheet/apply/empty-cell';

export interface ApplyOptions {
  /** A scheme file chosen for this run; else the workbook's 方案 sheet, else the defaults (as the ranking loads it). */
  schemeFile?: SchemeFile;
  settings?: Partial<Record<SchemeFlag, string>>;
  /** The sheet to apply to; else the one sheet that holds a summary table. */
  sheet?: string;
  /** When the clerk confirms: names the application in the record (default: now). */
  now?: Date;
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
    // the rules are the 方案 sheet as it stands: the formulas read its cells, so editing them recomputes
    const schemeSheet = loaded.fromSheet ? schemeSheetOf(sheets) : undefined;
    const proposal = proposalFor(sheets, options.sheet, loaded.scheme, loaded.source, schemeSheet ? schemeCellsOf(schemeSheet) : undefined, loaded.fromSheet);
    proposal.warnings = [...loaded.warnings, ...check.warnings, ...proposal.warnings].map(located);
    return { ok: true, proposal, plan: applyWritePlan(proposal, options.now ?? new Date()) };
  } catch (e) {
    return { ok: false, problems: problemsOf(e) };
  }
}

/**
 * The sheet named (or the one sheet that reads as a task breakdown or a summary) and what
 * 套用 adds to it: a task breakdown when its header has 任务, 分值 and 得分 columns, else a
 * summary as the ranking reads it.
 */
function proposalFor(all: SheetData[], name: string | undefined, scheme: Scheme, source: string, schemeCells: SchemeCells | undefined, schemeOnSheet: boolean): ApplyProposal {
  const sheets = all.map((s) => (s.perfKind === null ? withPerfBlanks(all, s) : s));
  const named = name === undefined ? undefined : (sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim() === name.trim()));
  // a sheet not there, or PERF's own: the same message as the ranking's
  if (name !== undefined && (!named || named.perfKind !== null)) chooseSummarySheet(sheets, name);
  const taskSheets = (named ? [named] : sheets.filter((s) => s.perfKind === null)).map((s) => ({ sheet: s, table: findTaskTable(s) })).filter((t) => t.table !== null);
  if (named && taskSheets.length) return tasksProposal(named, taskSheets[0]!.table!, scheme, source, { schemeOnSheet });
  if (!named && taskSheets.length > 0) {
    let summary: string | null = null;
    try {
      summary = chooseSummarySheet(sheets.filter((s) => !taskSheets.some((t) => t.sheet === s))).sheet.name;
    } catch {
      // no summary besides the task breakdowns
    }
    const candidates = [...taskSheets.map((t) => t.sheet.name), ...(summary ? [summary] : [])];
    if (candidates.length > 1) throw invalid(`有 ${candidates.length} 张工作表可以套用（${candidates.map((n) => `“${n}”`).join('、')}）：请指定其中一张（命令行用 --sheet，任务窗格中选择工作表）。`);
    return tasksProposal(taskSheets[0]!.sheet, taskSheets[0]!.table!, scheme, source, { schemeOnSheet });
  }
  const { sheet, table } = chooseSummarySheet(sheets, name);
  return summaryProposal(sheet, table, scheme, source, schemeCells);
}

export type UndoOutcome = { ok: false; problems: Warning[] } | ({ ok: true } & UndoResult);

/** 撤销本次套用, host-free: the plan that clears the cells one 套用 added (the latest unless chosen; from PERF's record). */
export function proposeUndo(sheets: SheetData[], choice: UndoChoice | string = {}): UndoOutcome {
  try {
    return { ok: true, ...undoWritePlan(sheets, typeof choice === 'string' ? { sheet: choice } : choice) };
  } catch (e) {
    return { ok: false, problems: problemsOf(e) };
  }
}
