import type { PlanCell, RecordEntry, RecordWhat, SheetPlan, WritePlan } from '../plan';
import type { SheetData } from '../source-table';
import type { SheetTarget } from '../targets';

/**
 * The record of what PERF wrote into sheets it does not own (cells 套用 added, cells
 * collecting filled, the PERF formula a cell should hold), kept in the workbook itself
 * so that every host and every later run sees it: a PERF-owned, very hidden sheet
 * PERF_RECORD, one entry a row under a header row. Hosts only write it as a sheet:
 * `withRecord` turns plan.record into that sheet, merged with the record already there.
 */
export const RECORD_SHEET = 'PERF_RECORD';

const HEADER = ['工作表', '单元格', '内容', '公式', '值', '来源', '格式', '批次'];

/** In the 格式 column: PERF gave the cell its look (RecordEntry.styled), or merged the area (RecordEntry.merged). */
const STYLED_WORD = '新增';
const MERGED_WORD = '合并';

const WHAT_WORDS: Record<RecordWhat, string> = { added: '新增', filled: '填入', formula: '公式' };

function whatOf(v: unknown): RecordWhat | null {
  for (const [what, word] of Object.entries(WHAT_WORDS)) if (v === word || v === what) return what as RecordWhat;
  return null;
}

function keyOf(e: RecordEntry): string {
  return `${e.sheet.toUpperCase()}\u0000${e.cell.replace(/\$/g, '').toUpperCase()}\u0000${e.what}`;
}

/** The record held in the workbook's sheets (empty when there is none). Rows it cannot read are passed over. */
export function readRecord(sheets: SheetData[]): RecordEntry[] {
  const sheet = sheets.find((s) => s.perfKind === 'record');
  if (!sheet) return [];
  const out: RecordEntry[] = [];
  sheet.values.forEach((row, r) => {
    if (r === 0 || !row) return;
    const [name, cell, what, formula, value, source, look, batch] = row;
    const kind = whatOf(what);
    if (typeof name !== 'string' || typeof cell !== 'string' || !kind) return;
    const entry: RecordEntry = { sheet: name, cell, what: kind };
    if (typeof formula === 'string' && formula !== '') entry.formula = formula;
    if (value !== undefined && value !== null && value !== '') entry.value = value;
    if (typeof source === 'string' && source !== '') entry.source = source;
    if (look === STYLED_WORD) entry.styled = true;
    if (look === MERGED_WORD) entry.merged = true;
    if (typeof batch === 'string' && batch !== '') entry.batch = batch;
    out.push(entry);
  });
  return out;
}

/** Earlier entries with later ones merged in: a later entry for the same sheet, cell and what takes the earlier one's place. */
export function mergeRecord(earlier: RecordEntry[], later: RecordEntry[]): RecordEntry[] {
  const byKey = new Map<string, RecordEntry>();
  for (const e of [...earlier, ...later]) byKey.set(keyOf(e), e);
  return [...byKey.values()];
}

/** The record without the entries named (same sheet, cell and what). */
export function dropRecord(entries: RecordEntry[], drop: Pick<RecordEntry, 'sheet' | 'cell' | 'what'>[]): RecordEntry[] {
  const gone = new Set(drop.map((d) => keyOf(d as RecordEntry)));
  return entries.filter((e) => !gone.has(keyOf(e)));
}

/** Add entries to a plan's record. */
export function addRecord(plan: WritePlan, entries: RecordEntry[]): WritePlan {
  return { ...plan, record: mergeRecord(plan.record ?? [], entries) };
}

function text(value: string): PlanCell {
  return { value, style: 'text' };
}

/** The record as a sheet plan. */
export function recordSheet(entries: RecordEntry[]): SheetPlan {
  return {
    name: RECORD_SHEET,
    kind: 'record',
    visibility: 'veryHidden',
    rows: [
      HEADER.map((h) => ({ value: h, style: 'header' as const })),
      ...entries.map((e) => [text(e.sheet), text(e.cell), text(WHAT_WORDS[e.what]), text(e.formula ?? ''), { value: e.value ?? null, style: 'text' as const }, text(e.source ?? ''), text(e.merged ? MERGED_WORD : e.styled ? STYLED_WORD : ''), text(e.batch ?? '')]),
    ],
    merges: [],
    columnWidths: [16, 12, 8, 40, 16, 24, 8, 36],
    freeze: { rows: 1, columns: 0 },
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: null, footer: { left: '', center: '', right: '' } },
  };
}

/** Whether the plan adds entries to the record or takes some out (a host then reads the record already there). */
export function recordChanges(plan: WritePlan): boolean {
  return Boolean(plan.record?.length || plan.recordDrop?.length);
}

/**
 * The plan a host writes: the plan's sheets and, when it carries record entries, the
 * record sheet with them merged into `existing` (the record read from the workbook).
 * Entries that name a sheet planned here get the name it is written under. When taking
 * entries out leaves the record empty (the last 套用 undone), no record sheet is planned and
 * `recordEmptied` tells the host to remove the one there: the workbook is as before 套用.
 */
export function withRecord(
  plan: WritePlan,
  existing: RecordEntry[],
  targetsOf: (plan: WritePlan) => SheetTarget[],
): { plan: WritePlan; targets: SheetTarget[]; recordEmptied: boolean } {
  if (!recordChanges(plan)) return { plan, targets: targetsOf(plan), recordEmptied: false };
  const kept = dropRecord(existing, plan.recordDrop ?? []);
  if (kept.length === 0 && !plan.record?.length) return { plan, targets: targetsOf(plan), recordEmptied: true };
  const full: WritePlan = { ...plan, sheets: [...plan.sheets, recordSheet([])] };
  const targets = targetsOf(full);
  const actual = new Map(plan.sheets.map((s, i) => [s.name, targets[i].actual]));
  const added = (plan.record ?? []).map((e) => ({ ...e, sheet: actual.get(e.sheet) ?? e.sheet }));
  full.sheets[full.sheets.length - 1] = recordSheet(mergeRecord(kept, added));
  return { plan: full, targets, recordEmptied: false };
}
