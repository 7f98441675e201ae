import { sha256 } from '@noble/hashes/sha2.js';
import type { CellValue } from '../../engine/cell';
import { fastPaths } from '../../engine/fast-paths';
import { readCellFast } from '../../engine/text-fast';
import { DECIMAL_ROOM, shortestDecimalAt, shortestDecimalInto } from '../../engine/number-bytes';
import { SCHEME_VERSION, schemeToJson } from '../../engine/scheme/json';
import type { Utf8Texts } from '../plan';
import type { RankingResult, UnitResult } from '../ranking/types';
import { categoryIndex } from '../ranking/categories';
import { categoryLists } from './category-lists';
import { Utf8Writer } from '../utf8-writer';

/**
 * What decided a result, in a canonical form: each unit's values as the engine read them
 * ("90分" and 90 alike), and the scheme as applied with the rules' version. Its hash is the
 * 校验码 printed on the posted sheets; the entries are kept on 核对 so that a later check
 * can name what changed. Row order, formatting and PERF's release do not count.
 */
export interface SnapshotEntry {
  /** "单位 一类/甲局", "方案 bands", "权重 指标考核(80%)", "规则版本". */
  key: string;
  /** Canonical JSON of the value. */
  value: string;
}

export const UNIT_KEY = '单位 ';
export const SCHEME_KEY = '方案 ';
/** The headers of the columns each unit's values are listed in, in order. */
export const COLUMNS_KEY = '列';
const WEIGHT_KEY = '权重 ';

/** A double's shortest text, when it is the decimal Excel shows written out (≤ 15 digits, no exponent); else null. */
function plainNumberText(n: number): string | null {
  const text = String(n);
  let digits = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x65) return null; // "1e+21", "1e-7"
    if (c < 0x30 || c > 0x39 || (leading && c === 0x30)) continue;
    leading = false;
    digits++;
  }
  return digits <= 15 ? text : null;
}

/** JSON of a unit's values (JSON.stringify of valueOf each), as the decimal path writes it. */
function valuesJson(cells: readonly CellValue[], columns: ArrayLike<number>): string {
  return `[${Array.from(columns, (c) => JSON.stringify(valueOf(cells[c]))).join(',')}]`;
}

function valueOf(raw: CellValue): string | null {
  const cell = readCellFast(raw);
  switch (cell.kind) {
    case 'blank':
      return null;
    case 'number':
      return cell.value.toFixed();
    case 'bool':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'text':
      return cell.text;
  }
}

export function unitKey(category: string, name: string): string {
  return category ? `${UNIT_KEY}${category}/${name}` : `${UNIT_KEY}${name}`;
}

/**
 * A snapshot as one UTF-8 text, "key\tvalue\n" for each entry in key order: the bytes the
 * 校验码 hashes, and 核对's two columns as views of them. No string and no object per unit.
 */
export interface Snapshot {
  bytes: Uint8Array;
  keys: Utf8Texts;
  values: Utf8Texts;
  count: number;
}


/** "key\tvalue\n" written entry by entry into one growing buffer. */
class SnapshotWriter extends Utf8Writer {
  count = 0;
  keyStarts: Uint32Array;
  valueStarts: Uint32Array;

  /** `bytesEach`: about what an entry takes (more is grown into): a buffer of 100,000 entries is zeroed as it is made. */
  constructor(entries: number, bytesEach = 160) {
    super(4096 + bytesEach * entries);
    this.keyStarts = new Uint32Array(entries + 1);
    this.valueStarts = new Uint32Array(entries);
  }

  startKey(): void {
    this.keyStarts[this.count] = this.at;
  }

  /** After the key: the tab, and the value starts. */
  startValue(): void {
    this.room(1);
    this.bytes[this.at++] = 9;
    this.valueStarts[this.count] = this.at;
  }

  end(): void {
    this.room(1);
    this.bytes[this.at++] = 10;
    this.count++;
  }

  entry(key: string, value: string): void {
    this.startKey();
    this.text(key);
    this.startValue();
    this.text(value);
    this.end();
  }

  done(): Snapshot {
    this.keyStarts[this.count] = this.at;
    const bytes = this.bytes.subarray(0, this.at);
    const keyEnds = new Uint32Array(this.count);
    const valueEnds = new Uint32Array(this.count);
    endsOf(this.keyStarts, this.valueStarts, keyEnds, valueEnds);
    return {
      bytes,
      keys: { bytes, starts: this.keyStarts.subarray(0, this.count), ends: keyEnds },
      values: { bytes, starts: this.valueStarts.subarray(0, this.count), ends: valueEnds },
      count: this.count,
    };
  }
}

/** Where each entry's key and value end (before the tab, before the line break). Its loop ends it (docs/limits.md: loops run once a run). */
function endsOf(keyStarts: Uint32Array, valueStarts: Uint32Array, keyEnds: Uint32Array, valueEnds: Uint32Array): void {
  for (let i = 0; i < keyEnds.length; i++) {
    keyEnds[i] = valueStarts[i]! - 1;
    valueEnds[i] = keyStarts[i + 1]! - 1;
  }
}

export function snapshotFromEntries(entries: readonly SnapshotEntry[]): Snapshot {
  const out = new SnapshotWriter(entries.length);
  for (const e of entries) out.entry(e.key, e.value);
  return out.done();
}

const decoder = new TextDecoder();

export function snapshotEntries(snapshot: Snapshot): SnapshotEntry[] {
  const { bytes, keys, values } = snapshot;
  return Array.from({ length: snapshot.count }, (_, i) => ({
    key: decoder.decode(bytes.subarray(keys.starts[i], keys.ends[i])),
    value: decoder.decode(bytes.subarray(values.starts[i], values.ends[i])),
  }));
}

/** The entries of the run as a whole (rules' version, columns, weights, the scheme), in key order. */
function runEntries(result: RankingResult, decisive: readonly { header: string }[]): SnapshotEntry[] {
  const head: SnapshotEntry[] = [
    { key: '规则版本', value: JSON.stringify(SCHEME_VERSION) },
    { key: COLUMNS_KEY, value: JSON.stringify(decisive.map((c) => c.header)) },
  ];
  for (const c of result.components) head.push({ key: `${WEIGHT_KEY}${c.header}`, value: JSON.stringify(`${c.weight.toFixed()}${c.unit === 'percent' ? '%' : '分'}`) });
  const scheme = JSON.parse(schemeToJson(result.scheme)) as Record<string, unknown>;
  for (const [k, v] of Object.entries(scheme)) if (k !== 'version' && k !== 'name') head.push({ key: `${SCHEME_KEY}${k}`, value: JSON.stringify(v) });
  return head.sort(byKey);
}

/** The snapshot of a run, sorted by key. */
export function snapshotOf(result: RankingResult): Snapshot {
  const table = result.table;
  const decisive = table.columns.filter(
    (c) => result.components.some((u) => u.col === c.index) || ['deduction', 'bonus', 'total', 'veto', 'exclude'].includes(c.role),
  );
  const head = runEntries(result, decisive);
  // a typed list: one kind of list however the run's code is optimised
  const columns = Int32Array.from(decisive, (c) => c.index);
  const units = result.units;
  if (!fastPaths.enabled) {
    // the definition: every entry as text, all sorted by key
    const entries = head.concat(units.map((u, i) => ({ key: unitKey(u.category, u.name), value: valuesJson(table.rows[i]!.cells, columns) })));
    return snapshotFromEntries(entries.sort(byKey));
  }
  // a unit's entry: its key ("单位 类别/名称") and a short number per column
  const out = new SnapshotWriter(head.length + units.length, 48 + 8 * columns.length);
  // every unit's key starts with UNIT_KEY and no other key does: one comparison places each of the others
  let h = 0;
  while (h < head.length && head[h]!.key < UNIT_KEY) out.entry(head[h]!.key, head[h++]!.value);
  const index = categoryIndex(table);
  const prefixes = index.names.map((c) => ENCODER.encode(c ? `${UNIT_KEY}${c}/` : UNIT_KEY));
  // the scores and amounts the fast path read are read from its numbers (side by side), not from the cells
  const scoreAt = Int32Array.from(decisive, (c) => (result.scoreNumbers.length > 0 ? result.components.findIndex((u) => u.col === c.index) : -1));
  const adjustmentAt = Int32Array.from(decisive, (c) => result.adjustmentColumns.indexOf(c.index));
  const entries: UnitEntries = {
    names: result.names,
    categories: index.ids,
    prefixes,
    rows: table.rows,
    columns,
    scoreAt,
    scores: result.scoreNumbers,
    width: result.components.length,
    adjustmentAt,
    adjustments: result.adjustmentNumbers,
    adjustmentWidth: result.adjustmentColumns.length,
  };
  unitEntries(out, entries, unitOrder(result));
  for (; h < head.length; h++) out.entry(head[h]!.key, head[h]!.value);
  return out.done();
}

type Row = RankingResult['table']['rows'][number];

/** What a unit's entry is written from: unit i is the table's row i (see RankingResult.names). */
interface UnitEntries {
  names: readonly string[];
  /** Each unit's category number (categoryIndex), and each category's "单位 类别/" as UTF-8. */
  categories: Int32Array;
  prefixes: readonly Uint8Array[];
  rows: readonly Row[];
  /** The table columns the entry lists, in order; for each, the component whose score it is and the amount it is (-1: none). */
  columns: Int32Array;
  scoreAt: Int32Array;
  adjustmentAt: Int32Array;
  /** RankingResult.scoreNumbers, `width` a unit, and adjustmentNumbers, `adjustmentWidth` a unit. */
  scores: Float64Array;
  width: number;
  adjustments: Float64Array;
  adjustmentWidth: number;
}

/** Each unit's entry, in key order. Its loop ends it (docs/limits.md: loops run once a run). */
function unitEntries(out: SnapshotWriter, e: UnitEntries, order: ArrayLike<number>): void {
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    const prefix = e.prefixes[e.categories[i]!]!;
    out.startKey();
    out.copy(prefix, 0, prefix.length);
    out.text(e.names[i]!);
    out.startValue();
    valuesInto(out, e, i);
    out.end();
  }
}

const ENCODER = new TextEncoder();

/**
 * valuesJson's text written into the snapshot: a number of a sheet's kind (see
 * shortestDecimalInto) as its digits in quotes, another plain number as its text in quotes, anything
 * else as valuesJson writes it.
 */
function valuesInto(out: Utf8Writer, e: UnitEntries, unit: number): void {
  const { columns, scoreAt, adjustmentAt } = e;
  out.room(1);
  out.bytes[out.at++] = 0x5b; // [
  for (let i = 0; i < columns.length; i++) {
    out.room(DECIMAL_ROOM + 3);
    if (i > 0) out.bytes[out.at++] = 0x2c; // ,
    // a score or an amount the fast path read is the double Excel shows for the cell: the same text (NaN: not read so)
    const k = scoreAt[i]!;
    const j = adjustmentAt[i]!;
    const list = k >= 0 ? e.scores : j >= 0 ? e.adjustments : null;
    const at = k >= 0 ? unit * e.width + k : unit * e.adjustmentWidth + j;
    const read = list !== null && list[at] === list[at];
    if (read && quotedNumberAt(out, list, at)) continue;
    const raw = read ? list[at]! : e.rows[unit]!.cells[columns[i]!];
    if (typeof raw === 'number' && quotedNumberInto(out, raw)) continue;
    const plain = typeof raw === 'number' && Number.isFinite(raw) ? plainNumberText(raw) : null;
    const json = plain === null ? JSON.stringify(valueOf(raw)) : `"${plain}"`;
    out.room(json.length * 3);
    out.text(json);
  }
  out.room(1);
  out.bytes[out.at++] = 0x5d; // ]
}

/** A number of a sheet's kind (shortestDecimalInto) as its digits in quotes, when it is one (else nothing written). */
function quotedNumberInto(out: Utf8Writer, v: number): boolean {
  return quoted(out, shortestDecimalInto(out.bytes, out.at + 1, v));
}

/** The same for numbers[i] (shortestDecimalAt: the double is not boxed). */
function quotedNumberAt(out: Utf8Writer, numbers: Float64Array, i: number): boolean {
  return quoted(out, shortestDecimalAt(out.bytes, out.at + 1, numbers, i));
}

/** The quotes around digits written from out.at + 1 to `end` (-1: none written, nothing done). */
function quoted(out: Utf8Writer, end: number): boolean {
  if (end < 0) return false;
  out.bytes[out.at] = 0x22; // "
  out.bytes[end] = 0x22;
  out.at = end + 1;
  return true;
}

const byKey = (a: SnapshotEntry, b: SnapshotEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The units' indices in key order. "单位 类别/名称" orders as the category and then the name
 * when no category holds a "/" (and all or none are blank): shorter texts to compare, and
 * names listed in order are already sorted. Else by the whole key.
 */
function unitOrder(result: RankingResult): ArrayLike<number> {
  const { names, counts } = categoryIndex(result.table);
  const blank = names.indexOf('');
  if (names.some((c) => c.includes('/')) || (blank >= 0 && counts[blank]! !== result.units.length)) {
    const keys = result.units.map((u) => unitKey(u.category, u.name));
    return keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  }
  const order = names.map((_, k) => k).sort((a, b) => (`${names[a]}/` < `${names[b]}/` ? -1 : `${names[a]}/` > `${names[b]}/` ? 1 : 0));
  const { all, each } = categoryLists(result, order);
  // names listed in order are already sorted
  const unitNames = result.names;
  for (const list of each) if (!namesInOrder(unitNames, list)) list.sort((a, b) => (unitNames[a]! < unitNames[b]! ? -1 : unitNames[a]! > unitNames[b]! ? 1 : 0));
  return all;
}

function namesInOrder(names: readonly string[], list: ArrayLike<number>): boolean {
  for (let k = 1; k < list.length; k++) if (names[list[k]!]! < names[list[k - 1]!]!) return false;
  return true;
}

/** SHA-256 of some bytes. The host may hand in a faster one (the command line: node:crypto); any gives the same code. */
export type Sha256 = (bytes: Uint8Array) => Uint8Array;

/** "7F3A-92C1-4D0B-E815": the first 64 bits of the SHA-256 of the entries. */
export function verificationCode(snapshot: Snapshot, digestOf: Sha256 = sha256): string {
  const digest = digestOf(snapshot.bytes);
  const hex = Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}


/** A code as a clerk may type it off a page: case, spaces and dashes do not matter. */
export function sameCode(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/[^0-9a-z]/gi, '').toUpperCase();
  return norm(a) === norm(b);
}
