import Decimal from 'decimal.js';

/**
 * The one Decimal constructor of the product. Rounding is half up (四舍五入),
 * as clerks and the seeds expect; precision is far above anything a score needs.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 30 });
export type Dec = Decimal;

export const ZERO = new D(0);
export const ONE = new D(1);
export const HUNDRED = new D(100);

/** A double as Excel shows it: its decimal, and the same value as an exact integer × 10^−scale (int NaN when it does not fit). */
export interface Shown {
  dec: Dec;
  int: number;
  scale: number;
  /** int × 10^−scale as the double it exactly is (NaN with int): ≤ 15 digits, so doubles order these as decimals do. */
  value: number;
}

const cache = new Map<number, Shown>();
const CACHE_LIMIT = 50_000;

/**
 * In front of the map, a direct-mapped cache by the double's bits: a sheet's scores repeat, and
 * a slot is read with two array accesses where the map hashes a heap number.
 */
const SLOT_BITS = 12;
const slotKeys = new Float64Array(1 << SLOT_BITS).fill(NaN);
const slotEntries: (Shown | undefined)[] = new Array(1 << SLOT_BITS).fill(undefined);
const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

function shownOf(n: number): Shown {
  bits[0] = n;
  const slot = Math.imul(words[0]! ^ words[1]!, 0x9e3779b1) >>> (32 - SLOT_BITS);
  if (slotKeys[slot] === n) return slotEntries[slot]!;
  let entry = cache.get(n);
  if (entry === undefined) {
    // the shortest text of a double is exact when it has ≤ 15 significant digits
    const shortest = String(n);
    const text = significantDigits(shortest) <= 15 ? shortest : n.toPrecision(15);
    const { int, scale } = scaledInteger(text);
    entry = { dec: new D(text), int, scale, value: int / 10 ** scale };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(n, entry);
  }
  slotKeys[slot] = n;
  slotEntries[slot] = entry;
  return entry;
}

function significantDigits(text: string): number {
  const e = text.indexOf('e');
  const mantissa = (e < 0 ? text : text.slice(0, e)).replace(/[-.]/g, '').replace(/^0+/, '');
  return mantissa.length;
}

/** "85.50" → 855 × 10^−1; at most 15 digits, so the integer is exact in a double. */
function scaledInteger(text: string): { int: number; scale: number } {
  if (text.includes('e')) return { int: NaN, scale: 0 };
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? '' : text.slice(dot + 1).replace(/0+$/, '');
  const whole = dot < 0 ? text : text.slice(0, dot);
  return { int: Number(whole + decimals), scale: decimals.length };
}

/**
 * A double from Excel, read as the 15 significant digits Excel shows.
 * 89.99999999999999 → 90; 0.1 + 0.2 → 0.3. Non-finite numbers are not numbers here.
 * Decimals are immutable, so the ones made for a double are kept and shared: a sheet
 * repeats its weights and many of its scores in every row.
 */
export function fromExcel(n: number): Dec {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (n === 0) return ZERO;
  return shownOf(n).dec;
}

// not frozen, so that it has the shape of every other entry (never change it)
const ZERO_SHOWN: Shown = { dec: ZERO, int: 0, scale: 0, value: 0 };

/**
 * fromExcel and scaledFromExcel at once, for a finite double (int NaN when the value has an
 * exponent): one look-up for a cell read both ways. The entry is shared: never change it.
 */
export function excelShown(n: number): Shown {
  return n === 0 ? ZERO_SHOWN : shownOf(n);
}

/**
 * The value Excel shows for a double as an exact integer × 10^−scale, or null when it
 * has an exponent. For exact fast paths that stay in safe integers (see weighted-fast.ts).
 */
export function scaledFromExcel(n: number): { int: number; scale: number } | null {
  if (!Number.isFinite(n)) return null;
  if (n === 0) return { int: 0, scale: 0 };
  const s = shownOf(n);
  return Number.isNaN(s.int) ? null : s;
}

/** Back to a double for Excel; exact decimals like 60 or 87.35 come back as the same double Excel would parse. */
export function toExcel(d: Dec): number {
  const n = Number(d.toSignificantDigits(15).toString());
  return Object.is(n, -0) ? 0 : n;
}

/** Round half up (四舍五入) to `places` decimals. */
export function roundHalfUp(d: Dec, places: number): Dec {
  return d.toDecimalPlaces(places, D.ROUND_HALF_UP);
}

/** Sum of decimals (exact). */
export function sum(values: readonly Dec[]): Dec {
  let acc = ZERO;
  for (const v of values) acc = acc.plus(v);
  return acc;
}

/** A plain decimal string without exponent, for what a scheme stores ("87.35", "0.05", never "1E+20"). */
export function plain(d: Dec): string {
  return d.toFixed();
}

const BIG = new D('1e15');
const SMALL = new D('1e-9');

/** Beyond 15 digits or below 1E-9 Excel shows a number in its E notation. */
function scientific(d: Dec): boolean {
  const a = d.abs();
  return !a.isZero() && (a.gte(BIG) || a.lt(SMALL));
}

/** A decimal for a message, as Excel shows it: "87.35", "0.05"; huge or tiny ones as "1E+308", "1.5E-12". */
export function show(d: Dec): string {
  if (!d.isFinite()) return d.isNaN() ? '#NUM!' : d.isNegative() ? '-∞' : '∞';
  return scientific(d) ? d.toSignificantDigits(15).toExponential().replace('e', 'E') : d.toFixed();
}

/** A double for a message, as Excel shows it (15 significant digits; E notation when huge or tiny). */
export function excelNumberText(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '#NUM!' : n > 0 ? '∞' : '-∞';
  return show(new D(n.toPrecision(15)));
}
