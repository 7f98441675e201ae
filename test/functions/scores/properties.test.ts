import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bonus, deduct, grade, total, weighted } from '../../../src/functions/functions';
import { add, decimalRat, div, min, mul, rat, Rat, ratSum, sub, toDouble } from '../../engine/scores/exact';

/** A score with one or two decimals, 0..100: hundredths as an integer. */
const hundredths = fc.integer({ min: 0, max: 10000 });
/** k parts that add up to `total` (non-negative integers). */
const partition = (k: number, totalUnits: number) =>
  fc.array(fc.integer({ min: 0, max: totalUnits }), { minLength: k - 1, maxLength: k - 1 }).map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), totalUnits];
    return sorted.slice(1).map((c, i) => c - sorted[i]);
  });

/** Scores (hundredths) and weights (integer units that sum to `units`). */
const scoresAndWeights = (units: number) =>
  fc.integer({ min: 1, max: 15 }).chain((k) => fc.tuple(fc.array(hundredths, { minLength: k, maxLength: k }), partition(k, units)));

const exactWeighted = (s: number[], w: number[], weightPlaces: number, divisor: bigint) =>
  div(ratSum(s.map((x, i) => mul(decimalRat(x, 2), decimalRat(w[i], weightPlaces)))), rat(divisor));

describe('weighted totals equal an exact rational reference', () => {
  it('fractions with two decimals summing to 1', () => {
    fc.assert(
      fc.property(scoresAndWeights(100), ([s, w]) => {
        const result = weighted([s.map((x) => x / 100)], [w.map((x) => x / 100)]);
        expect(result).toBe(toDouble(exactWeighted(s, w, 2, 1n)));
      }),
      { numRuns: 500 },
    );
  });
  it('percent points with one decimal summing to 100', () => {
    fc.assert(
      fc.property(scoresAndWeights(1000), ([s, w]) => {
        const result = weighted(s.map((x) => [x / 100]), [w.map((x) => x / 10)]);
        expect(result).toBe(toDouble(exactWeighted(s, w, 1, 100n)));
      }),
      { numRuns: 500 },
    );
  });
  it('a part of the total: percent points summing to weight_sum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 99 }).chain((ws) => fc.tuple(fc.constant(ws), scoresAndWeights(ws))),
        ([ws, [s, w]]) => {
          const result = weighted([s.map((x) => x / 100)], [w], ws);
          expect(result).toBe(toDouble(exactWeighted(s, w, 0, 100n)));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('n equal weights entered as =1/n give the exact mean', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(hundredths, { minLength: n, maxLength: n })), (s) => {
        const n = s.length;
        const result = weighted([s.map((x) => x / 100)], [s.map(() => 1 / n)]);
        expect(result).toBe(toDouble(div(ratSum(s.map((x) => decimalRat(x, 2))), rat(BigInt(n)))));
      }),
      { numRuns: 300 },
    );
  });
  it('TOTAL = WEIGHTED − deduction + bonus, exactly', () => {
    fc.assert(
      fc.property(scoresAndWeights(100), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), ([s, w], d, b) => {
        const scores = [s.map((x) => x / 100)];
        const weights = [w.map((x) => x / 100)];
        const exact: Rat = add(sub(exactWeighted(s, w, 2, 1n), decimalRat(d, 2)), decimalRat(b, 2));
        expect(total(scores, weights, d / 100, b / 100)).toBe(toDouble(exact));
        const wt = weighted(scores, weights) as number;
        expect(toDouble(add(sub(decimalRat(Math.round(wt * 10000), 4), decimalRat(d, 2)), decimalRat(b, 2)))).toBe(total(scores, weights, d / 100, b / 100));
      }),
      { numRuns: 300 },
    );
  });
});

describe('DEDUCT and BONUS never exceed their cap', () => {
  const item = fc.oneof(fc.integer({ min: 0, max: 50 }).map((x) => x / 10), fc.constantFrom('', null));
  const count = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constantFrom('', null));
  const tenths = (v: unknown) => (typeof v === 'number' ? Math.round(v * 10) : 0);
  it('DEDUCT(items, , cap) = min(Σ items, cap) ≤ cap', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), fc.integer({ min: 1, max: 100 }), (items, capTenths) => {
        const result = deduct([items], null, capTenths / 10) as number;
        expect(result).toBeLessThanOrEqual(capTenths / 10);
        expect(result).toBe(toDouble(min(ratSum(items.map((x) => decimalRat(tenths(x), 1))), decimalRat(capTenths, 1))));
      }),
    );
  });
  it('DEDUCT(counts, each, cap) = min(Σ count × each, cap) ≤ cap', () => {
    fc.assert(
      fc.property(fc.array(count, { maxLength: 20 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 100 }), (counts, each, cap) => {
        const result = deduct([counts], each / 10, cap / 10) as number;
        expect(result).toBeLessThanOrEqual(cap / 10);
        const exact = ratSum(counts.map((c) => mul(rat(BigInt(typeof c === 'number' ? c : 0)), decimalRat(each, 1))));
        expect(result).toBe(toDouble(min(exact, decimalRat(cap, 1))));
      }),
    );
  });
  it('BONUS(items, cap) ≤ cap', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), fc.integer({ min: 1, max: 100 }), (items, cap) => {
        expect(bonus([items], cap / 10) as number).toBeLessThanOrEqual(cap / 10);
      }),
    );
  });
});

describe('GRADE is monotone in the score', () => {
  // Random bands: distinct one-decimal bounds, labels named by rank, rows shuffled.
  const bandsArb = fc
    .uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 })
    .chain((bounds) => fc.shuffledSubarray(bounds.map((b, i) => [b / 10, `L${i}`] as [number | null, string]).concat([[null, 'BOTTOM']]), { minLength: bounds.length + 1 }));
  const score = fc.integer({ min: -100, max: 1100 }).map((x) => x / 10);
  const level = (bands: [number | null, string][], label: string) => {
    const ordered = bands.filter((b) => b[0] !== null).sort((a, b) => (b[0] as number) - (a[0] as number));
    const i = ordered.findIndex((b) => b[1] === label);
    return i < 0 ? ordered.length : i;
  };
  it('a higher score never gets a lower grade, with or without a downgrade', () => {
    fc.assert(
      fc.property(bandsArb, score, score, fc.constantFrom(null, 0, 1, 2, '是'), (bands, a, b, down) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const gLo = grade(lo, bands, down) as string;
        const gHi = grade(hi, bands, down) as string;
        expect(level(bands, gHi)).toBeLessThanOrEqual(level(bands, gLo));
      }),
      { numRuns: 500 },
    );
  });
  it('the grade is the band whose lower bound is the highest one ≤ the score', () => {
    fc.assert(
      fc.property(bandsArb, score, (bands, s) => {
        const best = bands.filter((b) => b[0] !== null && s >= b[0]).sort((x, y) => (y[0] as number) - (x[0] as number))[0];
        expect(grade(s, bands)).toBe(best ? best[1] : 'BOTTOM');
      }),
      { numRuns: 500 },
    );
  });
});
