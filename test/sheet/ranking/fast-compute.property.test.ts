import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/engine/cell';
import { D } from '../../../src/engine/decimal';
import { fastPaths } from '../../../src/engine/fast-paths';
import { rankAll, ranksOfNumbers } from '../../../src/engine/rank';
import { defaultScheme } from '../../../src/engine/scheme/defaults';
import type { AwardTier, Scheme } from '../../../src/engine/scheme/types';
import { computeRanking } from '../../../src/sheet/ranking/compute';
import { chooseSummarySheet } from '../../../src/sheet/table';

/**
 * The compute stage's fast paths (exact doubles for grades and ranks, ranks by counting sorts,
 * tie notes from the ranking order, the award engine's shortcuts) against the decimal path with
 * them off, on what the other property test does not vary: ranking across categories, tie-break
 * columns, 一票否决 and 取消评优, pass-down vacancies, rounding, and tie groups larger than the
 * names a note shows. Every field of every unit, the award lines and the sentences must be equal.
 */

const HEADER = ['单位名称', '类别', '指标考核(60%)', '公众评议(40%)', '察访核验扣分', '一票否决', '取消评优'];

/** Few distinct values: ties everywhere, in groups of every size. */
const row = fc.tuple(
  fc.constantFrom('一类', '二类', '三类'),
  fc.constantFrom(95, 90, 85.25, 79.99, 59.5),
  fc.constantFrom(100, 85.5, 70.25),
  fc.constantFrom<CellValue>(null, 0, 0.5, 3.5),
  fc.constantFrom<CellValue>(null, null, null, '否', '是', '是（安全生产事故）'),
  fc.constantFrom<CellValue>(null, null, null, null, '是'),
);

const settings = fc.record({
  method: fc.constantFrom('dense' as const, 'competition' as const),
  byCategory: fc.boolean(),
  tieBreak: fc.constantFrom<string[]>([], ['公众评议']),
  vacancy: fc.constantFrom('empty' as const, 'pass-down' as const),
  decimals: fc.constantFrom(null, 0, 1),
  veto: fc.constantFrom('downgrade' as const, 'exclude' as const, 'both' as const),
  quota: fc.constantFrom('10%', '30%', '2'),
});

/** The result as plain data: decimals as their text, notes as data, the award lines and sentences. */
function plain(values: unknown): unknown {
  return JSON.parse(JSON.stringify(values, (_k, v) => (D.isDecimal(v) ? `dec:${v.toString()}` : v)));
}

function compute(rows: CellValue[][], s: Scheme, fast: boolean) {
  fastPaths.enabled = fast;
  const { table } = chooseSummarySheet([{ name: '汇总', values: [HEADER, ...rows], merges: [], perfKind: null }]);
  const r = computeRanking(table, s, 'test');
  return plain({ units: r.units, awardLines: r.awardLines, summary: r.summary, warnings: r.warnings, categories: r.categories });
}

type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;
type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;

/** The summary's rows: a unit name, then the drawn category, scores, deduction, veto and exclusion. */
const unitRows = (rows: Row[]) => rows.map(([category, a, b, ded, veto, excluded], i) => [`单位${i + 1}`, category, a, b, ded, veto, excluded]);

/** The default scheme with the drawn settings, deductions capped at 3, and these award tiers by place. */
function schemeOf(o: Settings, tiers: AwardTier[]): Scheme {
  const s = defaultScheme();
  s.deductionCap = '3';
  s.decimals = o.decimals;
  s.ranking = { method: o.method, byCategory: o.byCategory, tieBreak: o.tieBreak };
  s.veto = { effect: o.veto };
  s.awards = [{ kind: 'places', categories: [], tiers }];
  s.awardSettings = { ...s.awardSettings, vacancy: o.vacancy };
  return s;
}

describe('the compute stage’s fast paths give what the decimal path gives', () => {
  afterEach(() => {
    fastPaths.enabled = true;
  });

  it('grades, ranks across or within categories, tie-breaks, tie notes, vetoes, exclusions and awards by quota', () => {
    let tied = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60, size: 'large' }), settings, (rows, o) => {
        const values = unitRows(rows);
        const s = schemeOf(o, [{ name: '一等奖', count: o.quota, minGrade: '良好' }, { name: '二等奖', count: o.quota, minGrade: null }]);
        const fast = compute(values, s, true);
        expect(fast).toEqual(compute(values, s, false));
        if (JSON.stringify(fast).includes('"kind":"tie"')) tied++;
      }),
      { seed: 20261201, numRuns: 300 },
    );
    // the runs tell ties, not only distinct totals
    expect(tied).toBeGreaterThan(150);
  });
});

describe('tie notes (the units of a large tie share one note and list)', () => {
  it('each tied unit’s note names its own group, and only the units sharing an award say so', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60, size: 'large' }), settings, (rows, o) => {
        const values = unitRows(rows);
        const s = schemeOf(o, [{ name: '一等奖', count: o.quota, minGrade: null }]);
        const { table } = chooseSummarySheet([{ name: '汇总', values: [HEADER, ...values], merges: [], perfKind: null }]);
        const r = computeRanking(table, s, 'test');
        const sharing = new Set(r.awardLines.flatMap((l) => l.recipients.filter((x) => x.shared).map((x) => x.id)));
        r.units.forEach((u, i) => {
          // worked out here from the places alone: the units of one category at one place, in table order
          const group = r.units.filter((t) => t.place !== null && t.place === u.place && t.category === u.category);
          const k = group.indexOf(u);
          const shown = group.slice(0, 4);
          const others = (k < 4 ? shown.filter((t) => t !== u) : shown).slice(0, 3).map((t) => t.name);
          const ties = u.notes.filter((n) => n.kind === 'tie');
          if (group.length < 2) return expect(ties).toEqual([]);
          expect(ties).toEqual([{ kind: 'tie', rank: u.rank, size: group.length, others, ...(sharing.has(i) ? { sharesAward: true } : {}) }]);
        });
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });
});

describe('ranks of exact numbers equal the decimal ranks', () => {
  for (const method of ['dense', 'competition'] as const) {
    it(`${method}: ties, unscored rows, rows without a group, -0`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.option(fc.constantFrom(-1.5, -0, 0, 60, 79.99, 80, 85.125, 99.999999999999), { freq: 6 }), fc.option(fc.constantFrom('一类', '二类'), { freq: 6 })), {
            maxLength: 80,
          }),
          fc.boolean(),
          (rows, grouped) => {
            const groups = grouped ? rows.map(([, g]) => g) : null;
            const keys = rows.map(([v]) => (v === null ? null : [new D(v)]));
            const values = Float64Array.from(rows, ([v]) => (v === null ? NaN : v));
            const ids = groups && Int32Array.from(groups, (g) => (g === null ? -1 : g === '一类' ? 0 : 1));
            expect(ranksOfNumbers(values, method, ids).ranks).toEqual(rankAll(keys, method, groups));
          },
        ),
        { seed: 9, numRuns: 300 },
      );
    });
  }
});
