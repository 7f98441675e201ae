import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fastPaths } from '../../src/engine/fast-paths';
import { snapshotEntries, snapshotOf } from '../../src/sheet/publish/snapshot';
import type { SheetData } from '../../src/sheet/source-table';
import { runRanking } from '../../src/workflow/rank';

/**
 * The 校验快照 lists each unit's values as the engine read them. Its fast path writes a score the
 * fast path read from that path's numbers, not from the cell: for every kind of cell a clerk's
 * sheet holds (doubles of 16–17 digits, tiny and large ones, texts, "90分", blanks, a negative
 * deduction) it must write the entries the definition writes from the cells.
 */
const cell = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom(0.1 + 0.2, 89.99999999999999, 1e-7, 5e-324, 0, 100, 99.995, 80.00000000000001),
  fc.constantFrom('90分', '８５', ' 88 ', '(80)', '', null, '优', '95%'),
);

function sheet(rows: (string | number | null)[][]): SheetData {
  return {
    name: '汇总',
    values: [['序号', '单位名称', '类别', '甲(40%)', '乙(60%)', '扣分'], ...rows.map((r, i) => [i + 1, `单位${i + 1}`, i % 2 ? '一类' : '二类', ...r])],
    merges: [],
    perfKind: null,
  };
}

function entries(sheets: SheetData[], fast: boolean) {
  fastPaths.enabled = fast;
  const o = runRanking(sheets, { now: new Date('2026-12-01T00:00:00Z') });
  return o.ok ? snapshotEntries(snapshotOf(o.result)) : null;
}

describe('the 校验快照 of the values read', () => {
  afterEach(() => {
    fastPaths.enabled = true;
  });

  it('is the same from the fast path’s numbers as from the cells, whatever the cells hold', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, fc.oneof(cell, fc.constantFrom(-1, 2.5, '3分'))), { minLength: 1, maxLength: 20 }), (rows) => {
        const sheets = [sheet(rows)];
        const fast = entries(sheets, true);
        expect(fast).toEqual(entries(sheets, false));
        if (fast) compared++;
      }),
      { seed: 20261202, numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(200);
  });

  it('lists a score as the decimal Excel shows, worked by hand', () => {
    const e = entries([sheet([[0.1 + 0.2, '90分', 1.5]])], true)!;
    expect(e.find((x) => x.key === '单位 二类/单位1')!.value).toBe('["0.3","90","1.5"]');
  });
});
