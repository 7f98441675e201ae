import { sha256 } from '@noble/hashes/sha2.js';
import type { CellValue } from '../../engine/cell';
import { fastPaths } from '../../engine/fast-paths';
import { readCellFast } from '../../engine/text-fast';
import { SCHEME_VERSION, schemeToJson } from '../../engine/scheme/json';
import type { RankingResult } from '../ranking/types';

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

const plainTexts = new Map<number, string | null>();

/** plainNumberText as a JSON string, kept: a sheet repeats its scores in every row. The text readCell(n).value.toFixed() writes. */
function plainNumberJsonOf(n: number): string | null {
  // a direct-mapped slot first (two array reads), then the map
  const slot = Math.imul((n * 64) | 0, 0x9e3779b1) >>> (32 - SLOT_BITS);
  if (slotNumbers[slot] === n) return slotJsons[slot]!;
  let json = plainTexts.get(n);
  if (json === undefined) {
    if (plainTexts.size >= 10_000) plainTexts.clear();
    const text = plainNumberText(n);
    plainTexts.set(n, (json = text === null ? null : `"${text}"`));
  }
  slotNumbers[slot] = n;
  slotJsons[slot] = json;
  return json;
}

const SLOT_BITS = 12;
const slotNumbers = new Float64Array(1 << SLOT_BITS).fill(NaN);
const slotJsons: (string | null)[] = new Array<string | null>(1 << SLOT_BITS).fill(null);

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

/** valuesJson's pieces, one list for every unit. */
let parts: string[] = [];

/** JSON of a unit's values (JSON.stringify of valueOf each): plain numbers need no escaping. */
function valuesJson(cells: readonly CellValue[], columns: readonly number[]): string {
  // joined once into one flat string: one built by += is a chain of pieces, and the plan keeps every entry
  // '[', the values with ',' between, ']': no piece made for the join alone
  const count = 2 * columns.length + 1;
  if (parts.length !== count) {
    parts = new Array<string>(count).fill(',');
    parts[0] = '[';
    parts[count - 1] = ']';
  }
  for (let i = 0; i < columns.length; i++) {
    const raw = cells[columns[i]!];
    const plain = fastPaths.enabled && typeof raw === 'number' && Number.isFinite(raw) ? plainNumberJsonOf(raw) : null;
    parts[2 * i + 1] = plain ?? JSON.stringify(valueOf(raw));
  }
  if (columns.length === 0) return '[]';
  return parts.join('');
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

const KEY_PARTS = [UNIT_KEY, '', '/', ''];

export function unitKey(category: string, name: string): string {
  if (!category) return UNIT_KEY + name;
  KEY_PARTS[1] = category;
  KEY_PARTS[3] = name;
  // one flat string (see valuesJson)
  return KEY_PARTS.join('');
}

/**
 * A snapshot as two lists in key order: each entry's key and its value. No entry object per
 * unit: 核对 lists the two as its columns, and the 校验码 hashes them.
 */
export interface Snapshot {
  keys: string[];
  values: string[];
  /** The longest key or value, in UTF-16 units (none is wider than twice it in character cells). */
  longest: number;
}

export function snapshotFromEntries(entries: readonly SnapshotEntry[]): Snapshot {
  const keys = entries.map((e) => e.key);
  const values = entries.map((e) => e.value);
  return { keys, values, longest: Math.max(0, ...keys.map((k) => k.length), ...values.map((v) => v.length)) };
}

export function snapshotEntries(snapshot: Snapshot): SnapshotEntry[] {
  return snapshot.keys.map((key, i) => ({ key, value: snapshot.values[i]! }));
}

/** The snapshot of a run, sorted by key. */
export function snapshotOf(result: RankingResult): Snapshot {
  const table = result.table;
  const decisive = table.columns.filter(
    (c) => result.components.some((u) => u.col === c.index) || ['deduction', 'bonus', 'total', 'veto', 'exclude'].includes(c.role),
  );
  // by sheet row in a plain list: a map of 100,000 rows costs more to build than the lookups save
  const rowOf: (typeof table.rows)[number][] = [];
  for (const r of table.rows) if (Number.isInteger(r.row) && r.row >= 0) rowOf[r.row] = r;
  const head: SnapshotEntry[] = [
    { key: '规则版本', value: JSON.stringify(SCHEME_VERSION) },
    { key: COLUMNS_KEY, value: JSON.stringify(decisive.map((c) => c.header)) },
  ];
  for (const c of result.components) head.push({ key: `${WEIGHT_KEY}${c.header}`, value: JSON.stringify(`${c.weight.toFixed()}${c.unit === 'percent' ? '%' : '分'}`) });
  const scheme = JSON.parse(schemeToJson(result.scheme)) as Record<string, unknown>;
  for (const [k, v] of Object.entries(scheme)) if (k !== 'version' && k !== 'name') head.push({ key: `${SCHEME_KEY}${k}`, value: JSON.stringify(v) });
  head.sort(byKey);

  const columns = decisive.map((c) => c.index);
  const units = result.units;
  const order = unitOrder(units);
  const n = head.length + order.length;
  const keys = new Array<string>(n);
  const values = new Array<string>(n);
  let longest = 0;
  // the two lists in key order as one (a unit's key after a scheme entry's equal one)
  let h = 0;
  let k = 0;
  let next = order.length > 0 ? unitKey(units[order[0]!]!.category, units[order[0]!]!.name) : '';
  for (let j = 0; j < order.length; ) {
    if (h < head.length && !(next < head[h]!.key)) {
      keys[k] = head[h]!.key;
      values[k++] = head[h++]!.value;
      continue;
    }
    const u = units[order[j]!]!;
    const value = valuesJson(rowOf[u.row]?.cells ?? [], columns);
    keys[k] = next;
    values[k++] = value;
    if (next.length > longest) longest = next.length;
    if (value.length > longest) longest = value.length;
    if (++j < order.length) next = unitKey(units[order[j]!]!.category, units[order[j]!]!.name);
  }
  for (; h < head.length; h++) {
    keys[k] = head[h]!.key;
    values[k++] = head[h]!.value;
  }
  for (const e of head) longest = Math.max(longest, e.key.length, e.value.length);
  return { keys, values, longest };
}

const byKey = (a: SnapshotEntry, b: SnapshotEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The units' indices in key order. "单位 类别/名称" orders as the category and then the name
 * when no category holds a "/" (and all or none are blank): shorter texts to compare, and
 * names listed in order are already sorted. Else by the whole key.
 */
function unitOrder(units: readonly { category: string; name: string }[]): number[] {
  let blank = 0;
  let slash = false;
  for (const u of units) {
    if (u.category === '') blank++;
    else if (u.category.includes('/')) slash = true;
  }
  if (!fastPaths.enabled || (blank !== 0 && blank !== units.length) || slash) {
    const keys = units.map((u) => unitKey(u.category, u.name));
    return units.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  }
  const byCategory = new Map<string, number[]>();
  units.forEach((u, i) => {
    const list = byCategory.get(u.category);
    if (list) list.push(i);
    else byCategory.set(u.category, [i]);
  });
  const out: number[] = [];
  for (const category of [...byCategory.keys()].map((c) => `${c}/`).sort()) {
    const list = byCategory.get(category.slice(0, -1))!;
    if (!namesInOrder(units, list)) list.sort((a, b) => (units[a]!.name < units[b]!.name ? -1 : units[a]!.name > units[b]!.name ? 1 : 0));
    for (const i of list) out.push(i);
  }
  return out;
}

/** Whether the units of a list are in name order (as clerks list them, often). */
function namesInOrder(units: readonly { name: string }[], list: readonly number[]): boolean {
  for (let k = 1; k < list.length; k++) if (units[list[k]!]!.name < units[list[k - 1]!]!.name) return false;
  return true;
}

/** SHA-256 of some bytes. The host may hand in a faster one (the command line: node:crypto); any gives the same code. */
export type Sha256 = (bytes: Uint8Array) => Uint8Array;

/** "7F3A-92C1-4D0B-E815": the first 64 bits of the SHA-256 of the entries. */
export function verificationCode(snapshot: Snapshot, digestOf: Sha256 = sha256): string {
  const digest = digestOf(snapshotBytes(snapshot));
  const hex = Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

/**
 * The UTF-8 of "key\tvalue\n" for each entry, as TextEncoder writes the whole text (a lone
 * surrogate as U+FFFD), into one buffer: no text of 100,000 lines made to be encoded.
 */
function snapshotBytes({ keys, values }: Snapshot): Uint8Array {
  let length = 0;
  for (let i = 0; i < keys.length; i++) length += keys[i]!.length + values[i]!.length + 2;
  // a UTF-16 unit is at most 3 bytes of UTF-8
  const bytes = new Uint8Array(3 * length);
  let at = 0;
  for (let i = 0; i < keys.length; i++) {
    at = utf8Into(bytes, at, keys[i]!);
    bytes[at++] = 9;
    at = utf8Into(bytes, at, values[i]!);
    bytes[at++] = 10;
  }
  return bytes.subarray(0, at);
}

function utf8Into(bytes: Uint8Array, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) bytes[at++] = c;
    else if (c < 0x800) {
      bytes[at++] = 0xc0 | (c >> 6);
      bytes[at++] = 0x80 | (c & 63);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          bytes[at++] = 0xf0 | (c >> 18);
          bytes[at++] = 0x80 | ((c >> 12) & 63);
          bytes[at++] = 0x80 | ((c >> 6) & 63);
          bytes[at++] = 0x80 | (c & 63);
          continue;
        }
        c = 0xfffd;
      }
      bytes[at++] = 0xe0 | (c >> 12);
      bytes[at++] = 0x80 | ((c >> 6) & 63);
      bytes[at++] = 0x80 | (c & 63);
    }
  }
  return at;
}

/** A code as a clerk may type it off a page: case, spaces and dashes do not matter. */
export function sameCode(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/[^0-9a-z]/gi, '').toUpperCase();
  return norm(a) === norm(b);
}
