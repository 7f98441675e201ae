/**
 * Writes the input workbooks of the 套用 fixtures (test/fixtures/apply-<name>/input.xlsx).
 * Run: npx tsx test/apply/build-fixtures.ts
 *
 * Sheets as a clerk keeps them: a merged title, a bordered and filled header, number
 * formats, column widths, empty but bordered 总分/等次/排名 cells, a few cells the clerk
 * filled in by hand, and a note row under the table. What 套用 must add to each is
 * worked out by hand in the README beside it, not by this script.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPlan } from '../../src/host/xlsx';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { schemeToSheetPlan } from '../../src/sheet/scheme-sheet';

type Value = string | number | null;
const HERE = __dirname;
const THIN = Object.fromEntries(['top', 'left', 'bottom', 'right'].map((side) => [side, { style: 'thin' }])) as Partial<ExcelJS.Borders>;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const SONG = '宋体';

/** A workbook dated as the golden fixtures are, so that rebuilding writes the same file. */
function newWorkbook(): ExcelJS.Workbook {
  return Object.assign(new ExcelJS.Workbook(), { creator: '绩效办', created: new Date(Date.UTC(2026, 0, 5, 8)), modified: new Date(Date.UTC(2026, 0, 5, 8)) });
}

/** A bordered table: title merged over it, header bold on a fill, data rows with borders (blank cells too), number formats per column. */
function table(ws: ExcelJS.Worksheet, title: string, header: string[], rows: Value[][], numFmts: Record<number, string>, widths: number[]): void {
  ws.columns = widths.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, header.length);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.font = { name: SONG, size: 16, bold: true };
  t.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 28;
  header.forEach((h, c) => {
    const cell = ws.getCell(2, c + 1);
    cell.value = h;
    cell.font = { name: SONG, size: 11, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  rows.forEach((row, r) => {
    for (let c = 0; c < header.length; c++) {
      const cell = ws.getCell(3 + r, c + 1);
      const v = row[c] ?? null;
      if (v !== null) cell.value = v;
      cell.font = { name: SONG, size: 11 };
      cell.border = THIN;
      if (numFmts[c]) cell.numFmt = numFmts[c];
    }
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
}

async function save(wb: ExcelJS.Workbook, name: string, finish?: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<void> {
  let bytes: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());
  if (finish) bytes = await finish(bytes);
  const dir = join(HERE, '..', 'fixtures', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'input.xlsx'), bytes);
}

/** Seed 002 §四: the seven sources of a county's total, 3/6/1/9/15/36/30; 总分 等次 排名 mostly empty. */
async function summaryEmpty(): Promise<void> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('综合评估汇总');
  const header = ['序号', '县（区）', '基础工作(3%)', '跟踪评估(6%)', '自我评估(1%)', '共性工作(9%)', '民主评估(15%)', '重点工作(36%)', '领导评估(30%)', '加分', '扣分', '一票否决', '总分', '等次', '排名'];
  const rows: Value[][] = [
    [1, '东城区', 90, 90, 90, 90, 90, 90, 90, null, null, '否', null, null, null],
    [2, '西城区', 80, 80, 80, 80, 80, 85, 80, 5.7, null, '否', null, null, null],
    [3, '南山县', 85, 85, 85, 85, 85, 85, 95, null, 0.5, null, null, null, null],
    [4, '北湖县', 92, 92, 92, 92, 92, 92, 92, null, null, '是', null, null, null],
    [5, '青林县', 70, 60, 80, 75, 72, 65, 68, null, 1, '否', null, '一般', null],
    [6, '白河县', 80, 80, 80, 80, 86, 80, 80, null, 0.9, '否', 80, null, null],
    [7, '金沙县', 88, 88, 88, 88, null, 88, 88, null, null, '否', null, null, null],
  ];
  const fmts: Record<number, string> = { 2: '0.0', 3: '0.0', 4: '0.0', 5: '0.0', 6: '0.0', 7: '0.0', 8: '0.0', 9: '0.0', 10: '0.0', 12: '0.00' };
  table(ws, '2025年度县（区）政府综合评估汇总表', header, rows, fmts, [6, 12, 9, 9, 9, 9, 9, 9, 9, 7, 7, 9, 9, 8, 7]);
  ws.getCell('A10').value = '备注：总分 = 各项得分 × 权重之和 + 加分 − 扣分；一票否决降低一个等次。';
  ws.mergeCells('A10:O10');
  await save(wb, 'apply-summary-empty');
}

/** Seed 002 §二/§三: city departments in three classes, 重点工作 80 points + 共性工作 20 points, no total/grade/rank columns; a 方案 sheet. */
async function summaryMissing(): Promise<void> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('部门汇总');
  const header = ['序号', '部门', '类别', '重点工作目标(80)', '共性工作目标(20)', '扣分', '备注'];
  const rows: Value[][] = [
    [1, '发改委', '经济调节和经济管理类', 76.5, 18.25, null, null],
    [2, '财政局', '经济调节和经济管理类', 72, 18, 0.5, null],
    [3, '商务局', '经济调节和经济管理类', 74.3, 15.2, null, null],
    [4, '民政局', '社会管理和政务管理类', 70.125, 19.5, null, null],
    [5, '教育局', '社会管理和政务管理类', 78, 19, 4, '察访核验扣4分，按方案扣满3分为止'],
    [6, '卫健委', '社会管理和政务管理类', 62, 17.995, null, null],
    [7, '市场监管局', '市场监管和执法监管类', 70, 15, null, null],
    [8, '城管局', '市场监管和执法监管类', 50, 9, null, null],
  ];
  table(ws, '2025年度市直部门绩效评估汇总表', header, rows, { 3: '0.000', 4: '0.000', 5: '0.0' }, [6, 12, 22, 12, 12, 7, 30]);
  ws.getCell('A12').value = '制表：市绩效办';
  const scheme = { ...defaultScheme(), name: '市直部门考评', weightUnit: 'points' as const, decimals: 2, deductionCap: '3', ranking: { method: 'dense' as const, byCategory: true, tieBreak: [] } };
  await save(wb, 'apply-summary-missing', async (bytes) => (await applyPlan(bytes, { sheets: [schemeToSheetPlan(scheme)] })).bytes);
}

/** Seed 004 篇四: a transport bureau's 任务分解表, two sections (科室) each closed by a 小计 row, 得分 empty. */
async function tasks(): Promise<void> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('任务分解表');
  const header = ['序号', '工作任务', '分值', '评分方式', '起评值', '目标值', '完成值', '评价', '得分', '主管领导', '分管领导', '科室负责人', '承办人', '完成时限'];
  const people = ['王局长', '李副局长', '张主任', '赵科员', '12月底'];
  const rows: Value[][] = [
    [null, '一、办公室'],
    [1, '党风廉政建设责任分解并签订责任书', 20, '完成与否', null, null, '是', null, null, ...people],
    [2, '公文处理及时率（%）', 30, '完成率', null, 100, 95, null, null, ...people],
    [3, '信访件按期办结率（%）', 20, '线性', 60, 100, 90, null, null, ...people],
    [4, '行风示范窗口建设', 20, '定性', null, null, null, '较好', null, ...people],
    [5, '档案数字化（卷）', 10, '完成率', null, 50, 60, null, null, ...people],
    [null, '小计'],
    [null, '二、财务科'],
    [1, '预算执行率（%）', 20, '完成率', null, 100, 87.3, null, null, '王局长', '钱副局长', '孙科长', '周科员', '12月底'],
    [2, '财务信息公开', 20, '完成与否', null, null, '否', null, null, '王局长', '钱副局长', '孙科长', '周科员', '6月底'],
    [3, '内审问题整改', 10, '定性', null, null, null, '好', 9, '王局长', '钱副局长', '孙科长', '周科员', '9月底'],
    [null, '小计'],
  ];
  table(ws, '地区交通运输局2025年度科室任务分解表', header, rows, { 2: '0', 8: '0.00' }, [5, 30, 6, 10, 7, 7, 7, 7, 8, 9, 9, 10, 8, 9]);
  ws.mergeCells('A3:N3');
  ws.mergeCells('A10:N10');
  ws.getCell('A16').value = '备注：定性评价 好、较好、一般、差 分别按分值的 100%、80%、60%、0% 计分；小计按百分制折算。';
  await save(wb, 'apply-tasks');
}

/** Seed 004 篇一: a township summary under a two-row header (考核得分 over three columns, the rest merged down), no 总分/等次/排名. */
async function summaryTwoRow(): Promise<void> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('乡镇汇总');
  const top = ['序号', '乡镇', '考核得分', null, null, '一票否决', '备注'];
  const sub = [null, null, '指标考核(80%)', '公众评议(20%)', '察访核验扣分', null, null];
  const rows: Value[][] = [
    [1, '城关镇', 90, 90, null, '否', null],
    [2, '河口镇', 85, 75, 2, '否', '察访核验发现 2 个问题'],
    [3, '石桥乡', 80, 70, null, '否', null],
    [4, '柳林乡', 95, 85, null, '是', '安全生产一票否决'],
    [5, '杨庄乡', 70, 80, null, '否', null],
  ];
  ws.columns = [6, 10, 12, 12, 12, 9, 24].map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, 7);
  Object.assign(ws.getCell(1, 1), { value: '2025年度乡镇目标管理考核汇总表' });
  ws.getCell(1, 1).font = { name: SONG, size: 16, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  for (let c = 1; c <= 7; c++) {
    for (const [r, words] of [[2, top], [3, sub]] as const) {
      const cell = ws.getCell(r, c);
      if (words[c - 1] !== null) cell.value = words[c - 1]!;
      cell.font = { name: SONG, size: 11, bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  for (const c of [1, 2, 6, 7]) ws.mergeCells(2, c, 3, c);
  ws.mergeCells(2, 3, 2, 5);
  rows.forEach((row, r) => {
    for (let c = 0; c < 7; c++) {
      const cell = ws.getCell(4 + r, c + 1);
      if (row[c] !== null) cell.value = row[c]!;
      cell.font = { name: SONG, size: 11 };
      cell.border = THIN;
      if (c >= 2 && c <= 4) cell.numFmt = '0.0';
    }
  });
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  await save(wb, 'apply-summary-two-row');
}

void (async () => {
  await summaryTwoRow();
  await summaryEmpty();
  await summaryMissing();
  await tasks();
})();
