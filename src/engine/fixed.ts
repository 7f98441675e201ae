import { D, scaledFromExcel, type Dec } from './decimal';

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

function shift(int: number, by: number): number {
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
  return make(shift(a.int, scale - a.scale) + shift(b.int, scale - b.scale), scale);
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
  const x = shift(a.int, scale - a.scale);
  const y = shift(b.int, scale - b.scale);
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
      this.int = shift(this.int, scale - this.scale);
      this.scale = scale;
    } else if (scale < this.scale) int = shift(int, this.scale - scale);
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
  // made here, not through fromExcel's cache: totals are mostly distinct and would push the shared scores out
  return a.scale === 0 || a.int === 0 ? new D(a.int) : new D(`${a.int}e-${a.scale}`);
}

/** The double nearest the value (exact order for ≤ 15 significant digits). */
export function fixedToNumber(a: Fixed): number {
  return a.int / POW10[a.scale]!;
}
