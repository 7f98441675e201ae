import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../../src/sheet/source-table';
import { chooseSummarySheet } from '../../../src/sheet/table';
import { cityDepartments, sheet, township, unitNames } from './fixtures';

const notes = sheet('说明', [['本表由县绩效办填报'], ['联系人', '电话']]);
const ranking: SheetData = { ...sheet('排名', [['排名', '单位', '总分'], [1, '甲局', 90]]), perfKind: 'ranking' };
const quarter = (name: string) => sheet(name, [['单位', '总分'], ['甲局', 90], ['乙局', 85]]);

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('chooseSummarySheet', () => {
  it('without a name: the one sheet holding a summary table, whatever else the workbook has', () => {
    const chosen = chooseSummarySheet([notes, township(), ranking]);
    expect(chosen.sheet.name).toBe('乡镇考评');
    expect(unitNames(chosen.table)).toEqual(['城关镇', '河口乡', '石桥镇']);
  });

  it('a register of deductions (单位 | 扣分 | 原因) is not a summary table', () => {
    const register = sheet('察访核验扣分', [['单位', '扣分', '扣分原因'], ['河口乡', 0.5, '迟报']]);
    expect(chooseSummarySheet([register, township()]).sheet.name).toBe('乡镇考评');
  });

  it("PERF's own sheets never count, even though they look like a summary", () => {
    expect(chooseSummarySheet([ranking, quarter('汇总')]).sheet.name).toBe('汇总');
    expect(messageOf(() => chooseSummarySheet([ranking, notes]))).toMatch(/^没有找到汇总表/);
  });

  it('none: says a 单位 column and a score column are needed, listing the sheets', () => {
    const msg = messageOf(() => chooseSummarySheet([notes, sheet('Sheet2', [])]));
    expect(msg).toMatch(/^没有找到汇总表：/);
    expect(msg).toContain('‘单位’列');
    expect(msg).toContain('得分列');
    expect(msg).toContain('“说明”、“Sheet2”');
    expect(msg).toContain('--sheet');
  });

  it('several (一季度…四季度): lists them and says to pass --sheet', () => {
    const sheets = ['一季度', '二季度', '三季度', '四季度'].map(quarter);
    const msg = messageOf(() => chooseSummarySheet([notes, ...sheets]));
    expect(msg).toContain('“一季度”、“二季度”、“三季度”、“四季度”');
    expect(msg).toContain('--sheet');
    expect(msg).not.toContain('说明');
  });

  it('with a name: that sheet, even among several summaries', () => {
    const sheets = ['一季度', '二季度', '三季度', '四季度'].map(quarter);
    expect(chooseSummarySheet(sheets, '三季度').sheet.name).toBe('三季度');
  });

  it('with a name that is missing: lists the sheet names', () => {
    const msg = messageOf(() => chooseSummarySheet([notes, cityDepartments()], '汇总表'));
    expect(msg).toContain('“汇总表”');
    expect(msg).toContain('“说明”、“市直部门”');
  });

  it('with a name whose sheet has no table: says what headers were expected', () => {
    const msg = messageOf(() => chooseSummarySheet([notes, cityDepartments()], '说明'));
    expect(msg).toContain('“说明”中没有找到汇总表');
    expect(msg).toContain('单位名称');
    expect(msg).toContain('指标考核(80%)');
  });

  it("with the name of PERF's own sheet: refused", () => {
    expect(messageOf(() => chooseSummarySheet([ranking, quarter('汇总')], '排名'))).toContain('PERF 生成');
  });

  it('the one summary whose group weights are wrong: its weight error is reported, not "no table"', () => {
    const bad = sheet(
      '汇总',
      [['单位', '民主评估(15%)', null], [null, '市级(5%)', '群众(5%)'], ['甲局', 90, 90]],
      [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 0, right: 2 }],
    );
    expect(messageOf(() => chooseSummarySheet([notes, bad]))).toContain('民主评估(15%)');
  });
});
