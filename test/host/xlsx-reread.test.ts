import { describe, expect, it } from 'vitest';
import { XlsxWorkbook, readWorkbook } from '../../src/host/xlsx';
import { runRanking } from '../../src/workflow/rank';
import { clerkWorkbook } from './helpers/workbooks';

describe('XlsxWorkbook reads again only what a plan replaced', () => {
  it('after a ranking, the clerk’s sheets come back as read before, PERF’s sheets as written, all as a fresh read gives them', async () => {
    const workbook = await XlsxWorkbook.open(await clerkWorkbook());
    const before = await workbook.readSheets();
    const run = runRanking(before, { sheet: '汇总', now: new Date(0) });
    if (!run.ok) throw new Error(run.problems[0]!.message);
    await workbook.apply(run.plan);
    const after = await workbook.readSheets();
    const summary = (sheets: typeof before) => sheets.find((s) => s.name === '汇总')!;
    // the clerk's summary was not written: its values were not parsed again
    expect(summary(after).values).toBe(summary(before).values);
    // and everything equals what reading the written file from scratch gives
    const fresh = await readWorkbook(await workbook.toBytes());
    expect(after).toEqual(fresh);
    expect(after.map((s) => s.name)).toEqual(expect.arrayContaining(['排名(2)', '表彰名单', '核对']));
  });
});
