import { describe, expect, it } from 'vitest';
import { cellAddress } from '../../src/sheet/address';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { ECON, MARKET, SOCIAL, planToSheet, rowWhere, seed002Departments, setCell } from './fixtures';

const at = (r: number, c: number) => cellAddress('方案', r, c);

/** The 方案 sheet of seed 002's departments: 综合奖 one row per category, 最低等次 in column E. */
function departments() {
  const sheet = planToSheet(schemeToSheetPlan(seed002Departments()));
  return { sheet, row: (cat: string) => rowWhere(sheet, 2, cat) };
}

describe('最低等次 on the category rows of one award (the model has one per award)', () => {
  it('a different grade on one category row blocks the run, naming that cell and the first row', () => {
    const { sheet, row } = departments();
    setCell(sheet, at(row(SOCIAL), 4), '良好');
    const { errors } = schemeFromSheet(sheet);
    expect(errors.map((e) => e.cell)).toEqual([at(row(SOCIAL), 4)]);
    expect(errors[0].message).toContain(`“综合奖”这一类别的最低等次“良好”与第一行（${at(row(ECON), 4)}）的“优秀”不同：同一奖项在各类别只能有一个最低等次`);
    expect(errors[0].message).toContain('另写成一条规则');
  });

  it('a grade that is not a band (方案!E44 = 特优) is reported with its cell', () => {
    const { sheet, row } = departments();
    setCell(sheet, at(row(MARKET), 4), '特优');
    const { errors } = schemeFromSheet(sheet);
    expect(errors.map((e) => e.cell)).toEqual([at(row(MARKET), 4)]);
    expect(errors[0].message).toContain('而且“特优”不是方案中的等次（优秀、良好、一般、较差）');
  });

  it('the same grade, written the same or left blank on the later rows, is fine', () => {
    const { sheet, row } = departments();
    setCell(sheet, at(row(SOCIAL), 4), null);
    setCell(sheet, at(row(MARKET), 4), '优秀');
    const { errors, warnings } = schemeFromSheet(sheet);
    expect([errors, warnings]).toEqual([[], []]);
  });
});
