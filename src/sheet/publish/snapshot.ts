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
  if (parts.length !== columns.length + 2) parts = new Array<string>(columns.length + 2);
  parts[0] = '[';
  for (let i = 0; i < columns.length; i++) {
    const raw = cells[columns[i]!];
    const plain = fastPaths.enabled && typeof raw === 'number' && Number.isFinite(raw) ? plainNumberJsonOf(raw) : null;
    const json = plain ?? JSON.stringify(valueOf(raw));
    parts[i + 1] = i === 0 ? json : `,${json}`;
  }
  parts[columns.length + 1] = ']';
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

export function unitKey(category: string, name: string): string {
  return (category ? [UNIT_KEY, category, '/', name] : [UNIT_KEY, name]).join('');
}

/** The snapshot of a run, sorted by key. */
export function snapshotOf(result: RankingResult): SnapshotEntry[] {
  const table = result.table;
  const decisive = table.columns.filter(
    (c) => result.components.some((u) => u.col === c.index) || ['deduction', 'bonus', 'total', 'veto', 'exclude'].includes(c.role),
  );
  // by sheet row in a plain list: a map of 100,000 rows costs more to build than the lookups save
  const rowOf: (typeof table.rows)[number][] = [];
  for (const r of table.rows) if (Number.isInteger(r.row) && r.row >= 0) rowOf[r.row] = r;
  const entries: SnapshotEntry[] = [
    { key: '规则版本', value: JSON.stringify(SCHEME_VERSION) },
    { key: COLUMNS_KEY, value: JSON.stringify(decisive.map((c) => c.header)) },
  ];
  const columns = decisive.map((c) => c.index);
  const units = result.units.map((u) => ({ category: u.category, name: u.name, entry: { key: unitKey(u.category, u.name), value: valuesJson(rowOf[u.row]?.cells ?? [], columns) } }));
  for (const c of result.components) entries.push({ key: `${WEIGHT_KEY}${c.header}`, value: JSON.stringify(`${c.weight.toFixed()}${c.unit === 'percent' ? '%' : '分'}`) });
  const scheme = JSON.parse(schemeToJson(result.scheme)) as Record<string, unknown>;
  for (const [k, v] of Object.entries(scheme)) if (k !== 'version' && k !== 'name') entries.push({ key: `${SCHEME_KEY}${k}`, value: JSON.stringify(v) });
  return merged(entries.sort(byKey), sortedUnits(units));
}

const byKey = (a: SnapshotEntry, b: SnapshotEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The units' entries in key order. "单位 类别/名称" orders as the category and then the name
 * when no category holds a "/" (and all or none are blank): shorter texts to compare, and
 * names listed in order are already sorted. Else by the whole key.
 */
function sortedUnits(units: { category: string; name: string; entry: SnapshotEntry }[]): SnapshotEntry[] {
  const blank = units.filter((u) => u.category === '').length;
  if (!fastPaths.enabled || (blank !== 0 && blank !== units.length) || units.some((u) => u.category.includes('/')))
    return units.map((u) => u.entry).sort(byKey);
  const byCategory = new Map<string, { name: string; entry: SnapshotEntry }[]>();
  for (const u of units) {
    const list = byCategory.get(u.category);
    if (list) list.push(u);
    else byCategory.set(u.category, [u]);
  }
  const out: SnapshotEntry[] = [];
  for (const category of [...byCategory.keys()].map((c) => `${c}/`).sort()) {
    const list = byCategory.get(category.slice(0, -1))!;
    list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const u of list) out.push(u.entry);
  }
  return out;
}

/** Two lists in key order as one. */
function merged(a: SnapshotEntry[], b: SnapshotEntry[]): SnapshotEntry[] {
  const out = new Array<SnapshotEntry>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byKey(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** SHA-256 of some bytes. The host may hand in a faster one (the command line: node:crypto); any gives the same code. */
export type Sha256 = (bytes: Uint8Array) => Uint8Array;

/** "7F3A-92C1-4D0B-E815": the first 64 bits of the SHA-256 of the entries. */
export function verificationCode(entries: readonly SnapshotEntry[], digestOf: Sha256 = sha256): string {
  const digest = digestOf(snapshotBytes(entries));
  const hex = Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

const ENTRIES_PER_PIECE = 1024;

/**
 * The UTF-8 of "key\tvalue\n" for each entry, encoded a piece of entries at a time into one
 * buffer: the same bytes as the whole text encoded at once (a piece ends with "\n", never
 * inside a character), without the whole text as one string of 100,000 lines.
 */
function snapshotBytes(entries: readonly SnapshotEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  let length = 0;
  for (const e of entries) length += e.key.length + e.value.length + 2;
  // most of a snapshot is ASCII: room for that, grown when a piece could not fit
  let bytes = new Uint8Array(length + 1024);
  let used = 0;
  const parts = new Array<string>(4 * ENTRIES_PER_PIECE);
  for (let from = 0; from < entries.length; from += ENTRIES_PER_PIECE) {
    const to = Math.min(entries.length, from + ENTRIES_PER_PIECE);
    let k = 0;
    for (let i = from; i < to; i++) {
      const e = entries[i]!;
      parts[k++] = e.key;
      parts[k++] = '\t';
      parts[k++] = e.value;
      parts[k++] = '\n';
    }
    parts.length = k;
    const text = parts.join('');
    if (bytes.length - used < 3 * text.length) {
      const grown = new Uint8Array(Math.max(2 * bytes.length, used + 3 * text.length));
      grown.set(bytes.subarray(0, used));
      bytes = grown;
    }
    used += encoder.encodeInto(text, bytes.subarray(used)).written;
  }
  return bytes.subarray(0, used);
}

/** A code as a clerk may type it off a page: case, spaces and dashes do not matter. */
export function sameCode(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/[^0-9a-z]/gi, '').toUpperCase();
  return norm(a) === norm(b);
}
