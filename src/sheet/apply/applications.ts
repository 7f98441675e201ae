import { invalid } from '../../engine/errors';
import type { RecordEntry } from '../plan';
import type { SheetData } from '../source-table';
import { readRecord } from '../write/record';
import { APPLY_SOURCE } from './types';

/**
 * The applications (套用) held in PERF's record, each the cells one confirmed 套用 added:
 * what 撤销本次套用 takes back one at a time, the latest first. Entries recorded before
 * applications were named (no batch) make one application per sheet, as undo took them then.
 */
export interface Application {
  /** The record's batch ("2026-12-01 13:50:12 综合评估汇总：总分、等次、排名"); '' for entries without one. */
  batch: string;
  sheet: string;
  /** For the clerk: the batch, or “较早的套用（工作表“…”，记录中没有时间）”. */
  label: string;
  cells: string[];
  entries: RecordEntry[];
}

/** The name of one application: its time (local, to the second) and what it added. */
export function batchName(now: Date, sheet: string, kinds: string[]): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
  return `${time} ${sheet}：${kinds.join('、')}`;
}

/** The record entries of the cells 套用 added, in record order. */
export function appliedEntries(sheets: SheetData[]): RecordEntry[] {
  return readRecord(sheets).filter((e) => e.what === 'added' && (e.source ?? '').startsWith(APPLY_SOURCE));
}

/**
 * The applications in the record, the latest first: named ones by their time (a batch starts
 * with it, so its text sorts by time), then those from before applications were named, the
 * one whose entries come last in the record first. (A later entry for a cell takes the
 * earlier one's place in the record, so record order alone does not tell.)
 */
export function applicationsOf(sheets: SheetData[], sheet?: string): Application[] {
  const groups = new Map<string, { batch: string; sheet: string; entries: RecordEntry[]; last: number }>();
  appliedEntries(sheets).forEach((e, i) => {
    if (sheet !== undefined && e.sheet !== sheet) return;
    const key = e.batch ? `b\u0000${e.batch}\u0000${e.sheet}` : `s\u0000${e.sheet}`;
    const g = groups.get(key) ?? { batch: e.batch ?? '', sheet: e.sheet, entries: [], last: i };
    g.entries.push(e);
    g.last = i;
    groups.set(key, g);
  });
  return [...groups.values()]
    .sort((a, b) => (a.batch === '') !== (b.batch === '') ? (a.batch === '' ? 1 : -1) : a.batch !== b.batch ? (a.batch < b.batch ? 1 : -1) : b.last - a.last)
    .map((g) => ({
      batch: g.batch,
      sheet: g.sheet,
      label: g.batch || `较早的套用（工作表“${g.sheet}”，记录中没有时间）`,
      cells: g.entries.filter((e) => !e.merged).map((e) => e.cell),
      entries: g.entries,
    }));
}

/** One line per application for the clerk, numbered as `--undo=N` chooses them (1 = the latest). */
export function applicationLines(apps: Application[]): string[] {
  return apps.map((a, i) => `  ${i + 1}. ${a.label}（${a.cells.length} 个单元格）`);
}

/**
 * The application to take back: the latest one, or the one chosen by its number in the list
 * (1 = the latest), its batch, or the start of its batch (its time, "2026-12-01 13:50").
 */
export function chooseApplication(sheets: SheetData[], options: { sheet?: string; choice?: string }): { chosen: Application; all: Application[] } {
  const all = applicationsOf(sheets, options.sheet);
  const anywhere = options.sheet === undefined ? all : applicationsOf(sheets);
  if (anywhere.length === 0) throw invalid('这个工作簿中没有“套用到现有表格”添加的单元格（PERF 的记录中没有），无需撤销。');
  if (all.length === 0) {
    const named = [...new Set(anywhere.map((a) => a.sheet))].map((s) => `“${s}”`).join('、');
    throw invalid(`工作表“${options.sheet}”没有套用添加的单元格；套用过的工作表：${named}。`);
  }
  const list = `\n${applicationLines(all).join('\n')}`;
  const choice = options.choice?.trim();
  if (!choice) {
    // records from before applications were named: one sheet at a time, as then
    const sheetsOfOld = new Set(all.filter((a) => a.batch === '').map((a) => a.sheet));
    if (all.every((a) => a.batch === '') && sheetsOfOld.size > 1)
      throw invalid(`有 ${sheetsOfOld.size} 张工作表套用过（${[...sheetsOfOld].map((s) => `“${s}”`).join('、')}）：请指定要撤销哪一张（命令行用 --sheet）。`);
    return { chosen: all[0]!, all };
  }
  const n = /^\d+$/.test(choice) ? Number(choice) : null;
  const found = n !== null ? all[n - 1] : (all.find((a) => a.batch === choice) ?? onlyOne(all.filter((a) => a.batch !== '' && a.batch.startsWith(choice)), choice, list));
  if (!found) throw invalid(`没有找到要撤销的套用“${choice}”：请填写下面的序号（1 是最近一次）或套用的时间。${list}`);
  return { chosen: found, all };
}

function onlyOne(apps: Application[], choice: string, list: string): Application | undefined {
  if (apps.length > 1) throw invalid(`“${choice}”对应 ${apps.length} 次套用：请写得更完整，或用序号。${list}`);
  return apps[0];
}
