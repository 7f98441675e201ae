import { readCell } from '../engine/cell';
import { isPerfError } from '../engine/errors';
import { headerText } from '../sheet/table';
import { cellAddress } from '../sheet/address';
import type { RecordEntry, WritePlan } from '../sheet/plan';
import type { SheetData } from '../sheet/source-table';
import { assign } from './assign';
import { extractFile, type FileRead } from './extract';
import { fillCategories, fillCells, toClears, toWrites, type FilledCell } from './fill';
import { baseName, isGenericScoreHeader, itemKey } from './item-name';
import { movedHeaders } from './moved-headers';
import { newSummary, newSummaryPlan } from './new-summary';
import { reportLines, reportSheet, type ReportLine } from './report-sheet';
import { resolve } from './resolve';
import { savedTime } from './saved-time';
import { findSummary, listFromSummary, rosterOf, summaryOf, type Summary } from './summary';
import type { CollectProblem, IncomingFile } from './types';
import { UnitList } from './unit-list';

export interface CollectOptions {
  /** The summary sheet of the target workbook; else the one sheet holding a summary table. */
  sheet?: string;
  /** Any conflict stops the run. */
  strict?: boolean;
  /** Where files disagree, the one saved last wins. */
  preferNewer?: boolean;
  /** Cells PERF filled before may be filled again with the new values. */
  refresh?: boolean;
  now: Date;
  /** The host's reader: a workbook's bytes → its sheets (the .xlsx host's readWorkbook). */
  read: (bytes: Uint8Array, name: string) => Promise<SheetData[]>;
  /** Called before each file is read. */
  progress?: (done: number, total: number, file: string) => void;
}

/** The workbook collected into: --into's sheets, or none (then a roster file among the inputs, or a new workbook). */
export interface CollectTarget {
  name: string;
  sheets: SheetData[];
}

export type CollectOutcome =
  | { ok: false; message: string; problems: CollectProblem[] }
  | {
      ok: true;
      /**
       * --refresh: the cells filled again, cleared first (a write goes only into an empty cell):
       * apply this, then `plan`.
       */
      clearFirst: WritePlan | null;
      plan: WritePlan;
      problems: CollectProblem[];
      filled: FilledCell[];
      lines: ReportLine[];
      summarySheet: string;
      created: boolean;
      /** The workbook the plan goes into: the target, one of the files (its index: it holds the roster), or a new one. */
      base: { kind: 'target' } | { kind: 'file'; index: number } | { kind: 'blank' };
    };

/**
 * Collect many workbooks into one summary, host-free: files read one at a time (only what
 * they give is kept), matched to the one unit list, weighed against each other, and planned
 * as cell edits of the clerk's summary (empty cells only), the 报送情况 sheet and the record.
 */
export async function collect(target: CollectTarget | null, files: IncomingFile[], options: CollectOptions): Promise<CollectOutcome> {
  const problems: CollectProblem[] = [];
  const reads: FileRead[] = [];
  const others: ReportLine[] = [];
  for (const [index, file] of files.entries()) {
    options.progress?.(index, files.length, file.name);
    let sheets: SheetData[];
    let bytes: Uint8Array;
    try {
      bytes = await file.bytes();
      sheets = await options.read(bytes, file.name);
    } catch (e) {
      if (!isPerfError(e)) throw e;
      problems.push({ kind: 'unreadable', file: file.name, cell: '', message: `${file.name}：${e.message}` });
      others.push({ what: '—', status: '无法读取', file: file.name, saved: file.modified ?? null, taken: e.message, problems: 1 });
      continue;
    }
    const saved = savedTime(bytes);
    reads.push(extractFile(file.name, index, sheets, saved ? { saved: saved.at, savedFrom: saved.from } : { saved: file.modified ?? null, savedFrom: file.modified ? 'fs' : null }));
  }
  options.progress?.(files.length, files.length, '');

  let base: Extract<CollectOutcome, { ok: true }>['base'] = { kind: 'target' };
  if (!target) {
    const rosterFiles = reads.filter((r) => r.roster.length > 0).sort((a, b) => (a.file < b.file ? -1 : 1));
    if (rosterFiles.length === 0) {
      return fail('没有汇总表可填：请用 --into 指定汇总表所在的工作簿，或在要收集的文件中放一个带“方案”工作表（九、单位名册）的工作簿，PERF 按名册新建汇总表');
    }
    const chosen = rosterFiles[0]!;
    for (const other of rosterFiles.slice(1))
      problems.push({ kind: 'unrecognised', file: other.file, cell: '', message: `${other.file} 也带有单位名册：按 ${chosen.file} 的名册收集，这个文件的名册没有使用` });
    target = { name: chosen.file, sheets: await options.read(await files[chosen.index]!.bytes(), chosen.file) };
    base = { kind: 'file', index: chosen.index };
    reads.splice(reads.indexOf(chosen), 1);
    others.push({ what: '单位名册', status: '作单位名册', file: chosen.file, saved: chosen.saved, taken: `${chosen.roster.length} 个单位`, problems: 0 });
  }

  let found;
  try {
    found = findSummary(target.sheets, options.sheet);
  } catch (e) {
    if (!isPerfError(e)) throw e;
    return fail(e.message);
  }
  const roster = rosterOf(target.sheets);
  if (roster.length === 0 && !found) return fail(`${target.name} 中既没有汇总表，也没有单位名册（方案表的“九、单位名册”）：PERF 不知道有哪些单位。请指定汇总表，或先在方案表中填写单位名册`);
  const list = roster.length > 0 ? UnitList.fromRoster(roster) : listFromSummary(found!.sheet, found!.table);
  const summary = found ? summaryOf(found.sheet, found.table, list, false, target.sheets) : created(list, reads);

  for (const r of reads) if (r.flow === 'none') others.push({ what: '—', status: '未识别', file: r.file, saved: r.saved, taken: r.reason ?? '', problems: 0 });
  checkSummaryUnits(summary, list, problems);
  const { contributions, taken } = assign(reads, summary, list, problems);
  movedHeaders(reads, problems);
  const headerAt = new Map(summary.columns.map((c) => [c.col, c.header]));
  const unitAt = new Map(summary.rows.map((r) => [r.row, r.unit === null ? r.text : list.units[r.unit]!.name]));
  const label = (row: number, col: number) => ({ unit: unitAt.get(row) ?? '', item: headerAt.get(col) ?? '' });
  const resolved = resolve(contributions, summary.sheet.name, (row, col) => `${label(row, col).unit} / ${label(row, col).item}`, options.preferNewer === true, problems);
  const filled = [...fillCells(resolved, summary, options.refresh === true, label, problems), ...fillCategories(summary, list, problems)].sort((a, b) => a.row - b.row || a.col - b.col);
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : a.message < b.message ? -1 : 1));

  const conflicts = problems.filter((p) => p.kind === 'conflict');
  if (options.strict && conflicts.length > 0)
    return { ok: false, message: `有 ${conflicts.length} 处各文件的值不同（--strict：有冲突就不写出任何文件）`, problems: conflicts };

  const lines = reportLines(taken, others, missingOf(summary, list, taken), problems);
  const record: RecordEntry[] = filled.map((f) => ({ sheet: summary.sheet.name, cell: f.ref, what: 'filled', value: f.value, source: f.source }));
  const report = reportSheet(summary.sheet.name, lines, problems, filled, options.now);
  const plan: WritePlan = summary.created
    ? { sheets: [newSummaryPlan(summary, filled), report], record }
    : { sheets: [report], edits: filled.length ? [{ sheet: summary.sheet.name, write: toWrites(filled) }] : [], record };
  const clears = toClears(filled);
  const clearFirst: WritePlan | null = clears.length ? { sheets: [], edits: [{ sheet: summary.sheet.name, clear: clears }] } : null;
  return { ok: true, plan, clearFirst, problems, filled, lines, summarySheet: summary.sheet.name, created: summary.created, base };

  function fail(message: string): CollectOutcome {
    return { ok: false, message, problems };
  }
}

/** A new summary's indicator columns: every indicator the by-source files name, in name order (not file order). */
function created(list: UnitList, reads: FileRead[]): Summary {
  const byKey = new Map<string, string>();
  for (const r of reads)
    for (const s of r.sources) {
      // a bare 得分 is named by the file: "监察局-遵纪守法.xlsx" → 遵纪守法 (the part after the last separator)
      const parts = baseName(r.file).split(/[-_—－·、\s]+/).filter((p) => p !== '');
      const header = isGenericScoreHeader(s.header) ? (parts.length > 1 ? parts[parts.length - 1]! : null) : s.header;
      if (header === null) continue;
      const key = itemKey(header);
      // plain names: a weight copied from one department's header would make the new sheet's 总分 disagree with its items
      const name = headerText(header).name.replace(/(得分|评分|分数)$/, '');
      if (!byKey.has(key) || name < byKey.get(key)!) byKey.set(key, name);
    }
  const items = [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((e) => e[1]);
  return newSummary(list, items, reads.some((r) => r.flow === 'by-unit'));
}

/** Summary rows that are no unit of the roster, and roster units the summary has no row for. */
function checkSummaryUnits(summary: Summary, list: UnitList, problems: CollectProblem[]): void {
  if (list.source !== 'roster' || summary.created) return;
  const cell = (row: number) => cellAddress(summary.sheet.name, row, summary.unitCol);
  for (const r of summary.rows)
    if (r.unit === null) {
      const m = list.match(r.text);
      problems.push({
        kind: m.kind === 'many' ? 'ambiguous' : 'unmatched',
        file: '',
        cell: cell(r.row),
        message:
          m.kind === 'many'
            ? `汇总表 ${cell(r.row)}：“${r.text}”同时对得上单位名册中的 ${list.names(m.units)}，这一行没有填入。请在单位名册中去掉重复的别名`
            : `汇总表 ${cell(r.row)}：“${r.text}”不在单位名册中，这一行没有填入。请在单位名册中加上它（或把它作为某个单位的别名）`,
      });
    }
  const rows = new Map<number, number>();
  for (const r of summary.rows) if (r.unit !== null) rows.set(r.unit, (rows.get(r.unit) ?? 0) + 1);
  const absent = list.units.map((_, i) => i).filter((i) => !rows.has(i));
  if (absent.length > 0)
    problems.push({ kind: 'missing', file: '', cell: '', message: `汇总表“${summary.sheet.name}”中没有 ${list.names(absent)} 的行：它们的分数没有填入。请在汇总表中加上这些单位的行后重新收集` });
  for (const [unit, n] of rows)
    if (n > 1) problems.push({ kind: 'ambiguous', file: '', cell: '', message: `汇总表“${summary.sheet.name}”中“${list.units[unit]!.name}”有 ${n} 行，不知道填哪一行，没有填入。请删去重复的行` });
}

/** What did not come in: the summary columns no by-source file gave, and the units that sent no file of their own. */
function missingOf(summary: Summary, list: UnitList, taken: ReturnType<typeof assign>['taken']): string[] {
  const out: string[] = [];
  const bySource = taken.filter((t) => t.flow === 'by-source');
  const byUnit = taken.filter((t) => t.flow === 'by-unit');
  const unitColumns = new Set(byUnit.flatMap((t) => t.columns));
  if (bySource.length > 0) {
    const given = new Set(bySource.flatMap((t) => t.columns));
    const typed = (col: number) => summary.rows.every((r) => readCell(summary.sheet.values[r.row]?.[col]).kind !== 'blank');
    for (const c of summary.columns)
      if (!given.has(c.col) && !unitColumns.has(c.col) && c.role !== 'total' && !typed(c.col)) out.push(`“${c.header}”（按来源报送）`);
  }
  if (byUnit.length > 0) {
    const sent = new Set(byUnit.map((t) => t.unit));
    list.units.forEach((u, i) => {
      if (!sent.has(i)) out.push(`${u.name}（按单位报送）`);
    });
  }
  return out;
}

