import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/engine/cell';
import type { MergeRange, SheetData } from '../../../src/sheet/source-table';
import { findSummaryTable } from '../../../src/sheet/table';
import { bureau, cityDepartments, countySummary, messy, township, unitNames } from './fixtures';

const SEEDS = [countySummary, cityDepartments, township, bureau, messy];

/** Rows a clerk puts above a table: blank rows and titles, sometimes merged across. */
const rowAbove = fc.oneof(
  fc.constant({ values: [] as CellValue[], merged: false }),
  fc.constantFrom('2023年度绩效考评结果', '填报单位：县绩效办', '单位：分', '（按总分排序）', '各县(区)考评总分汇总').map((t) => ({
    values: [t] as CellValue[],
    merged: false,
  })),
  fc.constantFrom('XX市人民政府绩效考评委员会办公室', '附件2').map((t) => ({ values: [t] as CellValue[], merged: true })),
);

/** Rows a clerk leaves under a table. */
const rowBelow = fc.constantFrom<CellValue[]>(
  [],
  ['合计', null, 100, 100],
  [null, '小计', 50],
  ['平均分', null, 88.5],
  ['备注：本表得分经公示无异议'],
  ['说明：总分保留两位小数'],
  ['制表人：', null, '审核人：', null, '日期：'],
  [null, '1. 一票否决单位降一个等次'],
);

function withRows(sheet: SheetData, above: { values: CellValue[]; merged: boolean }[], below: CellValue[][]): SheetData {
  const shift = above.length;
  const moved = (m: MergeRange): MergeRange => ({ ...m, top: m.top + shift, bottom: m.bottom + shift });
  const titleMerges = above.flatMap((r, i) => (r.merged ? [{ top: i, left: 0, bottom: i, right: 5 }] : []));
  return {
    ...sheet,
    values: [...above.map((r) => r.values), ...sheet.values, ...below],
    merges: [...titleMerges, ...sheet.merges.map(moved)],
  };
}

const columnsOf = (s: SheetData) => findSummaryTable(s)!.columns;

describe('property: the table found does not depend on what surrounds it', () => {
  it('blank and title rows above, stray rows below: same columns, same unit names', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.array(rowAbove, { maxLength: 5 }),
        fc.array(rowBelow, { maxLength: 5 }),
        (make, above, below) => {
          const plain = findSummaryTable(make())!;
          const surrounded = findSummaryTable(withRows(make(), above, below))!;
          expect(surrounded.columns).toEqual(plain.columns);
          expect(unitNames(surrounded)).toEqual(unitNames(plain));
          expect(surrounded.headerRows).toEqual(plain.headerRows.map((r) => r + above.length));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sanity: the five seeds each have their columns', () => {
    for (const make of SEEDS) expect(columnsOf(make()).some((c) => c.role === 'unit')).toBe(true);
  });
});
