import { normaliseText, readCell } from '../../engine/cell';
import { fastPaths } from '../../engine/fast-paths';
import { normaliseTextFast, readCellFast, textKeyFast } from '../../engine/text-fast';
import { categoryIndex, readCategories } from './categories';
import { D, Dec, HUNDRED, ZERO, fromExcel, show, sum } from '../../engine/decimal';
import { invalid, isPerfError } from '../../engine/errors';
import { bonusTotal, deductionTotal } from '../../engine/deduct';
import { readYesNo, YesNo } from '../../engine/yesno';
import type { Scheme } from '../../engine/scheme/types';
import { cellAddress } from '../address';
import type { SourceColumn, SourceRow, SourceTable } from '../source-table';
import type { Warning } from '../warning';
import { contribution, fullScaleOf } from './components';
import { addNote, NO_NOTES, type UnitNote } from './notes';
import { fastAdjusted, fastAdjustment, fastPlan, fastScores, fastTotal } from './fast-row';
import { FixedSum } from '../../engine/fixed';
import { magnitude, readScore } from './read-value';
import type { UnitResult, UsedComponent } from './types';
import { UnitRecord, UnitStore } from './unit-record';

/** The 一票否决 and 取消评优 of a row that has either. */
export interface UnitFlags {
  veto: YesNo;
  vetoText: string | null;
  excluded: boolean;
  excludedText: string | null;
}

/**
 * The data rows as read: every number decimal, every problem a warning with its cell. The units
 * are the result's own objects, the total before rounding, not yet graded, ranked or awarded.
 */
export interface ReadUnits {
  units: UnitResult[];
  /** What the units read through (unit-record.ts). */
  store: UnitStore;
  /** Each unit's name (units[i].name), in a list of their own: read beside other lists without visiting the units. */
  names: string[];
  /** Each total as the double it exactly is, when the fast path made it; else NaN. */
  exactTotals: Float64Array;
  /** RankingResult.scoreNumbers, adjustmentNumbers and adjustmentColumns. */
  scoreNumbers: Float64Array;
  adjustmentNumbers: Float64Array;
  adjustmentColumns: Int32Array;
  /** The flags of the rows that have one (most have none). */
  flags: (UnitFlags | undefined)[];
  /** Numbers of every numeric column of unit i by header and by name, for tie-breaks and 单项奖 (read on first use). */
  columns(i: number): Record<string, Dec | null>;
}

const TOLERANCE = new D('0.005');

function columnsOf(table: SourceTable, role: SourceColumn['role']): SourceColumn[] {
  return table.columns.filter((c) => c.role === role);
}

/**
 * The deduction (or bonus) of a row: each column a magnitude capped by the cap its header
 * states, then all of them together capped by the scheme's cap (the engine's DEDUCT/BONUS).
 * `capNotes` explains every cap that changed the amount. All blank: null (nothing entered), never 0.
 */
function readAdjustment(
  table: SourceTable,
  row: SourceRow,
  cols: SourceColumn[],
  what: '扣分' | '加分',
  schemeCap: string | null,
  warnings: Warning[],
): { value: Dec | null; invalid: boolean; capNotes: UnitNote[] } {
  const capNotes: UnitNote[] = [];
  if (cols.length === 0) return { value: null, invalid: false, capNotes };
  const total = (items: Dec[], cap: string | null) =>
    what === '扣分' ? deductionTotal(items, null, cap === null ? null : new D(cap)) : bonusTotal(items, cap === null ? null : new D(cap));
  let invalid = false;
  let entered = false;
  const parts = cols.map((c) => {
    const at = { sheet: table.sheet, row: row.row, col: c.index };
    const raw = row.cells[c.index];
    const read = readScore(raw, at, what, HUNDRED, warnings);
    if (read.kind !== 'value') {
      if (read.kind !== 'blank') invalid = true;
      return ZERO;
    }
    entered = true;
    const m = magnitude(read.value, cellAddress(at.sheet, at.row, at.col), raw, what, warnings);
    const capped = total([m], c.cap ?? null);
    if (!capped.eq(m)) capNotes.push({ kind: 'cap', what, header: c.header, before: show(m), after: show(capped), by: 'header' });
    return capped;
  });
  if (!entered) return { value: null, invalid, capNotes };
  const before = sum(parts);
  const value = total(parts, schemeCap);
  if (!value.eq(before)) capNotes.push({ kind: 'cap', what, before: show(before), after: show(value), by: 'scheme' });
  return { value, invalid, capNotes };
}

const NO_FLAG: { flag: YesNo; text: string | null } = Object.freeze({ flag: Object.freeze({ yes: false, levels: 0 }), text: null });

function readFlag(
  table: SourceTable,
  row: SourceRow,
  col: SourceColumn | undefined,
  role: 'veto' | 'exclude',
  warnings: Warning[],
): { flag: YesNo; text: string | null } {
  if (!col) return NO_FLAG;
  const raw = row.cells[col.index];
  const what = role === 'veto' ? '一票否决' : '取消评优';
  try {
    const flag = readYesNo(raw, what);
    const cell = readCell(raw);
    const text = flag.yes && cell.kind === 'text' && cell.text.length > 1 ? cell.text : null;
    return { flag, text };
  } catch (e) {
    const address = cellAddress(table.sheet, row.row, col.index);
    const message = isPerfError(e) ? e.message : String(e);
    warnings.push({ cell: address, message: `${address}：${message}；暂按“是”处理` });
    return { flag: { yes: true, levels: 1 }, text: null };
  }
}

/** The keys each row's numbers are listed under (by header, and by name when no header took it), once per table. */
function numericKeys(table: SourceTable): { index: number; key: string }[] {
  const keys: { index: number; key: string }[] = [];
  const at = new Map<string, number>();
  // as assigning row by row would: a key keeps its first place and takes the last column's value
  const set = (index: number, key: string) => {
    const i = at.get(key);
    if (i === undefined) at.set(key, keys.push({ index, key }) - 1);
    else keys[i] = { index, key };
  };
  for (const c of table.columns) {
    if (c.role === 'unit' || c.role === 'category') continue;
    set(c.index, c.header);
    if (!at.has(c.name) && !(c.name in Object.prototype)) set(c.index, c.name);
  }
  return keys;
}

function numericColumns(keys: { index: number; key: string }[], row: SourceRow): Record<string, Dec | null> {
  const out: Record<string, Dec | null> = {};
  for (const { index, key } of keys) {
    const raw = row.cells[index];
    if (typeof raw === 'number' && Number.isFinite(raw)) out[key] = fromExcel(raw);
    else {
      const cell = readCellFast(raw);
      out[key] = cell.kind === 'number' ? cell.value : null;
    }
  }
  return out;
}

/** Read every data row of the table into units, with the total each row makes. */
export function readUnits(table: SourceTable, components: UsedComponent[], scheme: Scheme, warnings: Warning[]): ReadUnits {
  const unitCol = columnsOf(table, 'unit')[0];
  const totalCol = columnsOf(table, 'total')[0];
  const deductionCols = columnsOf(table, 'deduction');
  const bonusCols = columnsOf(table, 'bonus');
  const remarkCol = table.columns.find((c) => c.role === 'other' && REMARK.test(c.name));
  const vetoCol = columnsOf(table, 'veto')[0];
  const excludeCol = columnsOf(table, 'exclude')[0];
  const categories = readCategories(table, warnings);
  const names: string[] = new Array(table.rows.length);
  const nameReader = new NameReader(table.rows.length, categoryIndex(table).ids);
  if (totalCol && components.length === 0 && deductionCols.length + bonusCols.length > 0) {
    const address = cellAddress(table.sheet, table.headerRows[table.headerRows.length - 1], totalCol.index);
    const others = [...deductionCols, ...bonusCols].map((c) => `“${c.header}”`).join('、');
    warnings.push({
      cell: address,
      message: `${address}：表中有总分列“${totalCol.header}”，也有 ${others}：按总分列排名，视为总分已含扣分和加分（${others} 只列出，不再计算）；如果总分尚未扣减，请先在总分中扣减或删去总分列并写出各项得分的权重`,
    });
  }

  const fast = fastPaths.enabled ? fastPlan(components, deductionCols, bonusCols, scheme) : null;
  const keys = numericKeys(table);
  const rowSum = new FixedSum();
  const exact = { value: NaN };
  const exactTotals = new Float64Array(table.rows.length).fill(NaN);
  const m = components.length;
  const scoreNumbers = new Float64Array(fast ? table.rows.length * m : 0).fill(NaN);
  // the deduction's columns, then the bonus's: the amounts the fast path read, for the 校验快照
  const adjustmentColumns = Int32Array.from(fast ? [...fast.deduction.cols, ...fast.bonus.cols] : [], (c) => c.index);
  const a = adjustmentColumns.length;
  const adjustmentNumbers = new Float64Array(table.rows.length * a).fill(NaN);
  const flags: (UnitFlags | undefined)[] = [];
  const dedRead = fastAdjusted();
  const bonRead = fastAdjusted();

  const store = new UnitStore(scoreNumbers, m);
  const units = table.rows.map((row, index): UnitResult => {
    // most rows have nothing to note: a list is made on the first note
    let notes = NO_NOTES;
    const rawName = row.cells[unitCol.index];
    const name = (names[index] = nameReader.read(index, typeof rawName === 'string' ? rawName : String(rawName ?? '')));

    let blanks = NONE;
    let badScores = NONE;
    let tooLarge = NONE;
    // the scores the fast path reads are left in scoreNumbers only (the unit reads them from there)
    const fastRead = fast !== null && fastScores(row.cells, fast, rowSum, scoreNumbers, index * m);
    if (fast && !fastRead) scoreNumbers.fill(NaN, index * m, (index + 1) * m);
    const scores: (Dec | null)[] | null = fastRead
      ? null
      : components.map((c) => {
      const at = { sheet: table.sheet, row: row.row, col: c.col };
      const full = fullScaleOf(c);
      const read = readScore(row.cells[c.col], at, `“${c.header}”得分`, full, warnings);
      if (read.kind !== 'value') {
        const address = cellAddress(table.sheet, row.row, c.col);
        if (read.kind === 'blank') (blanks = blanks === NONE ? [] : blanks).push(address);
        else if (read.kind === 'too-large') (tooLarge = tooLarge === NONE ? [] : tooLarge).push(address);
        else (badScores = badScores === NONE ? [] : badScores).push(address);
        return null;
      }
      const v = read.value;
      if (v.isNegative() || v.gt(full)) {
        const address = cellAddress(table.sheet, row.row, c.col);
        warnings.push({
          cell: address,
          message: `${address} 的“${c.header}”得分 ${show(v)} 超出 0–${show(full)} 分：请核对是否录错（如 905 应为 90.5）；本次仍按 ${show(v)} 计算`,
        });
      }
      return v;
    });

    const fastDed = fast && fastAdjustment(row.cells, fast.deduction, '扣分', dedRead, adjustmentNumbers, index * a);
    const fastBon = fast && fastAdjustment(row.cells, fast.bonus, '加分', bonRead, adjustmentNumbers, index * a + fast.deduction.cols.length);
    if (fast && !(fastDed && fastBon)) adjustmentNumbers.fill(NaN, index * a, (index + 1) * a);
    const ded = fastDed ?? readAdjustment(table, row, deductionCols, '扣分', scheme.deductionCap, warnings);
    const bon = fastBon ?? readAdjustment(table, row, bonusCols, '加分', scheme.bonusCap, warnings);
    const deduction = ded.value;
    const bonus = bon.value;
    // with a total column the clerk's total already holds the deduction and bonus: caps change nothing there
    if (!totalCol && ded.capNotes.length + bon.capNotes.length > 0)
      notes = bon.capNotes.length === 0 ? ded.capNotes : ded.capNotes.length === 0 ? bon.capNotes : [...ded.capNotes, ...bon.capNotes];

    const scored = components.length > 0 && blanks.length === 0 && badScores.length === 0 && tooLarge.length === 0;
    exact.value = NaN;
    const computed = !scored
      ? null
      : ((fastRead && fastDed && fastBon ? fastTotal(rowSum, fastDed.fixed, fastBon.fixed, exact) : null) ??
        sum(components.map((c, i) => contribution(c, (scores ?? store.scoresOf(index))[i]!)))
          .minus(deduction ?? ZERO)
          .plus(bonus ?? ZERO));

    let total: Dec | null = null;
    if (ded.invalid || bon.invalid) {
      notes = addNote(notes, { kind: 'not-scored', reason: 'adjustment', cells: [] });
    } else if (totalCol) {
      const at = { sheet: table.sheet, row: row.row, col: totalCol.index };
      const address = cellAddress(table.sheet, row.row, totalCol.index);
      const raw = row.cells[totalCol.index];
      const uncalculated = typeof raw === 'string' && raw.startsWith('=');
      const read = uncalculated ? null : readScore(raw, at, '总分', new D(scheme.fullScore), warnings);
      total = read?.kind === 'value' ? read.value : null;
      if (uncalculated && computed !== null) {
        total = computed;
        warnings.push({
          cell: address,
          message: `${address}：单位“${name}”的总分是公式 ${raw}，文件中没有计算结果（未经 Excel 计算）：按各项得分算得 ${show(computed)}；请在 Excel 中打开、保存后再运行以核对`,
        });
        notes = addNote(notes, { kind: 'total-from-components' });
      } else if (uncalculated) {
        readScore(raw, at, '总分', new D(scheme.fullScore), warnings);
        notes = addNote(notes, { kind: 'not-scored', reason: 'uncalculated', cells: [address] });
      } else if (read?.kind === 'blank') {
        notes = addNote(notes, { kind: 'not-scored', reason: 'blank', cells: [address] });
        warnings.push({ cell: address, message: `${address}：单位“${name}”的总分为空（尚未填写），该单位暂不排名：请填写总分` });
      } else if (total === null) {
        notes = addNote(notes, { kind: 'not-scored', reason: read?.kind === 'too-large' ? 'too-large' : 'unreadable', cells: [address] });
      } else if (computed !== null && computed.minus(total).abs().gt(TOLERANCE)) {
        warnings.push({
          cell: address,
          message: `${address}：单位“${name}”表中总分为 ${show(total)}，按各项得分计算为 ${show(computed)}，相差超过 0.005：按表中总分排名，请核对`,
        });
        notes = addNote(notes, { kind: 'total-differs', table: show(total), computed: show(computed) });
      }
    } else if (components.length > 0) {
      if (blanks.length > 0) {
        warnings.push({
          cell: blanks[0],
          message: `单位“${name}”的得分为空（${blanks.join('、')}）：尚未填写，该单位暂不排名；填写后重新运行`,
        });
        notes = addNote(notes, { kind: 'not-scored', reason: 'blank', cells: blanks });
      } else if (badScores.length > 0) {
        notes = addNote(notes, { kind: 'not-scored', reason: 'unreadable', cells: badScores });
      } else if (tooLarge.length > 0) {
        notes = addNote(notes, { kind: 'not-scored', reason: 'too-large', cells: tooLarge });
      } else total = computed;
    }

    if (total !== null && total.isNegative()) {
      warnings.push({
        cell: cellAddress(table.sheet, row.row, unitCol.index),
        message: `单位“${name}”的总分为 ${show(total)}，是负数：请核对得分和扣分`,
      });
    }
    const veto = readFlag(table, row, vetoCol, 'veto', warnings);
    const exclusion = readFlag(table, row, excludeCol, 'exclude', warnings);
    if (veto !== NO_FLAG || exclusion !== NO_FLAG)
      flags[index] = { veto: veto.flag, vetoText: veto.text, excluded: exclusion.flag.yes, excludedText: exclusion.text };
    if (total !== null && total === computed) exactTotals[index] = exact.value;
    if (scores !== null) store.setScores(index, scores);
    const remark = remarkCol ? remarkOf(row.cells[remarkCol.index]) : null;
    return new UnitRecord(store, index, row.row, name, categories[index]!, deduction, bonus, total, veto.flag.yes, exclusion.flag.yes, NO_AWARDS, notes, remark);
  });
  // a unit twice in one category stops the run (its rows' warnings and units are let go with it)
  if (nameReader.mayHaveDuplicates()) refuseDuplicates(table, unitCol, categories);
  // the numbers of a row's columns are read when a tie-break or a 单项奖 asks (most schemes never do)
  const columns: (Record<string, Dec | null> | undefined)[] = [];
  const read: ReadUnits = { units, store, names, exactTotals, scoreNumbers, adjustmentNumbers, adjustmentColumns, flags, columns: (i) => (columns[i] ??= numericColumns(keys, table.rows[i]!)) };
  store.read = read;
  return read;
}

/** Most units win nothing: they share one empty list (frozen, so that nothing adds to it). */
export const NO_AWARDS = Object.freeze([]) as unknown as string[];

/** No problem cells: one shared empty list (a list is made only when a cell has a problem). */
const NONE: string[] = [];

/** The clerk's own notes column: kept with each unit for the clerk's check sheet, never computed. */
const REMARK = /^(备注|说明|附注)$/;

function remarkOf(raw: unknown): string | null {
  const cell = readCell(raw);
  if (cell.kind === 'blank') return null;
  return typeof raw === 'string' ? raw.trim() : String(raw);
}

/**
 * Each row's unit name read once, in the pass that reads its scores: the name as shown
 * (normaliseText) and two 32-bit hashes of its category and name key, for the duplicate check
 * (mayHaveDuplicates). The category is its number (categoryIndex gives one per key).
 */
class NameReader {
  readonly first: Uint32Array;
  readonly second: Uint32Array;
  constructor(n: number, private readonly categoryIds: Int32Array) {
    this.first = new Uint32Array(n);
    this.second = new Uint32Array(n);
  }

  /** Row i's name (from its raw cell text), its hashes kept. */
  read(i: number, raw: string): string {
    const id = this.categoryIds[i]!;
    // the name is its own key when it is plain text matchKey leaves as it is (textKeyFast): hashed in the same pass
    let h1 = 0x811c9dc5 ^ id;
    let h2 = (id + 0x9e3779b9) | 0;
    let own = raw.length > 0;
    // and the name as normaliseTextFast gives it, from the same pass: plain text (isPlainText) is its own
    let plain = own && raw.charCodeAt(0) !== 0x20 && raw.charCodeAt(raw.length - 1) !== 0x20;
    for (let k = 0; k < raw.length; k++) {
      const c = raw.charCodeAt(k);
      if (c > 0x7e ? c < 0x4e00 || c > 0x9fff : c <= 0x20 || (c >= 0x41 && c <= 0x5a) || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
        own = false;
        if (c > 0x7e || c < 0x20) plain = false;
      }
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul((h2 + c) | 0, 0x5bd1e995) ^ (h2 >>> 15);
    }
    if (!own) {
      const key = textKeyFast(raw);
      h1 = 0x811c9dc5 ^ id;
      h2 = (id + 0x9e3779b9) | 0;
      for (let k = 0; k < key.length; k++) {
        const c = key.charCodeAt(k);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul((h2 + c) | 0, 0x5bd1e995) ^ (h2 >>> 15);
      }
    }
    this.first[i] = h1;
    this.second[i] = h2;
    return plain ? raw : normaliseText(raw);
  }

  /**
   * Whether some unit may come twice in one category: rows with both hashes equal, looked for
   * in a hash table of the first. No false "no"; a rare false "maybe" only costs the exact check.
   */
  mayHaveDuplicates(): boolean {
    return hasEqualPair(this.first, this.second);
  }
}

/**
 * Whether two rows have the same pair of hashes: each row put in an open-addressing table by
 * its first hash (one pass; equal pairs probe the same slots, so a second one always meets the first).
 */
function hasEqualPair(first: Uint32Array, second: Uint32Array): boolean {
  const n = first.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  // row + 1 in each slot, 0 = empty
  const slots = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    const h = first[i]!;
    let at = Math.imul(h, 0x9e3779b1) >>> 0;
    for (;;) {
      at &= mask;
      const j = slots[at]! - 1;
      if (j < 0) break;
      if (first[j] === h && second[j] === second[i]) return true;
      at++;
    }
    slots[at] = i + 1;
  }
  return false;
}

/**
 * A unit is its name and category as the matching rule reads them: the same unit twice in
 * one category would be ranked twice, so the run stops and names both rows (the exact check,
 * when NameReader's hashes say it may be so).
 */
function refuseDuplicates(table: SourceTable, unitCol: SourceColumn, categories: string[]): void {
  const seen = new Map<string, number>();
  const twice: string[] = [];
  table.rows.forEach((row, i) => {
    const raw = String(row.cells[unitCol.index] ?? '');
    const key = `${textKeyFast(categories[i] ?? '')}\u0000${textKeyFast(raw)}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row.row);
      return;
    }
    const where = categories[i] ? `类别“${categories[i]}”中` : '';
    twice.push(
      `${cellAddress(table.sheet, first, unitCol.index)} 和 ${cellAddress(table.sheet, row.row, unitCol.index)}：${where}单位“${normaliseText(raw)}”出现两次`,
    );
  });
  if (twice.length > 0)
    throw invalid(`同一单位在汇总表中出现了两次，无法确定用哪一行排名：${twice.join('；')}。请删除重复的行，或改正单位名称后重新运行`);
}

