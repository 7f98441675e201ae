import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { cellRef } from '../../src/sheet/address';
import type { SheetData } from '../../src/sheet/source-table';
import { readRecord } from '../../src/sheet/write/record';
import { proposeApply, proposeUndo } from '../../src/workflow/apply';
import { runRanking } from '../../src/workflow/rank';
import { changedParts, dumpSheet, sheetList } from './cells';
import { hasSoffice, recalculated } from './recalc';

/**
 * 套用到现有表格 on two summary sheets modelled on seed 002 and a task breakdown modelled on seed 004 篇四 (the README.md of test/fixtures/apply-summary-empty, apply-summary-missing and apply-tasks
 * works every expected cell out by hand): the exact cells added, every other cell (value
 * and look) unchanged, 撤销本次套用 restoring the sheet, and the formulas recalculated by
 * LibreOffice giving the hand-worked totals, grades and ranks that `perf rank` gives too.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', name, 'input.xlsx')));

interface Case {
  name: string;
  sheet: string;
  /** Hand-worked (README): every cell added, with the value it shows. */
  added: Record<string, string | number>;
  /** Cells whose formula computes to blank (a score not entered yet). */
  blank: string[];
  /** Hand-worked: the new columns' headers (cells that 套用 gives a look). */
  newColumns: string[];
  /** A summary the one-click ranking reads (a task breakdown is not one). */
  ranked: boolean;
}

const cases: Case[] = [
  {
    name: 'apply-summary-empty',
    sheet: '综合评估汇总',
    added: {
      M3: 90, M4: 87.5, M5: 87.5, M6: 92, M7: 66.85,
      N3: '优秀', N4: '良好', N5: '良好', N6: '良好', N8: '良好',
      O3: 2, O4: 3, O5: 3, O6: 1, O7: 6, O8: 5,
    },
    blank: ['M9', 'N9', 'O9'],
    newColumns: [],
    ranked: true,
  },
  {
    name: 'apply-summary-missing',
    sheet: '部门汇总',
    added: {
      H2: '总分', I2: '等次', J2: '排名',
      H3: 94.75, H4: 89.5, H5: 89.5, H6: 89.63, H7: 94, H8: 80, H9: 85, H10: 59,
      I3: '优秀', I4: '良好', I5: '良好', I6: '良好', I7: '优秀', I8: '良好', I9: '良好', I10: '较差',
      J3: 1, J4: 2, J5: 2, J6: 2, J7: 1, J8: 3, J9: 1, J10: 2,
    },
    blank: [],
    newColumns: ['H', 'I', 'J'],
    ranked: true,
  },
  {
    name: 'apply-tasks',
    sheet: '任务分解表',
    added: { I4: 20, I5: 28.5, I6: 15, I7: 16, I8: 10, I9: 89.5, I11: 17.46, I12: 0, I14: 52.92 },
    blank: [],
    newColumns: [],
    ranked: false,
  },
];

function valueAt(sheets: SheetData[], sheet: string, ref: string): unknown {
  const s = sheets.find((x) => x.name === sheet)!;
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = m[1]!.charCodeAt(0) - 65;
  return s.values[Number(m[2]) - 1]?.[col] ?? null;
}

describe.each(cases)('套用 on $name', (c) => {
  let input: Uint8Array;
  let applied: Uint8Array;
  let undone: Uint8Array;
  let addedRefs: string[];
  let undoCells: string[];
  beforeAll(async () => {
    input = fixture(c.name);
    const wb = await XlsxWorkbook.open(input, 'input.xlsx');
    const outcome = proposeApply(await wb.readSheets(), { sheet: c.sheet });
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
    addedRefs = outcome.proposal.cells.map((x) => cellRef(x.row, x.column));
    await wb.apply(outcome.plan);
    applied = await wb.toBytes();
    const again = await XlsxWorkbook.open(applied, 'applied.xlsx');
    const undo = proposeUndo(await again.readSheets());
    if (!undo.ok) throw new Error(undo.problems.map((p) => p.message).join('\n'));
    undoCells = undo.cells;
    await again.apply(undo.plan);
    undone = await again.toBytes();
  });

  it('adds exactly the hand-worked cells, nothing else', () => {
    expect(new Set(addedRefs)).toEqual(new Set([...Object.keys(c.added), ...c.blank]));
    expect(addedRefs).toHaveLength(Object.keys(c.added).length + c.blank.length);
  });

  it('shows the hand-worked values before any spreadsheet calculates them (cached results)', async () => {
    const sheets = await (await XlsxWorkbook.open(applied)).readSheets();
    for (const [ref, v] of Object.entries(c.added)) expect([ref, valueAt(sheets, c.sheet, ref)]).toEqual([ref, v]);
    for (const ref of c.blank) expect([ref, valueAt(sheets, c.sheet, ref)]).toEqual([ref, '']);
  });

  it('changes no cell that was there: every value, formula and look, the columns and merges', () => {
    const before = dumpSheet(input, c.sheet);
    const after = dumpSheet(applied, c.sheet);
    for (const [ref, cell] of before.cells) {
      if (addedRefs.includes(ref)) {
        // an empty cell the clerk had formatted keeps its look; only its content is new
        expect(cell.value === null && cell.formula === null, `${ref} was empty`).toBe(true);
        expect([ref, after.cells.get(ref)!.look, after.cells.get(ref)!.numFmt]).toEqual([ref, cell.look, cell.numFmt]);
      } else expect([ref, after.cells.get(ref)]).toEqual([ref, cell]);
    }
    for (const ref of after.cells.keys()) if (!before.cells.has(ref)) expect(addedRefs).toContain(ref);
    expect(after.cols).toBe(before.cols);
    expect(after.merges).toEqual(before.merges);
    expect(after.rest).toBe(before.rest);
  });

  it('gives new columns the look of the column to their left (number format aside)', () => {
    if (c.newColumns.length === 0) return;
    const after = dumpSheet(applied, c.sheet);
    const left = String.fromCharCode(c.newColumns[0]!.charCodeAt(0) - 1);
    for (const col of c.newColumns) {
      for (const row of [2, 3, 10]) expect([`${col}${row}`, after.cells.get(`${col}${row}`)!.look]).toEqual([`${col}${row}`, after.cells.get(`${left}${row}`)!.look]);
    }
    expect(after.cells.get(`${c.newColumns[2]}3`)!.numFmt).toBe('0');
    expect(after.cells.get(`${c.newColumns[0]}3`)!.numFmt).toBe('0.00');
  });

  it("touches no other part of the file but the workbook's sheet list, styles and PERF's record", () => {
    const changed = changedParts(input, applied);
    expect(changed.filter((p) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(p) || p === 'xl/worksheets/sheet1.xml')).toEqual(
      ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].filter((p) => changed.includes(p)),
    );
  });

  it('lists every cell it added in PERF’s record, and 撤销本次套用 takes back exactly those', async () => {
    const record = readRecord(await (await XlsxWorkbook.open(applied)).readSheets()).filter((e) => e.sheet === c.sheet && e.what === 'added');
    expect(new Set(record.map((e) => e.cell))).toEqual(new Set(addedRefs));
    expect(new Set(undoCells)).toEqual(new Set(addedRefs));
  });

  it('撤销本次套用 restores the sheet exactly: every cell, value and look, its rows and used range', async () => {
    const before = dumpSheet(input, c.sheet);
    const after = dumpSheet(undone, c.sheet);
    expect(new Map([...after.cells].map(([k, v]) => [k, v]))).toEqual(before.cells);
    expect(after.cols).toBe(before.cols);
    expect(after.merges).toEqual(before.merges);
    expect(after.rest).toBe(before.rest);
    expect(after.dimension).toBe(before.dimension);
    expect(after.rows).toEqual(before.rows);
    expect(readRecord(await (await XlsxWorkbook.open(undone)).readSheets())).toEqual([]);
  });

  it('撤销本次套用 leaves the workbook’s sheets as they were: PERF_RECORD, emptied, is gone with its part', () => {
    expect(sheetList(applied).sheets).toContain('PERF_RECORD (veryHidden)');
    expect(sheetList(undone)).toEqual(sheetList(input));
  });

  it.skipIf(!c.ranked)('gives what perf rank gives on the applied sheet', async () => {
    const sheets = await (await XlsxWorkbook.open(applied)).readSheets();
    const ranked = runRanking(sheets, { sheet: c.sheet, now: new Date(Date.UTC(2026, 0, 5)) });
    if (!ranked.ok) throw new Error(ranked.problems.map((p) => p.message).join('\n'));
    for (const u of ranked.result.units) {
      const s = sheets.find((x) => x.name === c.sheet)!;
      const row = s.values[u.row]!;
      const header = s.values[1]!;
      const col = (h: string) => header.indexOf(h);
      expect([u.name, u.total === null ? '' : Number(u.total.toFixed()), u.grade ?? '', u.rank ?? '']).toEqual([u.name, row[col('总分')] ?? '', row[col('等次')] ?? '', row[col('排名')] ?? '']);
    }
  });

  it.skipIf(!hasSoffice && !process.env.CI)('computes the hand-worked results in LibreOffice Calc, from the formulas alone', async () => {
    const sheets = await recalculated(applied, `${c.name}.xlsx`);
    for (const [ref, v] of Object.entries(c.added)) expect([ref, valueAt(sheets, c.sheet, ref)]).toEqual([ref, v]);
    for (const ref of c.blank) expect([ref, valueAt(sheets, c.sheet, ref) ?? '']).toEqual([ref, '']);
  }, 240_000);
});
