import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awardImpl, quotaImpl, rankImpl, ranksImpl } from '../../../src/functions/impl/ranking';
import { call } from './helpers';

// ---- references written here, not taken from the code under test ----

/** Naive O(n²) rank: 1 + the rows (competition) or distinct key rows (dense) strictly ahead in the same group. */
function naiveRank(
  target: number[],
  rows: { keys: number[] | null; group: number | null }[],
  method: 'competition' | 'dense',
  group: number | null | undefined,
): number | null {
  const ahead = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
    return false;
  };
  const same = (a: number[], b: number[]) => a.every((x, i) => x === b[i]);
  const peers = rows.filter((r) => r.keys !== null && (group === undefined || (r.group !== null && r.group === group)));
  if (!peers.some((r) => same(r.keys!, target))) return null;
  const better = peers.filter((r) => ahead(r.keys!, target)).map((r) => r.keys!.join('|'));
  return 1 + (method === 'competition' ? better.length : new Set(better).size);
}

const FULL_WIDTH = (s: string) => s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** The same number as a clerk might have typed it. */
const rawScore = (x: number) =>
  fc.constantFrom<unknown>(x, String(x), `${x}分`, FULL_WIDTH(String(x)), ` ${x} `);
const rawBlank = fc.constantFrom<unknown>('', null);
/** Group g as typed: 一类/二类/Ａ类 variants that normalise to the same name. */
const GROUP_SPELLINGS = [
  ['一类', ' 一类 ', '一类　'],
  ['A类', 'Ａ类', 'a类'],
  ['3', 3, '３'],
];
const rawGroup = (g: number | null) => (g === null ? rawBlank : fc.constantFrom<unknown>(...GROUP_SPELLINGS[g]));

const model = fc.integer({ min: 1, max: 3 }).chain((width) =>
  fc.record({
    width: fc.constant(width),
    rows: fc.array(
      fc.record({
        keys: fc.option(fc.array(fc.integer({ min: 0, max: 8 }).map((x) => x * 5 + 60), { minLength: width, maxLength: width }), { freq: 6 }),
        group: fc.option(fc.integer({ min: 0, max: 2 }), { freq: 6 }),
      }),
      { minLength: 1, maxLength: 30 },
    ),
    grouped: fc.boolean(),
    method: fc.constantFrom('competition' as const, 'dense' as const),
  }),
);

/** Render the model as Excel would pass it: scores n×width, groups n×1, blanks as "" or null. */
const rendered = model.chain((m) =>
  fc.record({
    m: fc.constant(m),
    scores: fc.tuple(...m.rows.map((r) => (r.keys === null ? fc.tuple(...Array.from({ length: m.width }, () => rawBlank)) : fc.tuple(...r.keys.map(rawScore))))),
    groups: fc.tuple(...m.rows.map((r) => rawGroup(r.group).map((g) => [g]))),
    methodArg: fc.constantFrom<unknown>(...(m.method === 'dense' ? [1, 'dense', '中国式'] : [0, null, 'competition'])),
  }),
);

describe('RANK and RANKS against a naive O(n²) reference', () => {
  it('RANK equals the reference for every row, or #N/A exactly when the reference finds nothing', () => {
    fc.assert(
      fc.property(rendered, ({ m, scores, groups, methodArg }) => {
        m.rows.forEach((row, i) => {
          if (row.keys === null) return;
          const score = [row.keys];
          const expected = naiveRank(row.keys, m.rows, m.method, m.grouped ? row.group : undefined);
          const got = m.grouped
            ? call(() => rankImpl(score, scores, groups[i][0], groups, methodArg))
            : call(() => rankImpl(score, scores, null, null, methodArg));
          if (expected === null) expect(got).toMatchObject({ code: '#N/A' });
          else expect(got).toBe(expected);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('RANKS equals the reference for every row ("" where not ranked) and equals per-row RANK', () => {
    fc.assert(
      fc.property(rendered, ({ m, scores, groups, methodArg }) => {
        // A single row of several cells is read by RANKS as a list of units (documented).
        fc.pre(m.width === 1 || m.rows.length >= 2);
        const got = ranksImpl(scores, m.grouped ? groups : null, methodArg);
        const expected = m.rows.map((row) => {
          if (row.keys === null || (m.grouped && row.group === null)) return [''];
          return [naiveRank(row.keys, m.rows, m.method, m.grouped ? row.group : undefined)];
        });
        expect(got).toEqual(expected);
        m.rows.forEach((row, i) => {
          if (got[i][0] === '') return;
          const one = m.grouped
            ? rankImpl([row.keys!], scores, groups[i][0], groups, methodArg)
            : rankImpl([row.keys!], scores, null, null, methodArg);
          expect(one).toBe(got[i][0]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a single row of scores is the same list as a column and gives a row of ranks', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { freq: 4 }), { minLength: 2, maxLength: 20 }), (xs) => {
        const column = ranksImpl(xs.map((x) => [x]));
        const row = ranksImpl([xs]);
        expect(row).toEqual([column.map((r) => r[0])]);
      }),
    );
  });
});

describe('QUOTA against a BigInt reference', () => {
  it('count × share rounded half up, down or up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 2 }), (count, basisPoints, mode) => {
        // share = basisPoints / 10000, passed as Excel would (a double) or as "xx.xx%".
        const num = BigInt(count) * BigInt(basisPoints);
        const den = 10_000n;
        const expected = mode === 0 ? (2n * num + den) / (2n * den) : mode === 1 ? num / den : (num + den - 1n) / den;
        expect(quotaImpl(count, basisPoints / 10_000, mode)).toBe(Number(expected));
        expect(quotaImpl(count, `${basisPoints / 100}%`, mode)).toBe(Number(expected));
      }),
      { numRuns: 500 },
    );
  });
});

describe('AWARD', () => {
  const BANDS = ['优秀', '良好', '一般', '较差'];
  const YES = [true, 1, '是', '√', 'Y', '有'];
  const NO = [false, 0, '否', '无', 'N', '-'];

  it('never awards an ineligible or under-graded unit, and otherwise gives its window’s award', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ count: fc.integer({ min: 0, max: 3 }), min: fc.option(fc.integer({ min: 0, max: 3 })) }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.nat(5),
        (tierModel, place, grade, eligible, spelling) => {
          const tiers = tierModel.map((t, i) => [`奖${i + 1}`, t.count, t.min === null ? '' : BANDS[t.min]]);
          const got = awardImpl(place, BANDS[grade], tiers, (eligible ? YES : NO)[spelling]);
          // Reference: walk the windows.
          let end = 0;
          let expected = '';
          for (let i = 0; i < tierModel.length; i++) {
            end += tierModel[i].count;
            if (place <= end) {
              const min = tierModel[i].min;
              if (eligible && (min === null || grade <= min)) expected = `奖${i + 1}`;
              break;
            }
          }
          expect(got).toBe(expected);
          if (got !== '') {
            expect(eligible).toBe(true);
            const tier = tierModel[Number(got.slice(1)) - 1];
            if (tier.min !== null) expect(grade).toBeLessThanOrEqual(tier.min);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
