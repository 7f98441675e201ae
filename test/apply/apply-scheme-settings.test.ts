import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import type { Scheme } from '../../src/engine/scheme/types';
import { applyPlan, XlsxWorkbook } from '../../src/host/xlsx';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import type { SheetData } from '../../src/sheet/source-table';
import { proposeApply } from '../../src/workflow/apply';
import { runRanking } from '../../src/workflow/rank';
import { recalculated as recalculatedAll, hasSoffice } from '../templates/libreoffice-recalc';
import { withoutCachedResults } from './recalc';

/**
 * 套用 onto a workbook with a 方案 sheet: the rank formulas read its 排名方式 and 分类排名, the
 * grade formulas its 一票否决效果, so that changing them there (PERF's 方案 editor rewrites
 * the sheet) recomputes. Expectations worked by hand in the READMEs of
 * test/fixtures/apply-summary-missing and apply-summary-empty (“改动方案”).
 */
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', name, 'input.xlsx')));

async function applied(bytes: Uint8Array, sheet: string, options: Parameters<typeof proposeApply>[1] = {}) {
  const wb = await XlsxWorkbook.open(bytes, 'input.xlsx');
  const outcome = proposeApply(await wb.readSheets(), { sheet, ...options });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  await wb.apply(outcome.plan);
  return { bytes: await wb.toBytes(), proposal: outcome.proposal };
}

/** The 方案 sheet rewritten with one setting changed, as the pane's 方案 editor writes it. */
async function withScheme(bytes: Uint8Array, change: (s: Scheme) => void): Promise<Uint8Array> {
  const sheets = await (await XlsxWorkbook.open(bytes)).readSheets();
  const scheme = schemeFromSheet(sheets.find((s) => s.name === '方案')!).scheme;
  change(scheme);
  return (await applyPlan(bytes, { sheets: [schemeToSheetPlan(scheme)] })).bytes;
}

function column(sheets: SheetData[], sheet: string, col: number, rows: [number, number]): unknown[] {
  const s = sheets.find((x) => x.name === sheet)!;
  return s.values.slice(rows[0] - 1, rows[1]).map((r) => r?.[col] ?? '');
}

/** Every unit's grade and rank as `perf rank` gives them on these sheets, in row order. */
function engine(sheets: SheetData[], sheet: string): { grades: unknown[]; ranks: unknown[] } {
  const r = runRanking(sheets, { sheet, now: new Date(Date.UTC(2026, 0, 5)) });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  const units = [...r.result.units].sort((a, b) => a.row - b.row);
  return { grades: units.map((u) => u.grade ?? ''), ranks: units.map((u) => u.rank ?? '') };
}

describe('套用 with a 方案 sheet: its settings reach the formulas', () => {
  let missing: Awaited<ReturnType<typeof applied>>;
  let empty: Awaited<ReturnType<typeof applied>>;
  beforeAll(async () => {
    missing = await applied(fixture('apply-summary-missing'), '部门汇总');
    const withSchemeSheet = (await applyPlan(fixture('apply-summary-empty'), { sheets: [schemeToSheetPlan(defaultScheme())] })).bytes;
    empty = await applied(withSchemeSheet, '综合评估汇总');
  });

  it('the rank formula reads 方案’s 排名方式 and 分类排名 cells, the grade formula its 一票否决效果 cell', async () => {
    const sheets = await (await XlsxWorkbook.open(missing.bytes)).readSheets();
    const scheme = sheets.find((s) => s.name === '方案')!;
    const label = (ref: string) => {
      const m = /\$([A-Z]+)\$(\d+)/.exec(ref)!;
      return scheme.values[Number(m[2]) - 1]![0];
    };
    const rank = missing.proposal.cells.find((c) => c.kind === 'rank')!.formula!;
    expect(new Set([...rank.matchAll(/'方案'!\$[A-Z]+\$\d+/g)].map((m) => label(m[0])))).toEqual(new Set(['分类排名', '排名方式']));
    const emptySheets = await (await XlsxWorkbook.open(empty.bytes)).readSheets();
    const grade = empty.proposal.cells.find((c) => c.kind === 'grade')!.formula!;
    const gradeRefs = [...grade.matchAll(/'方案'!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?/g)].map((m) => [m[0], emptySheets.find((s) => s.name === '方案')!.values[Number(m[2]) - 1]![0]]);
    // the veto's effect, the decimals, and the bands (优秀 … 较差, label then lower bound) as PERF_等次表 holds them
    expect(new Set(gradeRefs.map(([, label]) => label))).toEqual(new Set(['一票否决效果', '保留小数', '优秀']));
    expect(gradeRefs.find(([, label]) => label === '优秀')![0]).toMatch(/^'方案'!\$A\$\d+:\$B\$\d+$/);
    expect(missing.proposal.columns.find((c) => c.kind === 'rank')!.how).toMatch(/分类排名.*现为“是”/);
  });

  it('without a 方案 sheet, or with the rules from elsewhere, the formulas keep the scheme’s constants', async () => {
    const none = await applied(fixture('apply-summary-empty'), '综合评估汇总');
    expect(none.proposal.cells.some((c) => c.formula?.includes('方案'))).toBe(false);
    const flagged = await applied(fixture('apply-summary-missing'), '部门汇总', { settings: { method: 'competition' } });
    expect(flagged.proposal.cells.some((c) => c.formula?.includes('方案'))).toBe(false);
  });

  describe.skipIf(!hasSoffice && !process.env.CI)('recalculated by LibreOffice after changing 方案', () => {
    let lo: SheetData[][];
    beforeAll(async () => {
      const files = [
        { name: 'overall-dense.xlsx', bytes: await withScheme(missing.bytes, (s) => (s.ranking.byCategory = false)) },
        { name: 'overall-competition.xlsx', bytes: await withScheme(missing.bytes, (s) => ((s.ranking.byCategory = false), (s.ranking.method = 'competition'))) },
        { name: 'veto-exclude.xlsx', bytes: await withScheme(empty.bytes, (s) => (s.veto.effect = 'exclude')) },
        { name: 'veto-both.xlsx', bytes: await withScheme(empty.bytes, (s) => (s.veto.effect = 'both')) },
        {
          name: 'cap5-band81.xlsx',
          bytes: await withScheme(missing.bytes, (s) => {
            s.deductionCap = '5';
            s.bands.find((b) => b.label === '良好')!.min = '81';
          }),
        },
      ];
      lo = await recalculatedAll(files.map((f) => ({ name: f.name, bytes: withoutCachedResults(f.bytes) })));
    }, 300_000);

    it('分类排名 否: all eight departments ranked together, dense and then competition (README)', () => {
      // rows 3–10: 发改委 94.75, 财政局 89.5, 商务局 89.5, 民政局 89.63, 教育局 94, 卫健委 80, 市场监管局 85, 城管局 59
      expect(column(lo[0]!, '部门汇总', 9, [3, 10])).toEqual([1, 4, 4, 3, 2, 6, 5, 7]);
      expect(column(lo[1]!, '部门汇总', 9, [3, 10])).toEqual([1, 4, 4, 3, 2, 7, 6, 8]);
      expect(engine(lo[0]!, '部门汇总').ranks).toEqual([1, 4, 4, 3, 2, 6, 5, 7]);
      expect(engine(lo[1]!, '部门汇总').ranks).toEqual([1, 4, 4, 3, 2, 7, 6, 8]);
    });

    it('扣分上限 5 and 良好 from 81: 教育局 loses all 4 (93), 卫健委 80.00 is 一般; ranks as before (README)', () => {
      expect(column(lo[4]!, '部门汇总', 7, [3, 10])).toEqual([94.75, 89.5, 89.5, 89.63, 93, 80, 85, 59]);
      expect(column(lo[4]!, '部门汇总', 8, [3, 10])).toEqual(['优秀', '良好', '良好', '良好', '优秀', '一般', '良好', '较差']);
      expect(column(lo[4]!, '部门汇总', 9, [3, 10])).toEqual([1, 2, 2, 2, 1, 3, 1, 2]);
      expect(engine(lo[4]!, '部门汇总')).toEqual({ grades: ['优秀', '良好', '良好', '良好', '优秀', '一般', '良好', '较差'], ranks: [1, 2, 2, 2, 1, 3, 1, 2] });
    });

    it('一票否决效果 取消评优资格: 北湖县 keeps 优秀; 降低一个等次并取消评优资格 lowers it to 良好 (README)', () => {
      expect(column(lo[2]!, '综合评估汇总', 13, [3, 9])).toEqual(['优秀', '良好', '良好', '优秀', '一般', '良好', '']);
      expect(column(lo[3]!, '综合评估汇总', 13, [3, 9])).toEqual(['优秀', '良好', '良好', '良好', '一般', '良好', '']);
      // N7 is the clerk's own 一般; perf rank grades 青林县 66.85 一般 too
      expect(engine(lo[2]!, '综合评估汇总').grades).toEqual(['优秀', '良好', '良好', '优秀', '一般', '良好', '']);
      expect(engine(lo[3]!, '综合评估汇总').grades).toEqual(['优秀', '良好', '良好', '良好', '一般', '良好', '']);
    });
  });
});
