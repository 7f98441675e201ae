import { describe, expect, it } from 'vitest';
import { findSummaryTable } from '../../../src/sheet/table';
import { m, sheet, unitNames } from './fixtures';

const HEADER = ['序号', '单位', '指标考核(80%)', '公众评议(20%)', '总分'];

function read(rows: unknown[][], merges = [] as ReturnType<typeof m>[]) {
  return findSummaryTable(sheet('汇总', [HEADER, ...(rows as never[][])], merges))!;
}

describe('data rows and stray rows', () => {
  it.each(['合计', '小计', '总计', '平均', '平均分', '合 计'])('a %s row is passed over with the reason, units below it still read', (word) => {
    const t = read([[1, '甲局', 90, 80, 88], [word, null, 90, 80, 88], [2, '乙局', 85, 80, 84]]);
    expect(unitNames(t)).toEqual(['甲局', '乙局']);
    expect(t.skipped).toEqual([{ row: 2, reason: expect.stringContaining(word.replace(' ', '')) }]);
  });

  it('a 小计 written in the unit column is passed over too', () => {
    const t = read([[1, '甲局', 90, 80, 88], [null, '小计', 90, 80, 88]]);
    expect(unitNames(t)).toEqual(['甲局']);
    expect(t.skipped[0]!.row).toBe(2);
  });

  it.each(['备注：以上得分经公示无异议', '说明：总分保留两位小数', '注：加分经审核', '制表人：张三', '审核：李四'])(
    'a %s row ends the table: it and everything after it are passed over',
    (note) => {
      const t = read([[1, '甲局', 90, 80, 88], [note], [2, '1. 总分含加分', 90, null, null], [3, '乙局', 85, 80, 84]]);
      expect(unitNames(t)).toEqual(['甲局']);
      expect(t.skipped.map((s) => s.row)).toEqual([2, 3, 4]);
      expect(t.skipped[0]!.reason).toContain(note.slice(0, 2));
    },
  );

  it('a unit named 注册… or 审计局 is a unit, not a note', () => {
    const t = read([[1, '注册中心', 90, 80, 88], [2, '审计局', 90, 80, 88], [3, '审核中心', 90, 80, 88]]);
    expect(unitNames(t)).toEqual(['注册中心', '审计局', '审核中心']);
  });

  it('blank rows are passed over as 空行', () => {
    const t = read([[], [1, '甲局', 90, 80, 88], [null, '  ', null], [2, '乙局', 85, 80, 84]]);
    expect(unitNames(t)).toEqual(['甲局', '乙局']);
    expect(t.skipped).toEqual([{ row: 1, reason: '空行' }, { row: 3, reason: '空行' }]);
    expect(t.warnings).toEqual([]);
  });

  it('a row with scores but no unit name is passed over with a warning naming the cells', () => {
    const t = read([[1, '甲局', 90, 80, 88], [2, null, null, '８０分', 88]]);
    expect(unitNames(t)).toEqual(['甲局']);
    expect(t.warnings).toHaveLength(1);
    expect(t.warnings[0]!.cell).toBe('汇总!B3');
    expect(t.warnings[0]!.message).toContain('汇总!D3 公众评议 = “８０分”');
    expect(t.skipped).toEqual([{ row: 2, reason: expect.stringContaining('单位名称为空') }]);
  });

  it('a row with only a 序号 and no unit is passed over without a warning', () => {
    const t = read([[1, '甲局', 90, 80, 88], [2]]);
    expect(t.warnings).toEqual([]);
    expect(t.skipped).toEqual([{ row: 2, reason: '单位名称为空，也没有得分' }]);
  });

  it('a units row with blank scores is kept: blank is "not entered", for the ranking to report', () => {
    const t = read([[1, '甲局', null, null, null]]);
    expect(unitNames(t)).toEqual(['甲局']);
    expect(t.rows[0]!.cells).toEqual([1, '甲局', null, null, null]);
  });

  it('a heading merged across the table (一、经济调节类) is passed over', () => {
    const t = read([['一、经济调节类'], [1, '发改委', 90, 80, 88], ['二、社会管理类'], [2, '教育局', 85, 80, 84]], [m(1, 0, 1, 4), m(3, 0, 3, 4)]);
    expect(unitNames(t)).toEqual(['发改委', '教育局']);
    expect(t.skipped.map((s) => s.row)).toEqual([1, 3]);
  });

  it('a header repeated inside the table (printed pages) is passed over', () => {
    const t = read([[1, '甲局', 90, 80, 88], HEADER, [2, '乙局', 85, 80, 84]]);
    expect(unitNames(t)).toEqual(['甲局', '乙局']);
    expect(t.skipped).toEqual([{ row: 2, reason: '重复的表头行' }]);
  });

  it('every data row carries its whole row of raw values, padded to the sheet width', () => {
    const t = read([[1, '甲局', '９０', '80分']]);
    expect(t.rows).toEqual([{ row: 1, cells: [1, '甲局', '９０', '80分', null] }]);
  });
});

describe('numbered lines without scores', () => {
  it('"1. …" notes and unmerged "一、…" headings are passed over; the table goes on after a heading', () => {
    const t = read([['一、经济调节类'], [1, '发改委', 90, 80, 88], [null, '二、社会管理类'], [2, '教育局', 85, 80, 84], [null, '1. 一票否决单位降一个等次']]);
    expect(unitNames(t)).toEqual(['发改委', '教育局']);
    expect(t.skipped.map((s) => s.row)).toEqual([1, 3, 5]);
  });
});
