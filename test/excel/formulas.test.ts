import { describe, expect, it } from 'vitest';
import { ExcelDouble } from '../host/office/excel-double';
import { officeHostOver } from '../host/office/office-view';
import { excelPaneOver } from '../../src/taskpane/excel/excel-pane';
import { addCopyToDouble } from './double-copy';
import { doubleOf, envOf, paneOver, settle } from './helpers';

/** Excel with PERF loaded: a PERF formula computes (here to "算出"), anything else keeps its value. */
const loaded = () => new ExcelDouble({ calculate: (_s, _r, _c, formula, before) => (/^PERF\./i.test(formula) ? '算出' : before) });

function summary(excel: ExcelDouble) {
  const sheet = excel.addSheet('汇总', [
    ['单位', '得分', '等次'],
    ['东城区', 91, '=PERF.GRADE(B2)'],
    ['西城区', 85, '=_xldudf_PERF_GRADE(B3)'],
    ['南城区', 70, '=SUMM(B4)'],
    ['北城区', 60, '=B5*2'],
  ]);
  sheet.cells[1]![2]!.value = '#NAME?'; // entered while PERF was not loaded
  sheet.cells[2]![2]!.value = '良好'; // saved by Excel under the internal name
  sheet.cells[3]![2]!.value = '#NAME?'; // the clerk's own typo
  sheet.cells[4]![2]!.value = 120;
  return sheet;
}

const formulaAt = (excel: ExcelDouble, sheet: string, row: number, col: number) => excel.sheet(sheet).cells[row]?.[col]?.formula;

describe('修复 #NAME?', () => {
  it('re-enters the PERF formulas of the sheet stuck at #NAME? or stored as _xldudf_PERF_…, and nothing else', async () => {
    const excel = loaded();
    summary(excel);
    const pane = excelPaneOver(officeHostOver(excel), envOf(excel), 20);
    await pane.repairNames('sheet');
    expect([2, 3, 4, 5].map((r) => formulaAt(excel, '汇总', r - 1, 2))).toEqual(['PERF.GRADE(B2)', 'PERF.GRADE(B3)', 'SUMM(B4)', 'B5*2']);
    expect(excel.valuesOf('汇总').map((r) => r[2])).toEqual(['等次', '算出', '算出', '#NAME?', 120]);
    expect(pane.state.formulas).toEqual({ kind: 'success', title: '已重新输入 2 个 PERF 公式', lines: ['汇总!C2：=PERF.GRADE(B2)', '汇总!C3：=PERF.GRADE(B3)'] });
    expect(excel.addinCalls).toContainEqual({ method: 'setStartupBehavior', args: ['Load'] });
  });

  it('only in the selection when asked, and says when there is nothing to repair', async () => {
    const excel = loaded();
    summary(excel);
    const pane = excelPaneOver(officeHostOver(excel), envOf(excel), 20);
    excel.userSelects('汇总', 'C3:C5');
    await pane.repairNames('selection');
    expect(formulaAt(excel, '汇总', 2, 2)).toBe('PERF.GRADE(B3)');
    expect(excel.valuesOf('汇总')[1]![2]).toBe('#NAME?'); // C2 lies outside the selection
    expect(pane.state.formulas?.lines).toEqual(['汇总!C3：=PERF.GRADE(B3)']);
    excel.userSelects('汇总', 'A1:B5');
    await pane.repairNames('selection');
    expect(pane.state.formulas).toEqual({ kind: 'info', title: '没有需要修复的公式', lines: ['选中的区域中没有显示 #NAME? 的 PERF 公式。'] });
  });

  it('a whole column selected is read only where the sheet is used, in blocks', async () => {
    const excel = loaded();
    summary(excel);
    const pane = excelPaneOver(officeHostOver(excel), envOf(excel), 20);
    excel.userSelects('汇总', 'C1:C1048576');
    const from = excel.syncs.length;
    await pane.repairNames('selection');
    expect(pane.state.formulas?.title).toBe('已重新输入 2 个 PERF 公式');
    expect(Math.max(...excel.syncsSince(from).map((s) => s.cellsRead))).toBeLessThan(100);
  });

  it('waits while a cell is being edited, showing 请先结束单元格编辑', async () => {
    const excel = loaded();
    summary(excel);
    const pane = excelPaneOver(officeHostOver(excel), envOf(excel), 20);
    excel.editing = true;
    const repairing = pane.repairNames('sheet');
    await settle(90);
    expect(pane.state.cellEdit).toBe(true);
    expect(pane.state.busy).toBe('修复 #NAME?');
    excel.endCellEdit();
    await repairing;
    expect(pane.state.cellEdit).toBe(false);
    expect(pane.state.formulas?.title).toBe('已重新输入 2 个 PERF 公式');
  });
});

function withRecord(excel: ExcelDouble, rows: (string | number | null)[][]) {
  const record = excel.addSheet('PERF_RECORD', [['工作表', '单元格', '内容', '公式', '值', '来源'], ...rows]);
  record.visibility = 'VeryHidden';
  record.names.push({ name: 'PERF_SHEET', formula: '="record"', visible: false });
}

describe('启用公式', () => {
  it('enters the formulas PERF_RECORD holds where the cell still has what PERF wrote, and tells what it left', async () => {
    const excel = loaded();
    excel.addSheet('汇总', [
      ['单位', '得分', '等次'],
      ['东城区', 91, '优'],
      ['西城区', 85, '优秀'],
      ['南城区', 70, null],
    ]);
    withRecord(excel, [
      ['汇总', 'C2', '公式', 'PERF.GRADE(B2)', '优', '模板：县区考评'],
      ['汇总', 'C3', '公式', 'PERF.GRADE(B3)', '良好', '模板：县区考评'],
      ['汇总', 'C4', '公式', 'PERF.GRADE(B4)', null, '模板：县区考评'],
      ['汇总', 'B2', '填入', '', 91, '收集：东城区.xlsx'],
      ['旧表', 'C2', '公式', 'PERF.GRADE(B2)', '优', '模板：县区考评'],
    ]);
    const pane = excelPaneOver(officeHostOver(excel), envOf(excel), 20);
    await pane.enableFormulas();
    expect([1, 2, 3].map((r) => formulaAt(excel, '汇总', r, 2))).toEqual(['PERF.GRADE(B2)', undefined, 'PERF.GRADE(B4)']);
    expect(excel.valuesOf('汇总').map((r) => r[2])).toEqual(['等次', '算出', '优秀', '算出']);
    expect(formulaAt(excel, '汇总', 1, 1)).toBeUndefined(); // a 填入 entry is no formula
    expect(pane.state.formulas).toEqual({
      kind: 'info',
      title: '已在 2 个单元格启用公式，2 处未改动',
      lines: [
        '汇总!C2：=PERF.GRADE(B2)',
        '汇总!C4：=PERF.GRADE(B4)',
        '汇总!C3 已有内容“优秀”（不是 PERF 写入的值），未改动。如需启用公式，请先清空该单元格。',
        '工作表“旧表”不存在（可能已改名或删除），旧表!C2 的公式 =PERF.GRADE(B2) 未启用。',
      ],
    });
  });

  it('says so when the workbook recorded no formulas', async () => {
    const excel = loaded();
    excel.addSheet('汇总', [['单位'], ['东城区']]);
    const pane = excelPaneOver(officeHostOver(excel), envOf(excel), 20);
    await pane.enableFormulas();
    expect(pane.state.formulas?.title).toBe('没有需要启用的公式');
    expect(excel.syncs.flatMap((s) => Object.keys(s.calls)).filter((c) => c.startsWith('Range.formulas'))).toEqual([]);
  });
});

describe('转为数值', () => {
  it('copies a sheet beside it with values only and no PERF mark, so the next ranking leaves the copy alone', async () => {
    addCopyToDouble();
    const excel = await doubleOf('township-seed004');
    const pane = paneOver(excel);
    await pane.rank();
    const ranking = excel.valuesOf('排名');
    excel.sheet('排名').cells[0]![0] = { value: ranking[0]![0] ?? null, formula: 'PERF.GRADE(1)' }; // a formula to turn into its value
    await pane.valuesCopy(['排名']);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['考评汇总', '排名', '排名（数值）', '表彰名单', '核对']);
    const copy = excel.sheet('排名（数值）');
    expect(excel.valuesOf('排名（数值）')).toEqual(ranking);
    expect(copy.cells.flat().some((c) => c?.formula !== undefined)).toBe(false);
    expect(copy.names.map((n) => n.name)).not.toContain('PERF_SHEET');
    expect(excel.sheet('排名').names.map((n) => n.name)).toContain('PERF_SHEET');
    expect(pane.state.formulas?.lines[0]).toBe('“排名” → “排名（数值）”（只有数值，没有公式）');
    await pane.rank();
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['考评汇总', '排名', '排名（数值）', '表彰名单', '核对']);
    expect(excel.valuesOf('排名（数值）')).toEqual(ranking);
  });
});
