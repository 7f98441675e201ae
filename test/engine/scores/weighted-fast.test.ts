import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromExcel, toExcel } from '../../../src/engine/decimal';
import { weightedTotal } from '../../../src/engine/weighted';
import { weightedFast } from '../../../src/engine/weighted-fast';

/** The decimal.js path, the one every error message comes from. */
function decimalPath(scores: number[], weights: number[]): number | null {
  try {
    return toExcel(weightedTotal(scores.map(fromExcel), weights.map(fromExcel)));
  } catch {
    return null;
  }
}

const value = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
  fc.integer({ min: 0, max: 100000 }).map((n) => n / 1000),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0.1 + 0.2, 89.99999999999999, 1 / 3, 1e21, 1e-12),
);

describe('WEIGHTED exact fast path', () => {
  it('gives exactly the decimal.js result whenever it answers', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 8 }), (pairs) => {
        const scores = pairs.map((p) => p[0]);
        const weights = pairs.map((p) => Math.abs(p[1]));
        const fast = weightedFast(scores, weights);
        if (fast !== null) expect(fast).toBe(decimalPath(scores, weights));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for ordinary score rows with weights summing to 1 or 100', () => {
    const weightSets = [
      [0.3, 0.2, 0.2, 0.15, 0.15],
      [30, 20, 20, 15, 15],
    ];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), { minLength: 5, maxLength: 5 }), fc.constantFrom(...weightSets), (scores, weights) => {
        const fast = weightedFast(scores, weights);
        expect(fast).not.toBeNull();
        expect(fast).toBe(decimalPath(scores, weights));
      }),
      { numRuns: 500 },
    );
  });

  it('gives 60 for the float trap, and steps aside for blanks, text and =1/3 weights', () => {
    expect(weightedFast([59.99999999999999, 60], [0.5, 0.5])).toBe(60);
    expect(weightedFast([90, null], [0.5, 0.5])).toBeNull();
    expect(weightedFast([90, '80'], [0.5, 0.5])).toBeNull();
    expect(weightedFast([90, 80, 70], [1 / 3, 1 / 3, 1 / 3])).toBeNull();
  });
});
