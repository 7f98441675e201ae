import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine/cell';
import { SheetRows } from '../../src/host/xlsx/sheet-rows';

/** The rule, written the plain way: a row grows as its cells come, short gaps padded with null. */
function placedPlainly(cells: { row: number; col: number; value: CellValue }[]): CellValue[][] {
  const values: CellValue[][] = [];
  for (const { row, col, value } of cells) {
    const r = (values[row] ??= []);
    if (col - r.length <= 64) while (r.length < col) r.push(null);
    r[col] = value;
  }
  return values;
}

/** Holes and nulls told apart, so that "a long gap is a hole" is checked too. */
const shape = (values: CellValue[][]) =>
  Array.from(values, (row, i) => (i in values ? Array.from(row, (v, j) => (j in row ? v : '<hole>')) : '<no row>'));

describe('the rows a worksheet reader builds', () => {
  it('are the same as placing each cell into its row, in any order, with any gaps', () => {
    const cell = fc.record({ row: fc.nat({ max: 6 }), col: fc.oneof(fc.nat({ max: 10 }), fc.integer({ min: 60, max: 80 }), fc.integer({ min: 60, max: 200 })), value: fc.oneof(fc.double(), fc.string(), fc.boolean()) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.boolean(), (cells, inOrder) => {
        const sorted = inOrder ? [...cells].sort((a, b) => a.row - b.row || a.col - b.col) : cells;
        const rows = new SheetRows();
        for (const c of sorted) rows.place(c.row, c.col, c.value);
        expect(shape(rows.done())).toEqual(shape(placedPlainly(sorted)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a stray far cell to one entry and a row read twice whole', () => {
    const rows = new SheetRows();
    rows.place(0, 0, '单位');
    rows.place(0, 2, 91.5);
    rows.place(1, 500, 'x');
    rows.place(0, 3, 1);
    const values = rows.done();
    expect(values[0]).toEqual(['单位', null, 91.5, 1]);
    expect(Object.keys(values[1]!)).toEqual(['500']);
  });
});
