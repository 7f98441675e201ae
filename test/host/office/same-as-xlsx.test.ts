import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/host/xlsx';
import type { WritePlan } from '../../../src/sheet/plan';
import { runRanking } from '../../../src/workflow/rank';
import { featureSheet, handedOverSheet } from '../contract/feature-plans';
import type { MakeHost, WorkbookView } from '../contract/view';
import { makeXlsxHost } from '../contract/xlsx-view';
import { fullPlan, trimValues } from '../helpers/plans';
import { clerkWorkbook, withChart } from '../helpers/workbooks';
import { makeOfficeHost } from './office-view';

/**
 * The Office.js host and the .xlsx host given the same clerk's workbook and the same plans
 * end with the same workbook, sheet by sheet: values, merges, names, freeze, print set-up,
 * rules, protection, sizes and the looks of every cell PERF wrote.
 */
const PLANS: [string, WritePlan[]][] = [
  ['the ranking, awards and scheme sheets, twice', [fullPlan(), fullPlan()]],
  ['formulas, rules, protection, scale and breaks', [{ sheets: [featureSheet()] }]],
  [
    'a handed-over sheet and the record',
    [{ sheets: [handedOverSheet()], record: [{ sheet: '综合评估汇总', cell: 'B2', what: 'added', value: 90, source: '模板' }] }, { sheets: [handedOverSheet(undefined, '第二次')] }],
  ],
];

async function after(make: MakeHost, plans: WritePlan[]): Promise<WorkbookView> {
  const h = await make(withChart(await clerkWorkbook()));
  for (const p of plans) await h.host.apply(p);
  return h.view();
}

function summary(view: WorkbookView) {
  return view.sheets.map((data) => {
    const s = view.sheet(data.name);
    const rows = trimValues(data.values);
    const refs = rows.flatMap((row, r) => row.map((_, c) => `${String.fromCharCode(65 + c)}${r + 1}`));
    const perf = data.perfKind !== null || ['综合评估汇总', '综合评估汇总(2)'].includes(data.name);
    return {
      name: data.name,
      perfKind: data.perfKind,
      visibility: s.visibility,
      // a formula cell without a cached result: the .xlsx reader gives its text, the double (which does not calculate) nothing
      values: rows.map((row, r) => row.map((v, c) => (v === null || (typeof v === 'string' && v.startsWith('=')) ? (s.formula(`${String.fromCharCode(65 + c)}${r + 1}`) ? '(formula)' : null) : v))),
      merges: [...data.merges].map((m) => JSON.stringify(m)).sort(),
      // the clerk's sheets keep their own settings; only what PERF wrote is compared
      ...(perf
        ? {
            freeze: s.freeze,
            print: s.print,
            validations: s.validations,
            conditionalFormats: s.conditionalFormats,
            protection: s.protection,
            widths: Array.from({ length: Math.max(8, ...rows.map((row) => row.length)) }, (_, c) => s.columnWidthPoints(c)),
            heights: Array.from({ length: rows.length }, (_, r) => s.rowHeight(r)),
            looks: refs.map((ref) => [ref, s.fill(ref), s.bold(ref), s.locked(ref), s.numFmt(ref), s.formula(ref)]),
          }
        : {}),
    };
  });
}

const names = (view: WorkbookView) =>
  view.names
    .filter((n) => !n.name.startsWith('_xlnm.'))
    .map((n) => `${n.sheet ?? ''}|${n.name}|${n.formula}`)
    .sort();

/** The plan the pipeline makes for the clerk's workbook (排名, 表彰名单, 核对 with their breaks, merges and heights). */
async function rankingPlan(): Promise<WritePlan> {
  const sheets = await readWorkbook(withChart(await clerkWorkbook()));
  const outcome = runRanking(sheets, { settings: { awards: '一等奖:1:良好,二等奖:25%' }, now: new Date('2026-12-01T00:00:00Z') });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.plan;
}

describe('the Office.js host and the .xlsx host write the same workbook', () => {
  it("for the pipeline's own ranking of the clerk's summary", async () => {
    const plan = await rankingPlan();
    expect(plan.sheets.map((p) => p.name)).toEqual(expect.arrayContaining(['排名', '表彰名单']));
    // a plan each: a host that reads a block's rows makes them cells, and the other would write those
    const [office, xlsx] = await Promise.all([after(makeOfficeHost, [plan]), after(makeXlsxHost, [await rankingPlan()])]);
    expect(summary(office)).toEqual(summary(xlsx));
    expect(names(office)).toEqual(names(xlsx));
  });

  it.each(PLANS)('%s', async (_, plans) => {
    const [office, xlsx] = await Promise.all([after(makeOfficeHost, plans), after(makeXlsxHost, plans)]);
    expect(summary(office)).toEqual(summary(xlsx));
    expect(names(office)).toEqual(names(xlsx));
  });
});
