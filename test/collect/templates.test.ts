import { describe, expect, it } from 'vitest';
import { collect } from '../../src/collect';
import { readWorkbook } from '../../src/host/xlsx';
import { findTemplate, templatePlan } from '../../src/templates';
import { templateWorkbook } from '../../src/templates/write-template';
import { blankWorkbook } from '../../src/templates/blank-workbook';
import { applyPlan } from '../../src/host/xlsx/xlsx-workbook';

/**
 * PERF's own templates are recognised exactly. The 任务分解表 template's samples, worked by hand
 * (seed 004 篇四): 办公室 40 (完成率 12/12 × 40) + 24 (较好 = 80% × 30) + 0 (是否完成: 否) = 64;
 * 公路科 40 (区间计分 (70 − 50)/(75 − 50) × 50) + 15 (完成率 1/2 × 30) + 20 (是) = 75.
 * Its 科室小计（百分制） block gives each section's 业绩, which fills the bureau summary's
 * 业绩（60%） column (B) of the same 科室.
 */
describe('collecting PERF’s own templates', () => {
  it('a filled 任务分解表 gives each 科室’s 百分制得分 as its 业绩 in the bureau summary', async () => {
    const plan = templatePlan(findTemplate('综合评估汇总'), { variant: 'bureau' });
    const summarySheet = plan.sheets.find((s) => s.name === '综合评估汇总')!;
    const header = summarySheet.rows.findIndex((r) => r[0]?.value === '单位名称');
    // the clerk's summary waits for the sections: their 业绩 cells are empty
    for (const row of summarySheet.rows.slice(header + 1)) if (row[0]?.value === '办公室' || row[0]?.value === '公路科') row[1] = { value: null, style: 'input' };
    const { bytes: summary } = await applyPlan(await blankWorkbook(), plan, '汇总.xlsx');
    const { bytes: tasks } = await templateWorkbook(findTemplate('任务分解表'));

    const outcome = await collect({ name: '汇总.xlsx', sheets: await readWorkbook(summary) }, [{ name: '办公室-任务分解表.xlsx', bytes: async () => tasks }], {
      now: new Date(0),
      read: readWorkbook,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const filled = Object.fromEntries(outcome.filled.map((f) => [f.ref, f.value]));
    expect(filled).toEqual({ B4: 64, B5: 75 });
    expect(outcome.problems.filter((p) => p.kind !== 'missing')).toEqual([]);
  });
});
