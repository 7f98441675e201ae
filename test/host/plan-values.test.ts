import { describe, expect, it } from 'vitest';
import { readWorkbook, XlsxWorkbook } from '../../src/host/xlsx';
import { planValues } from '../../src/host/xlsx/plan-values';
import type { SheetPlan } from '../../src/sheet/plan';
import { runRanking } from '../../src/workflow/rank';
import { rankingSheet } from './helpers/plans';
import { clerkWorkbook } from './helpers/workbooks';

/**
 * After a ranking the workbook knows its new sheets from the plan (planValues) instead of
 * parsing what it has just written: the values and merges must be exactly what parsing the
 * written part gives, for blocks and plain rows, numbers, texts, blanks and merges alike.
 */
async function parsedBack(sheets: SheetPlan[]) {
  const workbook = await XlsxWorkbook.open(await clerkWorkbook(), 'clerk.xlsx');
  const report = await workbook.apply({ sheets });
  const read = await readWorkbook(await workbook.toBytes());
  return sheets.map((s) => {
    const actual = report.written.find((w) => w.planned === s.name)!.actual;
    const got = read.find((r) => r.name === actual)!;
    return { values: got.values, merges: got.merges };
  });
}

describe('a planned sheet read back', () => {
  it('is the ranking sheets as parsed from the written parts: every value, hole and merge', async () => {
    const outcome = runRanking(await readWorkbook(await clerkWorkbook()), { settings: { awards: '一等奖:1:良好,二等奖:25%' }, now: new Date('2026-12-01T00:00:00Z') });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const sheets = outcome.plan.sheets;
    const expected = await parsedBack(sheets);
    expect(sheets.map(planValues)).toEqual(expected);
    // the check sheet's snapshot rows are among them, merged across
    expect(expected[2]!.merges.length).toBeGreaterThan(10);
  });

  it('is a plain plan as parsed, its blanks, empty texts and odd numbers included', async () => {
    const odd: SheetPlan = {
      ...rankingSheet([], '杂项'),
      rows: [
        [{ value: '标题', style: 'title' }, { value: null, style: 'title' }, { value: '', style: 'text' }],
        [],
        [{ value: -0 }, { value: 0.1 + 0.2 }, { value: 1e21 }, { value: Infinity }, { value: true }, { value: false }],
        [{ value: 'a_x000D_b' }, { value: '换行\n与\t制表' }, { value: ' 前后有空格 ' }, { value: '\u0001控制' }],
        Array.from({ length: 80 }, (_, c) => ({ value: c === 0 || c === 79 ? c : null })),
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 4, left: 5, bottom: 4, right: 5 },
        { top: 3, left: 1, bottom: 4, right: 2 },
      ],
    };
    const sheets = [rankingSheet(), odd];
    expect(sheets.map(planValues)).toEqual(await parsedBack(sheets));
    // a formula reads back as the file writes it: such a sheet is left to the reader
    expect(planValues({ ...odd, rows: [[{ value: null, formula: 'A1' }]] })).toBeNull();
  });
});

describe('reading again after a ranking', () => {
  it('gives the new sheets as a fresh read of the written file does, without parsing them', async () => {
    const clerk = await clerkWorkbook();
    const outcome = runRanking(await readWorkbook(clerk), { now: new Date('2026-12-01T00:00:00Z') });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const workbook = await XlsxWorkbook.open(clerk, 'clerk.xlsx');
    await workbook.readSheets();
    await workbook.apply(outcome.plan);
    const again = await workbook.readSheets();
    expect(again).toEqual(await readWorkbook(await workbook.toBytes()));
    // the same values objects as the plan gave, twice: nothing parsed in between
    expect((await workbook.readSheets()).map((s) => s.values)).toEqual(again.map((s) => s.values));
    const ranking = again.find((s) => s.name === '排名')!;
    expect((await workbook.readSheets()).find((s) => s.name === '排名')!.values).toBe(ranking.values);
  });
});
