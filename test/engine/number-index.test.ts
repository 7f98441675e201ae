import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberIndex } from '../../src/engine/number-index';

describe('NumberIndex numbers distinct doubles in the order first added', () => {
  it('as a Map would, through growth, with 0 and -0 one key', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }).map((n) => n / 4), fc.double({ noNaN: true }), fc.constant(-0)), { maxLength: 3000 }), (values) => {
        const index = new NumberIndex(4);
        const map = new Map<number, number>();
        for (const v of values) {
          if (!map.has(v)) map.set(v, map.size);
          expect(index.add(v)).toBe(map.get(v));
        }
        expect(index.size).toBe(map.size);
        expect([...index.values.subarray(0, index.size)]).toEqual([...map.keys()].map((v) => v + 0));
      }),
      { seed: 3, numRuns: 60 },
    );
  });
});
