import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/engine/cell';
import { findSummaryTable } from '../../../src/sheet/table';
import { m, sheet, weightsByHeader, rolesByHeader } from './fixtures';

/** 单位 | group over subs | 总分, with the merges of a real two-row header. */
function grouped(group: string, subs: string[], withMerges = true) {
  const n = subs.length;
  const row0: CellValue[] = ['单位', group, ...Array(n - 1).fill(null), '总分'];
  const row1: CellValue[] = [null, ...subs, null];
  const data: CellValue[] = ['甲局', ...subs.map(() => 90), 90];
  const merges = withMerges ? [m(0, 0, 1, 0), m(0, 1, 0, n), m(0, n + 1, 1, n + 1)] : [];
  return sheet('汇总', [row0, row1, data], merges);
}

describe('two-row headers: a weight is never counted twice', () => {
  it('sub-weights that add up to the group weight are already shares of the total (民主评估)', () => {
    const t = findSummaryTable(grouped('民主评估(15%)', ['市级(5%)', '县区(3%)', '部门(3%)', '乡镇(2%)', '群众(2%)']))!;
    expect(Object.values(weightsByHeader(t))).toEqual(['5%', '3%', '3%', '2%', '2%']);
    expect(t.columns.every((c) => c.role !== 'component' || c.group === '民主评估(15%)')).toBe(true);
  });

  it('sub-weights that add up to 100% are shares within the group: effective = group × sub', () => {
    const t = findSummaryTable(grouped('民主评估(15%)', ['市级(50%)', '县区(30%)', '群众(20%)']))!;
    expect(weightsByHeader(t)).toEqual({
      '民主评估(15%)/市级(50%)': '7.5%',
      '民主评估(15%)/县区(30%)': '4.5%',
      '民主评估(15%)/群众(20%)': '3%',
    });
  });

  it('the same without merges (lost in a copy): the group still runs over its sub-columns', () => {
    const t = findSummaryTable(grouped('民主评估(15%)', ['市级(50%)', '县区(30%)', '群众(20%)'], false))!;
    expect(Object.values(weightsByHeader(t))).toEqual(['7.5%', '4.5%', '3%']);
  });

  it('any other sum stops with the group, its sub-columns and their sum', () => {
    expect(() => findSummaryTable(grouped('民主评估(15%)', ['市级(5%)', '县区(3%)', '部门(3%)', '乡镇(2%)', '群众(1%)']))).toThrowError(
      /汇总!B1 表头“民主评估\(15%\)”下各子列的权重合计为 14%（市级 5% \+ 县区 3% \+ 部门 3% \+ 乡镇 2% \+ 群众 1%），既不等于该组的 15%.*也不等于 100%/,
    );
  });

  it('percent sub-columns under a points group stop the run', () => {
    expect(() => findSummaryTable(grouped('指标考核(80分)', ['重点(50%)', '共性(50%)']))).toThrowError(/指标考核\(80分\).*百分比或分值/);
  });

  it('points under a points group must add up to it', () => {
    const ok = findSummaryTable(grouped('指标考核(80分)', ['重点工作(60分)', '共性工作(20分)']))!;
    expect(Object.values(weightsByHeader(ok))).toEqual(['60分', '20分']);
    expect(() => findSummaryTable(grouped('指标考核(80分)', ['重点工作(60分)', '共性工作(30分)']))).toThrowError(
      /合计为 90分（重点工作 60分 \+ 共性工作 30分），既不等于该组的 80分/,
    );
  });

  it('a weighted group without weighted sub-columns is scored by its subtotal, the parts only shown', () => {
    const t = findSummaryTable(grouped('机关效能(40%)', ['考勤', '学习', '小计']))!;
    expect(weightsByHeader(t)).toEqual({ '机关效能(40%)/小计': '40%' });
    expect(rolesByHeader(t)).toMatchObject({ '机关效能(40%)/考勤': 'other', '机关效能(40%)/学习': 'other' });
  });

  it('a 合计 or 得分合计 under a group is that group subtotal, never the table total', () => {
    const t = findSummaryTable(grouped('机关效能(40%)', ['考勤', '学习', '得分合计']))!;
    expect(weightsByHeader(t)).toEqual({ '机关效能(40%)/得分合计': '40%' });
    expect(t.columns.filter((c) => c.role === 'total').map((c) => c.header)).toEqual(['总分']);
  });

  it('a weighted group over a single unweighted column: that column is the group score', () => {
    const t = findSummaryTable(grouped('公众评议(20%)', ['满意度测评']))!;
    expect(weightsByHeader(t)).toEqual({ '公众评议(20%)/满意度测评': '20%' });
  });

  it('several unweighted sub-columns and no subtotal: stops and says what to add', () => {
    expect(() => findSummaryTable(grouped('业绩(60%)', ['重点工作', '日常工作']))).toThrowError(
      /汇总!B1 表头“业绩\(60%\)”下有多列（重点工作、日常工作），都没有写权重，也没有‘小计’列.*组内权重.*小计/,
    );
  });

  it('a subtotal beside weighted sub-columns is not counted again', () => {
    const t = findSummaryTable(grouped('民主评估(15%)', ['市级(10%)', '群众(5%)', '小计']))!;
    expect(weightsByHeader(t)).toEqual({ '民主评估(15%)/市级(10%)': '10%', '民主评估(15%)/群众(5%)': '5%' });
    expect(rolesByHeader(t)['民主评估(15%)/小计']).toBe('other');
  });

  it('a group without a weight: the sub-columns carry their own shares', () => {
    const t = findSummaryTable(grouped('跟踪评估', ['定期调度(3%)', '实地踏查(3%)']))!;
    expect(Object.values(weightsByHeader(t))).toEqual(['3%', '3%']);
  });

  it('sub-columns without header words take the role of a deduction or bonus group', () => {
    const t = findSummaryTable(grouped('扣分(最多3分)', ['察访核验', '其他']))!;
    expect(t.columns.filter((c) => c.role === 'deduction').map((c) => c.name)).toEqual(['察访核验', '其他']);
  });
});
