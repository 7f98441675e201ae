import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../../src/engine/scheme/defaults';
import type { Scheme } from '../../../src/engine/scheme/types';
import { computeRanking } from '../../../src/sheet/ranking/compute';
import { rankingJson } from '../../../src/sheet/ranking/result-json';
import type { SheetData } from '../../../src/sheet/source-table';
import { chooseSummarySheet } from '../../../src/sheet/table';
import { summarySheet, UnitRow } from './build-sheet';

const CATEGORIES = ['经济调节和经济管理类', '社会管理和政务管理类', '市场监管和执法监管类'];

function scheme(): Scheme {
  const s = defaultScheme();
  s.deductionCap = '3';
  s.awards = [
    { kind: 'places', categories: [], tiers: [
      { name: '一等奖', count: '1', minGrade: '优秀' },
      { name: '二等奖', count: '40%', minGrade: '良好' },
    ] },
  ];
  return s;
}

const score = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 500, max: 1000 }).map((n) => n / 10) },
  { weight: 1, arbitrary: fc.constantFrom<number | string | null>(null, '９０', '85分', 90) },
);
const unitRows = fc
  .uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 14 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          name: fc.constant(`单位${id}`),
          category: fc.constantFrom(...CATEGORIES),
          a: score,
          b: score,
          deduction: fc.option(fc.constantFrom(0, 0.5, 1, 2.5, 4), { nil: null }),
          veto: fc.constantFrom('', '', '', '是', '安全生产事故'),
          exclude: fc.constantFrom('', '', '', '√'),
        }),
      ),
    ),
  ) as fc.Arbitrary<UnitRow[]>;

function run(sheets: SheetData[]) {
  const { table } = chooseSummarySheet(sheets);
  return rankingJson(computeRanking(table, scheme(), 'test'));
}

const byName = (json: ReturnType<typeof run>) =>
  Object.fromEntries(json.units.map((u) => [u.name, { total: u.total, grade: u.grade, rank: u.rank, award: u.award }]));

const unrelated = fc
  .array(fc.array(fc.oneof(fc.integer(), fc.constantFrom('说明', '填表人', '2025年', null, '附件1')), { maxLength: 6 }), { maxLength: 8 })
  .map((values): SheetData => ({ name: '说明', values, merges: [], perfKind: null }));

describe('ranking core properties', () => {
  it('shuffling the source rows changes no unit’s total, grade, rank or award', () => {
    fc.assert(
      fc.property(unitRows, fc.infiniteStream(fc.nat()), (units, seeds) => {
        const shuffled = [...units];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expect(byName(run([summarySheet(shuffled)]))).toEqual(byName(run([summarySheet(units)])));
      }),
      { numRuns: 60 },
    );
  });

  it('adding or removing an unrelated sheet changes nothing', () => {
    fc.assert(
      fc.property(unitRows, unrelated, fc.boolean(), (units, other, before) => {
        const alone = run([summarySheet(units)]);
        const sheets = before ? [other, summarySheet(units)] : [summarySheet(units), other];
        expect(run(sheets)).toEqual(alone);
      }),
      { numRuns: 40 },
    );
  });

  it('never ranks a unit with a blank score, and never awards an excluded one', () => {
    fc.assert(
      fc.property(unitRows, (units) => {
        const json = run([summarySheet(units)]);
        units.forEach((u, i) => {
          const out = json.units[i];
          if (u.a === null || u.b === null) {
            expect(out.rank).toBeNull();
            expect(out.total).toBeNull();
            expect(json.warnings.some((w) => w.message.includes(u.name))).toBe(true);
          }
          if (u.exclude === '√') expect(out.award).toBeNull();
        });
      }),
      { numRuns: 60 },
    );
  });
});
