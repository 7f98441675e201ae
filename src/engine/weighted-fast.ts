import { scaledFromExcel } from './decimal';

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** a × 10^k as a safe integer, or NaN. */
function shift(a: number, k: number): number {
  const v = a * POW10[k];
  return Number.isSafeInteger(v) ? v : NaN;
}

/**
 * Σ score × weight for plain numbers, exact, in safe integers: every value is the integer
 * Excel shows × 10^−scale, so products and sums of those integers are exact. Returns null
 * whenever the fast path does not apply (text, blanks, negative weights, a weight sum
 * that is neither exactly 1 nor exactly 100, anything that would leave safe integers, or
 * a result with more than 15 significant digits) and the caller takes the decimal.js path,
 * which also explains every error. Same result as that path, to the last bit (a property
 * test checks it).
 */
export function weightedFast(scores: readonly unknown[], weights: readonly unknown[]): number | null {
  const n = scores.length;
  if (n === 0 || n !== weights.length) return null;
  let wScale = 0;
  let pScale = 0;
  const s: { int: number; scale: number }[] = new Array(n);
  const w: { int: number; scale: number }[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = scores[i];
    const b = weights[i];
    if (typeof a !== 'number' || typeof b !== 'number' || b < 0) return null;
    const sa = scaledFromExcel(a);
    const sb = scaledFromExcel(b);
    if (sa === null || sb === null) return null;
    s[i] = sa;
    w[i] = sb;
    if (sb.scale > wScale) wScale = sb.scale;
    if (sa.scale + sb.scale > pScale) pScale = sa.scale + sb.scale;
  }
  if (pScale > 20) return null;
  let weightSum = 0;
  let raw = 0;
  for (let i = 0; i < n; i++) {
    weightSum += shift(w[i].int, wScale - w[i].scale);
    const product = s[i].int * w[i].int;
    if (!Number.isSafeInteger(product)) return null;
    raw += shift(product, pScale - s[i].scale - w[i].scale);
  }
  if (!Number.isSafeInteger(weightSum) || !Number.isSafeInteger(raw)) return null;
  let exponent: number;
  if (weightSum === POW10[wScale]) exponent = pScale;
  else if (weightSum === 100 * POW10[wScale]) exponent = pScale + 2;
  else return null;
  // ≤ 15 significant digits: the exact decimal is what Excel shows, and one correctly
  // rounded division gives the double nearest to it
  if (Math.abs(raw) >= 1e15 || exponent > 22) return null;
  const result = raw / POW10[exponent];
  return result === 0 ? 0 : result;
}
