import { sha256 } from '@noble/hashes/sha2.js';
import type { CellValue } from '../../engine/cell';
import { fastPaths } from '../../engine/fast-paths';
import { readCellFast } from '../../engine/text-fast';
import { DECIMAL_ROOM, shortestDecimalInto } from '../../engine/number-bytes';
import { SCHEME_VERSION, schemeToJson } from '../../engine/scheme/json';
import type { Utf8Texts } from '../plan';
import type { RankingResult, UnitResult } from '../ranking/types';
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

/** One past the last sheet row the rows hold: the length of a list by sheet row, made at once. */
function lastRow(rows: readonly { row: number }[]): number {
  let last = 0;
  for (let i = 0; i < rows.length; i++) if (Number.isInteger(rows[i]!.row) && rows[i]!.row >= last) last = rows[i]!.row + 1;
  return last;
}

/** The snapshot of a run, sorted by key. */
export function snapshotOf(result: RankingResult): Snapshot {
  const table = result.table;
  const decisive = table.columns.filter(
    (c) => result.components.some((u) => u.col === c.index) || ['deduction', 'bonus', 'total', 'veto', 'exclude'].includes(c.role),
  );
  const rowOf = rowsBySheetRow(table.rows);
  const head = runEntries(result, decisive);
  // a typed list: one kind of list however the run's code is optimised
  const columns = Int32Array.from(decisive, (c) => c.index);
  const units = result.units;
  if (!fastPaths.enabled) {
    // the definition: every entry as text, all sorted by key
    const entries = head.concat(units.map((u) => ({ key: unitKey(u.category, u.name), value: valuesJson(rowOf[u.row]?.cells ?? NO_CELLS, columns) })));
    return snapshotFromEntries(entries.sort(byKey));
  }
  // a unit's entry: its key ("单位 类别/名称") and a short number per column
  const out = new SnapshotWriter(head.length + units.length, 48 + 8 * columns.length);
  // every unit's key starts with UNIT_KEY and no other key does: one comparison places each of the others
  let h = 0;
  while (h < head.length && head[h]!.key < UNIT_KEY) out.entry(head[h]!.key, head[h++]!.value);
  unitEntries(out, units, unitOrder(units), rowOf, columns);
  for (; h < head.length; h++) out.entry(head[h]!.key, head[h]!.value);
  return out.done();
}

type Row = RankingResult['table']['rows'][number];

/** The rows by sheet row in a plain list: a map of 100,000 rows costs more to build than the lookups save. */
function rowsBySheetRow(rows: readonly Row[]): (Row | undefined)[] {
  const rowOf = new Array<Row | undefined>(lastRow(rows)).fill(undefined);
  rowsInto(rows, rowOf);
  return rowOf;
}

// each loop over the units ends a function of its own (docs/limits.md: loops run once a run)
function rowsInto(rows: readonly Row[], rowOf: (Row | undefined)[]): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (Number.isInteger(r.row) && r.row >= 0) rowOf[r.row] = r;
  }
}

/** Each unit's entry, in key order: its key ("单位 类别/名称") and a short number per column. */
function unitEntries(out: SnapshotWriter, units: readonly UnitResult[], order: ArrayLike<number>, rowOf: readonly (Row | undefined)[], columns: Int32Array): void {
  // no function made per run in this loop: its optimised code would meet a new call target each time
  const prefixes = new Map<string, Uint8Array>();
  for (let j = 0; j < order.length; j++) {
    const u = units[order[j]!]!;
    const prefix = prefixOf(prefixes, u.category);
    out.startKey();
    out.copy(prefix, 0, prefix.length);
    out.text(u.name);
    out.startValue();
    valuesInto(out, rowOf[u.row]?.cells ?? NO_CELLS, columns);
    out.end();
  }
}

const NO_CELLS: readonly CellValue[] = [];

/** "单位 类别/" as UTF-8, made once per category. */
function prefixOf(prefixes: Map<string, Uint8Array>, category: string): Uint8Array {
  let prefix = prefixes.get(category);
  if (prefix === undefined) prefixes.set(category, (prefix = ENCODER.encode(category ? `${UNIT_KEY}${category}/` : UNIT_KEY)));
  return prefix;
}

const ENCODER = new TextEncoder();

/**
 * valuesJson's text written into the snapshot: a number of a sheet's kind (see
 * shortestDecimalInto) as its digits in quotes, another plain number as its text in quotes, anything
 * else as valuesJson writes it.
 */
function valuesInto(out: Utf8Writer, cells: readonly CellValue[], columns: Int32Array): void {
  out.room(1);
  out.bytes[out.at++] = 0x5b; // [
  for (let i = 0; i < columns.length; i++) {
    const raw = cells[columns[i]!];
    out.room(DECIMAL_ROOM + 3);
    if (i > 0) out.bytes[out.at++] = 0x2c; // ,
    if (typeof raw === 'number') {
      out.bytes[out.at] = 0x22; // "
      const end = shortestDecimalInto(out.bytes, out.at + 1, raw);
      if (end >= 0) {
        out.bytes[end] = 0x22;
        out.at = end + 1;
        continue;
      }
    }
    const plain = typeof raw === 'number' && Number.isFinite(raw) ? plainNumberText(raw) : null;
    const json = plain === null ? JSON.stringify(valueOf(raw)) : `"${plain}"`;
    out.room(json.length * 3);
    out.text(json);
  }
  out.room(1);
  out.bytes[out.at++] = 0x5d; // ]
}

const byKey = (a: SnapshotEntry, b: SnapshotEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The units' indices in key order. "单位 类别/名称" orders as the category and then the name
 * when no category holds a "/" (and all or none are blank): shorter texts to compare, and
 * names listed in order are already sorted. Else by the whole key.
 */
function unitOrder(units: readonly { category: string; name: string }[]): ArrayLike<number> {
  const blank = blankCategories(units);
  if (blank < 0 || (blank !== 0 && blank !== units.length)) {
    const keys = units.map((u) => unitKey(u.category, u.name));
    return units.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  }
  const present = new Set<string>();
  categoriesInto(units, present);
  const categories = [...present].sort((a, b) => (`${a}/` < `${b}/` ? -1 : `${a}/` > `${b}/` ? 1 : 0));
  const { all, each } = categoryLists(units, categories);
  // names listed in order are already sorted
  for (const list of each) if (!namesInOrder(units, list)) list.sort((a, b) => (units[a]!.name < units[b]!.name ? -1 : units[a]!.name > units[b]!.name ? 1 : 0));
  return all;
}

/** How many units have no category; −1 when a category holds a "/". */
function blankCategories(units: readonly { category: string }[]): number {
  let blank = 0;
  for (let i = 0; i < units.length; i++) {
    const category = units[i]!.category;
    if (category === '') blank++;
    else if (category.includes('/')) return -1;
  }
  return blank;
}

function categoriesInto(units: readonly { category: string }[], present: Set<string>): void {
  for (let i = 0; i < units.length; i++) present.add(units[i]!.category);
}

function namesInOrder(units: readonly { name: string }[], list: ArrayLike<number>): boolean {
  for (let k = 1; k < list.length; k++) if (units[list[k]!]!.name < units[list[k - 1]!]!.name) return false;
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
