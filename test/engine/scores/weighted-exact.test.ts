import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/engine/decimal';
import { weightedTotal } from '../../../src/engine/weighted';
import { decimalRat, div, exactDecimal, mul, rat, ratSum } from './exact';

/**
 * The engine's weighted total is exact (not just right after rounding to 15 digits): its decimal
 * text equals the rational reference's, digit for digit.
 */
describe('weightedTotal is exactly the rational Σ score × weight', () => {
  const cents = fc.integer({ min: 0, max: 10000 });
  it('on random one/two-decimal scores and two-decimal fractions or one-decimal percent points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }).chain((k) =>
          fc.tuple(
            fc.array(cents, { minLength: k, maxLength: k }),
            fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: k - 1, maxLength: k - 1 }),
            fc.boolean(),
          ),
        ),
        ([s, cuts, percentPoints]) => {
          const units = percentPoints ? 1000 : 100; // tenths of a percent point, or hundredths of 1
          const sorted = [0, ...cuts.map((c) => Math.min(c, units)).sort((a, b) => a - b), units];
          const w = sorted.slice(1).map((c, i) => c - sorted[i]);
          const places = percentPoints ? 1 : 2;
          const result = weightedTotal(
            s.map((x) => new D(x).div(100)),
            w.map((x) => new D(x).div(10 ** places)),
          );
          const exact = div(ratSum(s.map((x, i) => mul(decimalRat(x, 2), decimalRat(w[i], places)))), rat(percentPoints ? 100n : 1n));
          expect(result.toFixed()).toBe(exactDecimal(exact));
        },
      ),
      { numRuns: 500 },
    );
  });
});
