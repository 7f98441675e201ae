import { describe, expect, it } from 'vitest';
import { findSummaryTable } from '../../../src/sheet/table';
import { sheet } from './fixtures';

/** A minimal table: unit column, the header under test, a total. */
function roleOf(header: string): string | undefined {
  const t = findSummaryTable(sheet('汇总', [['单位', header, '总分'], ['甲局', 1, 90]]));
  return t?.columns.find((c) => c.index === 1)?.role;
}

describe('column roles from header text', () => {
  it.each([
    '单位', '单位名称', '被考核单位', '县(区)', '县（区）', '县区', '县（市、区）', '乡镇', '乡镇(街道)', '乡镇（街道）',
    '部门', '部门名称', '科室', '村(居)', '村（居）', '名称', '单 位', '单位\n名称', '被考核\n单位',
  ])('%s is the unit column', (header) => {
    const t = findSummaryTable(sheet('汇总', [[header, '总分'], ['甲', 90]]));
    expect(t?.columns[0]?.role).toBe('unit');
    expect(t?.rows).toHaveLength(1);
  });

  it.each(['类别', '分类', '类型', '组别', '单位类别', '考核类别'])('%s is the category column', (h) => {
    expect(roleOf(h)).toBe('category');
  });

  it.each(['总分', '综合得分', '最终得分', '考评得分', '得分合计', '合计得分', '总 分', '综合得分（100分）'])('%s is the total', (h) => {
    const t = findSummaryTable(sheet('汇总', [['单位', h], ['甲局', 90]]));
    expect(t?.columns[1]?.role).toBe('total');
    expect(t?.columns[1]?.weight).toBeUndefined();
  });

  it.each(['扣分', '察访核验扣分', '倒扣分', '减分', '其他扣分', '察访核验扣分(最多3分)'])('%s is a deduction', (h) => {
    expect(roleOf(h)).toBe('deduction');
  });

  it.each(['加分', '加分项', '奖励加分'])('%s is a bonus', (h) => {
    expect(roleOf(h)).toBe('bonus');
  });

  it('一票否决 is the veto', () => {
    expect(roleOf('一票否决')).toBe('veto');
    expect(roleOf('是否一票否决')).toBe('veto');
  });

  it.each(['取消评优', '不得评优', '取消评先评优'])('%s excludes from awards', (h) => {
    expect(roleOf(h)).toBe('exclude');
  });

  it.each(['指标考核(80%)', '公众评议（20%）', '业绩得分 60%', '权重20%', '指标考核(80分)'])('%s is a weighted component', (h) => {
    expect(roleOf(h)).toBe('component');
  });

  it.each(['序号', '排名', '等次', '备注', '名次', '扣分原因', '总分排名'])('%s is another column, never a score', (h) => {
    expect(roleOf(h)).toBe('other');
  });

  it('a score column without a weight is not a component', () => {
    expect(roleOf('指标考核')).toBe('other');
  });

  it('a deduction cap written in the header is exposed', () => {
    const t = findSummaryTable(sheet('汇总', [['单位', '扣分（扣满3分为止）', '总分'], ['甲', 1, 90]]))!;
    expect(t.columns[1]).toMatchObject({ role: 'deduction', name: '扣分', cap: '3' });
    expect(t.columns[1]!.weight).toBeUndefined();
  });

  it('a title naming 县(区) is no unit column: there must be a header row', () => {
    expect(findSummaryTable(sheet('汇总', [['各县(区)绩效考评总分汇总表'], ['甲', 90]]))).toBeNull();
  });

  it('a unit column without any score column is no summary table', () => {
    expect(findSummaryTable(sheet('名单', [['序号', '单位', '备注'], [1, '甲局', '']]))).toBeNull();
  });

  it('two total columns: the last is the total, with a warning naming both', () => {
    const t = findSummaryTable(sheet('汇总', [['单位', '综合得分', '扣分', '最终得分'], ['甲局', 90, 1, 89]]))!;
    expect(t.columns.map((c) => c.role)).toEqual(['unit', 'other', 'deduction', 'total']);
    expect(t.warnings).toHaveLength(1);
    expect(t.warnings[0]!.cell).toBe('汇总!D1');
    expect(t.warnings[0]!.message).toContain('综合得分');
    expect(t.warnings[0]!.message).toContain('最终得分');
  });
});
