import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/engine/decimal';
import { rankAll } from '../../../src/engine/rank';

/** Naive O(n²) reference: 1 + the rows (or distinct key rows, for dense) strictly ahead in the same group. */
function naive(keys: (number[] | null)[], method: 'competition' | 'dense', groups: (string | null)[] | null) {
  const ahead = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
    return false;
  };
  return keys.map((ki, i) => {
    if (ki === null || (groups && groups[i] === null)) return null;
    const better = new Set<string>();
    let count = 0;
    keys.forEach((kj, j) => {
      if (kj === null || (groups && groups[j] !== groups[i])) return;
      if (ahead(kj, ki)) {
        count++;
        better.add(kj.join('|'));
      }
    });
    return 1 + (method === 'competition' ? count : better.size);
  });
}

const data = fc.integer({ min: 1, max: 3 }).chain((width) =>
  fc.array(
    fc.record({
      keys: fc.option(fc.array(fc.integer({ min: -3, max: 6 }).map((x) => x / 2), { minLength: width, maxLength: width }), { freq: 5 }),
      group: fc.option(fc.constantFrom('一类', '二类', '三类'), { freq: 5 }),
    }),
    { maxLength: 40 },
  ),
);

describe('rankAll equals the naive reference', () => {
  for (const method of ['competition', 'dense'] as const) {
    it(`${method}, with ties, blanks, tie-break keys and groups`, () => {
      fc.assert(
        fc.property(data, fc.boolean(), (rows, grouped) => {
          const keys = rows.map((r) => r.keys);
          const groups = grouped ? rows.map((r) => r.group) : null;
          const decKeys = keys.map((ks) => (ks === null ? null : ks.map((x) => new D(x))));
          expect(rankAll(decKeys, method, groups)).toEqual(naive(keys, method, groups));
        }),
        { numRuns: 300 },
      );
    });
  }
});
