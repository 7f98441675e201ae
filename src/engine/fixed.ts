import { D, scaledFromExcel, show, toExcel, type Dec } from './decimal';
import { fastPaths } from './fast-paths';

/**
 * An exact decimal as a safe integer × 10^−scale: the fast path beside decimal.js for the
 * plain numbers clerks type. Every operation returns null when its result would leave safe
 * integers, and the caller takes the decimal.js path (the one rule, the one that explains).
 */
export interface Fixed {
  int: number;
  scale: number;
}

export const FIXED_ZERO: Fixed = { int: 0, scale: 0 };
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Beyond 15 significant digits a Fixed is no longer what Excel shows: leave it to decimal.js. */
const MAX_INT = 1e15;

/** A double as the decimal Excel shows; null for anything else (text, blanks, exponents). */
export function fixedOf(v: unknown): Fixed | null {
  return typeof v === 'number' ? scaledFromExcel(v) : null;
}

/** "3", "0.5": a plain decimal string (a cap, a weight); null for anything else. */
export function fixedOfText(s: string): Fixed | null {
  const m = /^(\d{1,15})(?:\.(\d{1,15}))?$/.exec(s);
  if (!m) return null;
  const decimals = (m[2] ?? '').replace(/0+$/, '');
  const int = Number(m[1]! + decimals);
  return int < MAX_INT ? { int, scale: decimals.length } : null;
}

/** int × 10^by, exact; NaN beyond safe integers. */
export function scaleUp(int: number, by: number): number {
  if (by === 0) return int;
  if (by > 22) return NaN;
  const v = int * POW10[by]!;
  return Number.isSafeInteger(v) ? v : NaN;
}

function make(int: number, scale: number): Fixed | null {
  return Number.isSafeInteger(int) && scale <= 22 ? { int, scale } : null;
}

export function fixedAdd(a: Fixed, b: Fixed): Fixed | null {
  const scale = Math.max(a.scale, b.scale);
  return make(scaleUp(a.int, scale - a.scale) + scaleUp(b.int, scale - b.scale), scale);
}

export function fixedSub(a: Fixed, b: Fixed): Fixed | null {
  return fixedAdd(a, { int: -b.int, scale: b.scale });
}

export function fixedMul(a: Fixed, b: Fixed): Fixed | null {
  return make(a.int * b.int, a.scale + b.scale);
}

/** a ÷ 10^k, exact. */
export function fixedShiftDown(a: Fixed, k: number): Fixed | null {
  return make(a.int, a.scale + k);
}

/** Exact comparison; null when the two cannot be aligned in safe integers. */
export function fixedCmp(a: Fixed, b: Fixed): number | null {
  const scale = Math.max(a.scale, b.scale);
  const x = scaleUp(a.int, scale - a.scale);
  const y = scaleUp(b.int, scale - b.scale);
  if (Number.isNaN(x) || Number.isNaN(y)) return null;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Round half up (away from zero on a tie, as decimal.js ROUND_HALF_UP) to `places` decimals. */
export function fixedRound(a: Fixed, places: number): Fixed | null {
  if (a.scale <= places) return a;
  const by = a.scale - places;
  if (by > 22) return null;
  const d = POW10[by]!;
  const sign = a.int < 0 ? -1 : 1;
  const abs = Math.abs(a.int);
  let q = Math.trunc(abs / d);
  let r = abs - q * d;
  // the division is rounded; put the quotient right
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (2 * r >= d) q += 1;
  return make(sign * q, places);
}

/** A running exact sum, one object for the whole sum (rows are summed by the hundred thousand). */
export class FixedSum {
  int = 0;
  scale = 0;

  /** Add int × 10^−scale; false (and the sum is spoilt) when it would leave safe integers. */
  add(int: number, scale: number): boolean {
    if (!Number.isSafeInteger(int) || scale > 22) return false;
    if (scale > this.scale) {
      this.int = scaleUp(this.int, scale - this.scale);
      this.scale = scale;
    } else if (scale < this.scale) int = scaleUp(int, this.scale - scale);
    this.int += int;
    return Number.isSafeInteger(this.int);
  }

  get value(): Fixed {
    return { int: this.int, scale: this.scale };
  }
}

/** The decimal, when it has at most 15 significant digits (null beyond). */
export function fixedToDec(a: Fixed): Dec | null {
  if (Math.abs(a.int) >= MAX_INT || a.scale > 22) return null;
  // a direct-mapped slot first (two array reads), then the maps
  const slot = (Math.imul(a.int | 0, 0x9e3779b1) ^ Math.imul((a.int / 4294967296) | 0, 0x85ebca6b) ^ a.scale) & SLOT_MASK;
  if (slotInts[slot] === a.int && slotScales[slot] === a.scale) return slotDecs[slot]!;
  const d = madeDec(a);
  slotInts[slot] = a.int;
  slotScales[slot] = a.scale;
  slotDecs[slot] = d;
  return d;
}

// a big sheet has thousands of distinct totals: enough slots that most find theirs without the maps
const SLOT_MASK = (1 << 14) - 1;
const slotInts = new Float64Array(SLOT_MASK + 1).fill(NaN);
const slotScales = new Int8Array(SLOT_MASK + 1);
const slotDecs: (Dec | undefined)[] = new Array(SLOT_MASK + 1).fill(undefined);

function madeDec(a: Fixed): Dec {
  // kept apart from fromExcel's cache (totals would push the shared scores out); decimals are
  // immutable, so units with the same total share one
  const made = DECS[a.scale]!;
  let d = made.get(a.int);
  if (d === undefined) {
    if (decCount >= DEC_LIMIT) {
      for (const m of DECS) m.clear();
      decCount = 0;
    }
    d = a.scale === 0 || a.int === 0 ? new D(a.int) : new D(`${a.int}e-${a.scale}`);
    made.set(a.int, d);
    decCount++;
  }
  return d;
}

const DECS = Array.from({ length: 23 }, () => new Map<number, Dec>());
const DEC_LIMIT = 100_000;
let decCount = 0;

/** The double nearest the value (exact order for ≤ 15 significant digits). */
export function fixedToNumber(a: Fixed): number {
  return a.int / POW10[a.scale]!;
}

/**
 * A decimal's exact value as a Fixed, read off its digits (decimal.js documents d, e and s as
 * read-only properties) without decimal.js arithmetic; null beyond 15 significant digits, for
 * NaN and infinities, and when the value does not fit.
 */
export function fixedOfDec(d: Dec): Fixed | null {
  const words = d.d;
  if (!words) return null;
  const last = words.length - 1;
  let w = words[last]!;
  if (last === 0 && w === 0) return FIXED_ZERO;
  // the words after the first hold 7 digits each; trailing zeros of the last one say nothing
  let lastDigits = last === 0 ? digitCount(w) : 7;
  while (w % 10 === 0) {
    w = (w / 10) | 0;
    lastDigits--;
  }
  let int = 0;
  let digits = 0;
  for (let i = 0; i < last; i++) {
    int = int * 1e7 + words[i]!;
    digits += i === 0 ? digitCount(words[0]!) : 7;
  }
  int = int * POW10[lastDigits]! + w;
  digits += lastDigits;
  if (!(int < MAX_INT)) return null;
  // value = int × 10^(e − digits + 1)
  const exponent = d.e - digits + 1;
  if (exponent < -22) return null;
  if (exponent > 0) {
    int = scaleUp(int, exponent);
    if (!(int < MAX_INT)) return null;
  }
  return { int: d.s < 0 ? -int : int, scale: exponent < 0 ? -exponent : 0 };
}

/** Digits of a word of decimal.js (below 10^7). */
function digitCount(w: number): number {
  return w < 1e3 ? (w < 10 ? 1 : w < 100 ? 2 : 3) : w < 1e5 ? (w < 1e4 ? 4 : 5) : w < 1e6 ? 6 : 7;
}

/** The plain decimal text of a Fixed of fixedOfDec ("87.35", "-0.05", "90"), as decimal.js toFixed() writes it. */
function fixedText(a: Fixed): string {
  const sign = a.int < 0 ? '-' : '';
  let s = String(Math.abs(a.int));
  if (a.scale === 0) return sign + s;
  if (s.length <= a.scale) s = '0'.repeat(a.scale - s.length + 1) + s;
  return `${sign}${s.slice(0, s.length - a.scale)}.${s.slice(s.length - a.scale)}`;
}

/** toExcel(d), from its digits when it fits a Fixed: one correctly rounded division gives the double Number(text) parses. */
export function toExcelFast(d: Dec): number {
  const f = fastPaths.enabled ? fixedOfDec(d) : null;
  return f === null ? toExcel(d) : fixedToNumber(f);
}

/** show(d), written from its digits when it fits a Fixed and Excel shows it without E notation. */
export function showFast(d: Dec): string {
  if (fastPaths.enabled && d.e < 15 && d.e >= -9) {
    const f = fixedOfDec(d);
    if (f !== null) return fixedText(f);
  }
  return show(d);
}
