/**
 * The pane's one door to the workflow, host and scheme code that other parts of PERF own:
 * when those APIs are renamed, this file (and rank-view.ts) is what follows them.
 */
import { isPerfError } from '../../engine/errors';
import { defaultScheme } from '../../engine/scheme/defaults';
import { schemeFromJson, schemeToJson } from '../../engine/scheme/json';
import type { Scheme } from '../../engine/scheme/types';
import { validateScheme } from '../../engine/scheme/validate';
import type { FileWorkbook } from '../../host/workbook';
import type { WritePlan, WriteReport } from '../../sheet/plan';
import { schemeToSheetPlan } from '../../sheet/scheme-sheet';
import type { SheetData } from '../../sheet/source-table';
import type { Warning } from '../../sheet/warning';
import { loadScheme } from '../../workflow/load-scheme';
import { verifyRanking, type VerifyOutcome } from '../../workflow/verify';
import { paneLocate } from './scheme-locate';
import { proposeApply, proposeUndo, type ApplyOutcome, type UndoOutcome } from '../../workflow/apply';
import { appliedSheets } from '../../sheet/apply/undo';
import { applicationsOf } from '../../sheet/apply/applications';
import type { ApplyProposal } from '../../sheet/apply/types';

export type { FileWorkbook, Scheme, SheetData, Warning, WritePlan, WriteReport, VerifyOutcome, ApplyOutcome, UndoOutcome, ApplyProposal };

/** 套用到现有表格: what would be added (the pane's edited scheme when there is one, else the workbook's). */
export const applyProposal = (sheets: SheetData[], scheme: Scheme | null, sheet: string | undefined, now?: Date): ApplyOutcome =>
  proposeApply(sheets, { schemeFile: scheme ? { name: PANE_SCHEME_FILE, text: schemeToJson(scheme) } : undefined, sheet, now });

/** 撤销本次套用: the latest application, or the one chosen by its number in `applicationsIn` (1 = the latest). */
export const applyUndo = (sheets: SheetData[], sheet: string | undefined, choice?: number): UndoOutcome =>
  proposeUndo(sheets, choice === undefined ? { sheet } : { batch: String(choice) });

/** The applications in PERF's record, the latest first, for the clerk to choose one to undo. */
export const applicationsIn = (sheets: SheetData[]): { label: string; sheet: string; cells: number }[] =>
  applicationsOf(sheets).map((a) => ({ label: a.label, sheet: a.sheet, cells: a.cells.length }));

/** The sheets holding cells 套用 added, by PERF's record. */
export const sheetsApplied = (sheets: SheetData[]): string[] => appliedSheets(sheets);

/** 校验: the same check as perf verify, on the workbook as opened. */
export const verify = (sheets: SheetData[], code: string | undefined): VerifyOutcome => verifyRanking(sheets, { code });

/** The name under which the pane's edited scheme reaches the ranking (it shows in messages). */
export const PANE_SCHEME_FILE = '任务窗格中的方案';

/** The workbook's scheme as every surface reads it: the 方案 sheet, else the defaults. */
export function workbookScheme(sheets: SheetData[]): { scheme: Scheme; source: string } {
  try {
    const loaded = loadScheme(sheets, undefined, {});
    return { scheme: loaded.scheme, source: loaded.source };
  } catch (e) {
    if (!isPerfError(e)) throw e;
    return { scheme: defaultScheme(), source: '默认方案' };
  }
}

/** The same checks as the command line and the 方案 sheet, with places named as the pane's fields. */
export function checkScheme(scheme: Scheme): { errors: Warning[]; warnings: Warning[] } {
  return validateScheme(scheme, paneLocate);
}

/** The scheme as a 方案.json file's text. */
export const schemeText = (scheme: Scheme): string => schemeToJson(scheme);

/** A 方案.json file's text as a scheme; a broken file gives the Chinese message. */
export function schemeOfText(text: string): { scheme: Scheme } | { error: string } {
  try {
    return { scheme: schemeFromJson(text) };
  } catch (e) {
    if (!isPerfError(e)) throw e;
    return { error: e.message };
  }
}

/** The ranking's plan with the 方案 sheet first, so the workbook carries the scheme it was ranked with. */
export function withSchemeSheet(plan: WritePlan, scheme: Scheme): WritePlan {
  return { sheets: [schemeToSheetPlan(scheme), ...plan.sheets] };
}

/** 收集: many workbooks read in the page, one at a time, into the opened summary (src/collect). */
export async function collectInto(
  sheets: SheetData[],
  fileName: string,
  files: { name: string; bytes: () => Promise<Uint8Array> }[],
  open: (bytes: Uint8Array, name: string) => Promise<FileWorkbook>,
  now: Date,
  progress: (done: number, total: number, file: string) => void,
) {
  const { collect } = await import(/* webpackChunkName: "collect" */ '../../collect');
  return collect({ name: fileName, sheets }, files, { now, progress, read: async (bytes, name) => (await open(bytes, name)).readSheets() });
}
