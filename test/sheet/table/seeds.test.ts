import { describe, expect, it } from 'vitest';
import { findSummaryTable, validateWeights } from '../../../src/sheet/table';
import { bureau, cityDepartments, countySummary, messy, rolesByHeader, township, unitNames, weightsByHeader } from './fixtures';

describe('summary sheets modelled on the seeds', () => {
  it('county summary (seed 002): seven sources, 跟踪评估 split in two under a two-row header', () => {
    const t = findSummaryTable(countySummary())!;
    expect(t.headerRows).toEqual([2, 3]);
    expect(weightsByHeader(t)).toEqual({
      '基础工作评估(3%)': '3%',
      '跟踪评估(6%)/定期调度(3%)': '3%',
      '跟踪评估(6%)/实地踏查(3%)': '3%',
      '自我评估(1%)': '1%',
      '共性工作目标评估(9%)': '9%',
      '民主评估(15%)': '15%',
      '重点工作目标评估(36%)': '36%',
      '市政府领导加权评估(30%)': '30%',
    });
    expect(t.columns.find((c) => c.name === '定期调度')!.group).toBe('跟踪评估(6%)');
    expect(rolesByHeader(t)).toMatchObject({ 序号: 'other', '县(区)': 'unit', 总分: 'total' });
    expect(unitNames(t)).toEqual(['东城区', '西城区', '南山县', '北湖县']);
    expect(t.skipped.map((s) => s.row)).toEqual([8, 9, 10]);
    expect(validateWeights(t)).toEqual({ unit: 'percent', sum: '100' });
  });

  it('city departments (seed 002 §二): a 类别 column merged down over its departments, points 80 + 20', () => {
    const t = findSummaryTable(cityDepartments())!;
    expect(t.headerRows).toEqual([1]);
    expect(rolesByHeader(t)).toEqual({
      序号: 'other', 类别: 'category', 部门名称: 'unit', '重点工作目标(80分)': 'component', '共性工作目标(20分)': 'component',
      加分: 'bonus', 扣分: 'deduction', 总分: 'total', 排名: 'other', 等次: 'other',
    });
    expect(weightsByHeader(t)).toEqual({ '重点工作目标(80分)': '80分', '共性工作目标(20分)': '20分' });
    const category = t.columns.find((c) => c.role === 'category')!.index;
    expect(t.rows.map((r) => r.cells[category])).toEqual([
      '经济调节和经济管理', '经济调节和经济管理', '经济调节和经济管理',
      '社会管理和政务管理', '社会管理和政务管理',
      '市场监管和执法监管', '市场监管和执法监管',
    ]);
    expect(validateWeights(t)).toEqual({ unit: 'points', sum: '100' });
  });

  it('township (seed 004 篇一): 80% + 20%, inspection deductions capped at 3, veto and exclusion', () => {
    const t = findSummaryTable(township())!;
    expect(rolesByHeader(t)).toEqual({
      序号: 'other', '乡镇（街道）': 'unit', '指标考核(80%)': 'component', '公众评议（20%）': 'component',
      '察访核验扣分(最多3分)': 'deduction', 一票否决: 'veto', 取消评优: 'exclude', 综合得分: 'total', 备注: 'other',
    });
    expect(t.columns.find((c) => c.role === 'deduction')).toMatchObject({ name: '察访核验扣分', cap: '3' });
    expect(unitNames(t)).toEqual(['城关镇', '河口乡', '石桥镇']);
    expect(t.skipped).toEqual([{ row: 5, reason: expect.stringContaining('合计') }]);
    expect(validateWeights(t)).toEqual({ unit: 'percent', sum: '100' });
  });

  it('bureau (seed 004 篇四): 业绩(60%) over sub-weights within the group, 机关效能(40%) scored by its 小计', () => {
    const t = findSummaryTable(bureau())!;
    expect(t.headerRows).toEqual([1, 2]);
    expect(weightsByHeader(t)).toEqual({
      '业绩(60%)/重点工作(50%)': '30%',
      '业绩(60%)/日常工作(50%)': '30%',
      '机关效能(40%)/小计': '40%',
    });
    expect(rolesByHeader(t)).toMatchObject({
      科室: 'unit', '机关效能(40%)/考勤': 'other', '机关效能(40%)/学习': 'other', 扣分: 'deduction', 总分: 'total',
    });
    expect(unitNames(t)).toEqual(['办公室', '财务股', '运输股']);
    expect(validateWeights(t)?.sum).toBe('100');
  });

  it('the same bureau with its merges lost still reads as a two-row header', () => {
    const s = bureau();
    const t = findSummaryTable({ ...s, merges: [] })!;
    expect(t.headerRows).toEqual([1, 2]);
    expect(weightsByHeader(t)).toEqual({
      '业绩(60%)/重点工作(50%)': '30%',
      '业绩(60%)/日常工作(50%)': '30%',
      '机关效能(40%)/小计': '40%',
    });
    expect(unitNames(t)).toEqual(['办公室', '财务股', '运输股']);
  });

  it('a messy sheet: spaces and line breaks in headers, full-width, 90分, stray rows', () => {
    const t = findSummaryTable(messy())!;
    expect(t.headerRows).toEqual([3]);
    expect(t.columns.map((c) => [c.name, c.role])).toEqual([
      ['序号', 'other'], ['单位名称', 'unit'], ['指标考核', 'component'], ['群众满意度', 'component'],
      ['倒扣分', 'deduction'], ['奖励加分', 'bonus'], ['得分合计', 'total'], ['备注', 'other'],
    ]);
    expect(weightsByHeader(t)).toEqual({ '指标考核 （90分）': '90分', '群众满意度（10分）': '10分' });
    expect(unitNames(t)).toEqual(['第一中学', '第二中学', ' 第三中学 ']);
    expect(t.rows.map((r) => r.row)).toEqual([4, 5, 7]);
    expect(t.skipped.map((s) => s.row)).toEqual([6, 8, 9, 10, 11, 12]);
    expect(t.warnings).toEqual([
      { cell: 'Sheet1!B9', message: expect.stringMatching(/Sheet1!B9 单位名称为空.*Sheet1!C9 指标考核 = 70.*请填写单位名称/) },
      // a row with a unit and scores after the 制表人 line is not ranked, and the clerk is told
      { cell: 'Sheet1!B13', message: expect.stringMatching(/不是单位.*Sheet1!C13.*制表人.*没有把它列入排名/) },
    ]);
    expect(validateWeights(t)).toEqual({ unit: 'points', sum: '100' });
  });
});
