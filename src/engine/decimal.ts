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

/**
 * A double from Excel, read as the 15 significant digits Excel shows.
 * 89.99999999999999 → 90; 0.1 + 0.2 → 0.3. Non-finite numbers are not numbers here.
 */
export function fromExcel(n: number): Dec {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (n === 0) return ZERO;
  return new D(n.toPrecision(15));
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

/** A plain decimal string without exponent, for messages and sheets ("87.35", "0.05"). */
export function show(d: Dec): string {
  return d.toFixed();
}
