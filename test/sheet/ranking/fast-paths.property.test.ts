import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/engine/cell';
import { fastPaths } from '../../../src/engine/fast-paths';
import { rankingJson } from '../../../src/sheet/ranking/result-json';
import type { SheetData } from '../../../src/sheet/source-table';
import { runRanking } from '../../../src/workflow/rank';

/**
 * The exact fast paths (fixed-point totals, caps, plain-text reads, double-only rank keys,
 * the snapshot's plain numbers) against the decimal.js path they optimise: the same run with
 * them off must give the same result, warnings, plan and 校验码, to the last character.
 */

const LAYOUTS = [
  { headers: ['基础工作(30%)', '重点工作(50%)', '领导评估(20%)'], full: [100, 100, 100] },
  { headers: ['甲(33.3%)', '乙(33.3%)', '丙(33.4%)'], full: [100, 100, 100] },
  { headers: ['甲(12.5%)', '乙(37.5%)', '丙(50%)'], full: [100, 100, 100] },
  { headers: ['指标考核(40分)', '公众评议(60分)'], full: [40, 60] },
] as const;

const DEDUCTION_HEADERS = ['察访核验扣分', '察访核验扣分（最多2分）'];

/** A score as clerks type it, with everything that must leave the fast path. */
const score = (full: number) =>
  fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min: 0, max: full * 10 }).map((n) => n / 10) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: full * 100 }).map((n) => n / 100) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: full, noNaN: true }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom<CellValue>(
        null,
        '',
        '90分',
        '９０',
        '85',
        ' 87.5 ',
        '85%',
        '缺考',
        '=A1*2',
        true,
        1e15,
        1e20,
        -5,
        full + 0.5,
        12.3456789012345,
        0.1 + 0.2,
        89.99999999999999,
        1 / 3,
        5e-324,
      ),
    },
  );

const adjustment = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 10 }).map((n) => n / 2) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(null, null, '') },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>('1分', '０.５', -0.5, 1e15, 0.123456789012345, 2.25, 3.000000000000001, '扣两分') },
);

const run = fc.record({
  layout: fc.constantFrom(...LAYOUTS),
  deductionHeader: fc.constantFrom(...DEDUCTION_HEADERS),
  withBonus: fc.boolean(),
  settings: fc.record({
    'deduction-cap': fc.constantFrom('3', '2.5', 'none'),
    'bonus-cap': fc.constantFrom('2', 'none'),
    decimals: fc.constantFrom('2', '1', '0', '3'),
    method: fc.constantFrom('dense', 'competition'),
    awards: fc.constantFrom('一等奖:20%:良好,二等奖:30%:良好', '一等奖:2'),
  }),
  // few distinct names and values: ties within and across categories
  units: fc.integer({ min: 1, max: 24 }),
  seed: fc.integer(),
});

interface Layout {
  layout: (typeof LAYOUTS)[number];
  deductionHeader: string;
  withBonus: boolean;
}

function sheetOf(r: Layout, rows: CellValue[][]): SheetData {
  const header = ['序号', '单位名称', '类别', ...r.layout.headers, r.deductionHeader, ...(r.withBonus ? ['加分'] : [])];
  return {
    name: '汇总',
    values: [['绩效考评汇总表'], header, ...rows],
    merges: [{ top: 0, left: 0, bottom: 0, right: header.length - 1 }],
    perfKind: null,
  };
}

const rowsOf = (r: { layout: (typeof LAYOUTS)[number]; withBonus: boolean; units: number }) =>
  fc.tuple(
    ...Array.from({ length: r.units }, (_, i) =>
      fc.tuple(
        fc.constant(i + 1),
        fc.constant(`单位${String(i + 1).padStart(3, '0')}`),
        fc.constantFrom('一类', '二类', '三 类', '三类'),
        ...r.layout.full.map((f) => score(f)),
        adjustment,
        ...(r.withBonus ? [adjustment] : []),
      ),
    ),
  );

function outcome(sheets: SheetData[], settings: Record<string, string>, fast: boolean) {
  fastPaths.enabled = fast;
  const o = runRanking(sheets, { settings, now: new Date('2026-12-01T00:00:00Z') });
  if (!o.ok) return { problems: o.problems, read: o.read };
  return { result: rankingJson(o.result), warnings: o.warnings, plan: o.plan, read: o.read };
}

describe('exact fast paths give what the decimal path gives', () => {
  afterEach(() => {
    fastPaths.enabled = true;
  });

  it('totals, caps, rounding, grades, ranks (dense and competition, per category, ties), awards, warnings, plan and 校验码', () => {
    let ranked = 0;
    fc.assert(
      fc.property(
        run.chain((r) => rowsOf(r).map((rows) => ({ r, rows }))),
        ({ r, rows }) => {
          const sheets = [sheetOf(r, rows as CellValue[][])];
          const fast = outcome(sheets, r.settings, true);
          const slow = outcome(sheets, r.settings, false);
          expect(fast).toEqual(slow);
          if ('result' in fast) ranked++;
        },
      ),
      { seed: 20261201, numRuns: 400 },
    );
    // most runs rank (a run stopped by a duplicate or a bad scheme compares little)
    expect(ranked).toBeGreaterThan(300);
  });

  it('many units sharing few totals (the double-only rank keys), both methods', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(80, 80.5, 90, 90.25, 99.99999999999999), fc.constantFrom(0, 0.5, 1), fc.constantFrom('一类', '二类')), {
          minLength: 2,
          maxLength: 120,
        }),
        fc.constantFrom('dense', 'competition'),
        (units, method) => {
          const rows = units.map(([s, d, c], i) => [i + 1, `单位${i + 1}`, c, s, s, s, d]);
          const r = { layout: LAYOUTS[0], deductionHeader: DEDUCTION_HEADERS[0]!, withBonus: false };
          const settings = { method, decimals: '2', awards: '一等奖:10%:良好' };
          const sheets = [sheetOf(r, rows)];
          expect(outcome(sheets, settings, true)).toEqual(outcome(sheets, settings, false));
        },
      ),
      { seed: 7, numRuns: 100 },
    );
  });
});
