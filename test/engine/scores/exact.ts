/**
 * An exact rational reference for property tests, independent of decimal.js and of the code
 * under test: BigInt numerator/denominator, and the double Excel would show (15 significant
 * digits, half up).
 */
export interface Rat {
  n: bigint;
  d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));

export function rat(n: bigint, d: bigint = 1n): Rat {
  if (d < 0n) return rat(-n, -d);
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
export const add = (a: Rat, b: Rat) => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rat, b: Rat) => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rat, b: Rat) => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rat, b: Rat) => rat(a.n * b.d, a.d * b.n);
export const cmp = (a: Rat, b: Rat) => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const min = (a: Rat, b: Rat) => (cmp(a, b) <= 0 ? a : b);
export const ratSum = (xs: Rat[]) => xs.reduce(add, rat(0n));

/** k / 10^places, e.g. hundredths(8735n) = 87.35. */
export const decimalRat = (k: number, places: number) => rat(BigInt(k), 10n ** BigInt(places));

/** The double Excel shows for an exact rational: 15 significant digits, rounded half up. */
export function toDouble(r: Rat): number {
  if (r.n === 0n) return 0;
  const sign = r.n < 0n ? '-' : '';
  let num = abs(r.n);
  let den = r.d;
  let exp = 0;
  // Bring num/den into [1e14, 1e15): 15 digits before the point, the rest is rounded off.
  while (num / den >= 10n ** 15n) {
    den *= 10n;
    exp++;
  }
  while (num / den < 10n ** 14n) {
    num *= 10n;
    exp--;
  }
  let q = num / den;
  if ((num % den) * 2n >= den) q += 1n;
  return Number(`${sign}${q}e${exp}`);
}

/** The exact decimal text of a rational whose denominator divides a power of ten ("87.35"); null otherwise. */
export function exactDecimal(r: Rat): string | null {
  let den = r.d;
  let places = 0;
  while (den % 10n === 0n) (den /= 10n), places++;
  while (den % 2n === 0n || den % 5n === 0n) {
    den = den % 2n === 0n ? den / 2n : den / 5n;
    places++;
  }
  if (den !== 1n) return null;
  const scaled = abs((r.n * 10n ** BigInt(places)) / r.d);
  const digits = scaled.toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/\.?0+$/, '');
  return (r.n < 0n ? '-' : '') + text;
}
