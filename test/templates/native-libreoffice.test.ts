import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/host/xlsx';
import { runRanking } from '../../src/workflow/rank';
import { blankWorkbook } from '../../src/templates/blank-workbook';
import type { WritePlan } from '../../src/sheet/plan';
import { hasSoffice, recalculated, sheetOf } from './libreoffice-recalc';
import { NATIVE_ROWS, nativePlan, nativePlanWithBand } from './native-sample';

async function file(name: string, plan: WritePlan) {
  return { name, bytes: (await applyPlan(await blankWorkbook(), plan, name)).bytes };
}

/** Columns 总分…扣分（封顶3） of the sample's 汇总 as LibreOffice computed them, by unit. */
function results(sheets: Awaited<ReturnType<typeof recalculated>>[number]) {
  const s = sheetOf(sheets, '汇总');
  return Object.fromEntries(NATIVE_ROWS.map((u, i) => [u[0], (s.values[i + 1] ?? []).slice(7, 13).map((v) => v ?? '')]));
}

function stalePlan(): WritePlan {
  const sheet = nativePlan().sheets[1];
  return { sheets: [{ ...sheet, rows: [[{ value: 5, formula: '1+1' }]], freeze: null }] };
}

describe.skipIf(!hasSoffice && !process.env.CI)('native formulas recalculated by LibreOffice (README: 原生公式样例)', () => {
  it('give the hand-worked totals, grades and ranks, and follow changes on 方案', async () => {
    const files = await Promise.all([
      file('native.xlsx', nativePlan()),
      file('native-decimals0.xlsx', nativePlan({ label: '保留小数', value: 0 })),
      file('native-cap5.xlsx', nativePlan({ label: '扣分上限', value: 5 })),
      file('native-band81.xlsx', nativePlanWithBand('良好', 81)),
      file('stale.xlsx', stalePlan()),
      file('native-dense.xlsx', nativePlan({ label: '排名方式', value: '中国式排名' })),
    ]);
    const sheets = await recalculated(files);
    // a cached value the formula does not give is recalculated on load, not kept
    expect(sheetOf(sheets[4], '汇总').values[0]).toEqual([2]);
    const [base, decimals0, cap5, band81] = sheets.slice(0, 4).map(results);
    expect(base).toEqual({
      甲一: [90, '优秀', '优秀', 1, 1, 0],
      甲二: [80, '良好', '良好', 3, 2, 0],
      甲三: [78, '一般', '一般', 4, 3, 3],
      甲四: [90, '良好', '优秀', 1, 1, 0],
      乙一: [64, '一般', '一般', 1, 1, 0],
      乙二: [59.6, '较差', '较差', 3, 2, 0],
      乙三: [64, '一般', '一般', 1, 1, 0],
      乙四: ['', '', '', '', '', 0],
    });
    expect(decimals0.乙二).toEqual([60, '一般', '一般', 3, 2, 0]);
    expect({ ...decimals0, 乙二: base.乙二 }).toEqual(base);
    expect(cap5.甲三).toEqual([77, '一般', '一般', 4, 3, 3]);
    expect(band81.甲二).toEqual([80, '一般', '良好', 3, 2, 0]);
    expect(band81.甲四).toEqual([90, '良好', '优秀', 1, 1, 0]);

    // PERF's engine, reading the recalculated file (its 方案 sheet included), agrees on every row
    const dense = results(sheets[5]);
    for (const [i, variant, rankColumn] of [[0, base, 3], [1, decimals0, 3], [2, cap5, 3], [3, band81, 3], [5, dense, 4]] as const) {
      const r = runRanking(sheets[i], { now: new Date('2026-01-05T00:00:00Z'), sheet: '汇总' });
      if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
      const engine = Object.fromEntries(r.result.units.map((u) => [u.name, [u.total === null ? '' : u.total.toNumber(), u.grade ?? '', u.rank ?? '']]));
      const native = Object.fromEntries(Object.entries(variant).map(([unit, v]) => [unit, [v[0], v[1], v[rankColumn]]]));
      expect(engine, files[i].name).toEqual(native);
    }
  }, 300_000);
});
