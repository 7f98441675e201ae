import type { PerfSheetKind } from './source-table';
import type { WritePlan, WriteReport } from './plan';
import { RECORD_SHEET } from './write/record';

/**
 * Where each planned sheet goes, host-free: the .xlsx adapter and the Office.js
 * adapter both decide with this, so both treat the clerk's sheets the same way.
 */
export interface ExistingSheet {
  name: string;
  perfKind: PerfSheetKind | 'unknown' | null;
}

export interface SheetTarget {
  planned: string;
  actual: string;
  action: 'created' | 'replaced';
}

/**
 * PERF's mark on a sheet it created: a hidden sheet-scoped defined name whose
 * value is the kind as a string constant, e.g. PERF_SHEET = "ranking".
 * Office.js: worksheet.names.add(PERF_MARK_NAME, perfMarkFormula(kind)).
 */
export const PERF_MARK_NAME = 'PERF_SHEET';

const KINDS: readonly PerfSheetKind[] = ['ranking', 'awards', 'scheme', 'check', 'record', 'collect'];

/** The defined-name formula that marks a sheet as PERF's (without the leading "="). */
export function perfMarkFormula(kind: PerfSheetKind): string {
  return `"${kind}"`;
}

/**
 * The kind a PERF_SHEET name's formula carries ('="ranking"', '"ranking"'), or null when
 * it is not a mark. Any text constant is PERF's mark: one of a kind this version does not
 * know (a newer PERF's sheet) is 'unknown', still PERF's, so never replaced and never
 * read as the clerk's summary.
 */
export function readPerfMark(formula: string | null | undefined): PerfSheetKind | 'unknown' | null {
  if (!formula) return null;
  const m = /^=?\s*"((?:[^"]|"")*)"\s*$/.exec(formula.trim());
  if (!m) return null;
  const kind = m[1] as PerfSheetKind;
  return KINDS.includes(kind) ? kind : 'unknown';
}

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

/** Excel compares sheet names without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

function numberedName(base: string, n: number): string {
  const suffix = `(${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

function isNumberedVariant(name: string, base: string): boolean {
  const m = /^(.*)\((\d+)\)$/.exec(name);
  return m !== null && sameName(name, numberedName(base, Number(m[2])));
}

/**
 * Decide where each planned sheet is written. A sheet PERF created for the same
 * kind (the planned name, or a numbered variant "排名(2)" PERF fell back to
 * earlier) is replaced; a sheet of that name that PERF did not create is never
 * touched: the plan goes to the first free "排名(2)", "排名(3)" …. A sheet PERF
 * writes but does not own (owned: false) always goes to a free name.
 */
export function resolveTargets(existing: ExistingSheet[], plan: WritePlan): SheetTarget[] {
  const taken = existing.map((s) => s.name);
  const claimed = new Set<string>();
  const targets: SheetTarget[] = [];
  for (const sheet of plan.sheets) {
    const planned = sheet.name.slice(0, MAX_SHEET_NAME);
    const mine = (s: ExistingSheet) => sheet.owned !== false && s.perfKind === sheet.kind && !claimed.has(s.name);
    const own =
      existing.find((s) => mine(s) && sameName(s.name, planned)) ?? existing.find((s) => mine(s) && isNumberedVariant(s.name, planned));
    if (own) {
      claimed.add(own.name);
      targets.push({ planned: sheet.name, actual: own.name, action: 'replaced' });
      continue;
    }
    let actual = planned;
    for (let n = 2; taken.some((t) => sameName(t, actual)); n++) actual = numberedName(planned, n);
    taken.push(actual);
    claimed.add(actual);
    targets.push({ planned: sheet.name, actual, action: 'created' });
  }
  return targets;
}

/** Tell the clerk, in Chinese, where each sheet went and why a name changed (not the very hidden record, which they never see). */
export function describeTargets(targets: SheetTarget[]): string[] {
  return targets.filter((t) => t.planned !== RECORD_SHEET).map((t) => {
    if (t.action === 'replaced') return `已更新 PERF 之前生成的工作表“${t.actual}”（清空后重写）。`;
    if (t.actual === t.planned) return `已新建工作表“${t.actual}”。`;
    return (
      `工作簿中已有名为“${t.planned}”的工作表，它不是 PERF 生成的，PERF 没有改动它；` +
      `本次结果写入新工作表“${t.actual}”。如需使用“${t.planned}”这个名字，请先把原表改名后重新运行。`
    );
  });
}

/** The report for a plan applied to the given targets. */
export function targetReport(targets: SheetTarget[], extraMessages: string[] = []): WriteReport {
  return { written: targets, messages: [...describeTargets(targets), ...extraMessages] };
}
