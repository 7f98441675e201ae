import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { cellRef } from '../../src/sheet/address';
import type { SheetData } from '../../src/sheet/source-table';
import { proposeApply, proposeUndo } from '../../src/workflow/apply';
import { runRanking } from '../../src/workflow/rank';
import { dumpSheet, sheetList } from './cells';
import { hasSoffice, recalculated } from './recalc';

/** 套用 under a two-row header (test/fixtures/apply-summary-two-row/README.md works every cell by hand). */
const SHEET = '乡镇汇总';
const input = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'apply-summary-two-row', 'input.xlsx')));
const ADDED: Record<string, string | number | null> = {
  H2: '总分', H3: null, I2: '等次', I3: null, J2: '排名', J3: null,
  H4: 90, H5: 81, H6: 78, H7: 93, H8: 72,
  I4: '优秀', I5: '良好', I6: '一般', I7: '良好', I8: '一般',
  J4: 2, J5: 3, J6: 4, J7: 1, J8: 5,
};

const at = (sheets: SheetData[], ref: string) => {
  const m = /^([A-Z])(\d+)$/.exec(ref)!;
  return sheets.find((s) => s.name === SHEET)!.values[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65] ?? null;
};

describe('套用 on a two-row header', () => {
  let applied: Uint8Array;
  let undone: Uint8Array;
  let added: string[];
  beforeAll(async () => {
    const wb = await XlsxWorkbook.open(input);
    const outcome = proposeApply(await wb.readSheets(), {});
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
    added = outcome.proposal.cells.map((c) => cellRef(c.row, c.column));
    await wb.apply(outcome.plan);
    applied = await wb.toBytes();
    const again = await XlsxWorkbook.open(applied);
    const undo = proposeUndo(await again.readSheets());
    if (!undo.ok) throw new Error(undo.problems.map((p) => p.message).join('\n'));
    await again.apply(undo.plan);
    undone = await again.toBytes();
  });

  it('adds exactly the hand-worked cells, the new headers merged down as 备注 is', async () => {
    expect(new Set(added)).toEqual(new Set(Object.keys(ADDED)));
    expect(added).toHaveLength(21);
    const sheets = await (await XlsxWorkbook.open(applied)).readSheets();
    for (const [ref, v] of Object.entries(ADDED)) expect([ref, at(sheets, ref)]).toEqual([ref, v]);
    const before = dumpSheet(input, SHEET);
    const after = dumpSheet(applied, SHEET);
    expect(after.merges).toEqual([...before.merges, 'H2:H3', 'I2:I3', 'J2:J3']);
    for (const col of ['H', 'I', 'J']) for (const row of [2, 3]) expect(after.cells.get(`${col}${row}`)!.look).toBe(before.cells.get(`G${row}`)!.look);
    // the one-click ranking reads the header as it now stands, and agrees
    const ranked = runRanking(sheets, { sheet: SHEET, now: new Date(Date.UTC(2026, 0, 5)) });
    if (!ranked.ok) throw new Error(ranked.problems.map((p) => p.message).join('\n'));
    expect(ranked.result.units.map((u) => [u.name, Number(u.total!.toFixed()), u.grade, u.rank])).toEqual(
      [4, 5, 6, 7, 8].map((r) => [at(sheets, `B${r}`), ADDED[`H${r}`], ADDED[`I${r}`], ADDED[`J${r}`]]),
    );
  });

  it('撤销本次套用 restores the sheet and the workbook exactly: cells, merges, rows, used range, sheet list', () => {
    const before = dumpSheet(input, SHEET);
    const after = dumpSheet(undone, SHEET);
    expect(after.cells).toEqual(before.cells);
    expect(after.merges).toEqual(before.merges);
    expect(after.rest).toBe(before.rest);
    expect(after.dimension).toBe(before.dimension);
    expect(after.rows).toEqual(before.rows);
    expect(sheetList(undone)).toEqual(sheetList(input));
  });

  it.skipIf(!hasSoffice && !process.env.CI)('computes the hand-worked results in LibreOffice Calc, from the formulas alone', async () => {
    const sheets = await recalculated(applied, 'two-row.xlsx');
    for (const [ref, v] of Object.entries(ADDED)) if (v !== null) expect([ref, at(sheets, ref)]).toEqual([ref, v]);
  }, 240_000);
});
