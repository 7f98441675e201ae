import type { CellValue } from '../../../src/engine/cell';
import type { MergeRange, SheetData, SourceTable } from '../../../src/sheet/source-table';

export function sheet(name: string, values: CellValue[][], merges: MergeRange[] = []): SheetData {
  return { name, values, merges, perfKind: null };
}

export const m = (top: number, left: number, bottom: number, right: number): MergeRange => ({ top, left, bottom, right });

/** Seed 002 §四: a county summary, seven sources of the total, 跟踪评估 split in two. */
export function countySummary(): SheetData {
  const header1 = ['序号', '县(区)', '基础工作评估(3%)', '跟踪评估(6%)', null, '自我评估(1%)', '共性工作目标评估(9%)', '民主评估(15%)', '重点工作目标评估(36%)', '市政府领导加权评估(30%)', '总分'];
  const header2 = [null, null, null, '定期调度(3%)', '实地踏查(3%)', null, null, null, null, null, null];
  const merges = [m(0, 0, 0, 10), m(2, 3, 2, 4)];
  for (const col of [0, 1, 2, 5, 6, 7, 8, 9, 10]) merges.push(m(2, col, 3, col));
  return sheet('汇总', [
    ['2023年度各县（区）政府绩效考评结果汇总表'],
    [],
    header1,
    header2,
    [1, '东城区', 95, 90, 92, 100, 88, 91.5, 89, 93, 90.845],
    [2, '西城区', 90, 85, 86, 95, 92, 88, 90.5, 87, 89.235],
    [3, '南山县', 88, 80, 84, 90, 85, 86, 84, 85, 84.99],
    [4, '北湖县', 92, 95, 93, 98, 90, 90, 92, 91, 91.57],
    ['平均', null, 91.25, 87.5, 88.75, 95.75, 88.75, 88.875, 88.875, 89, 89.16],
    [],
    ['备注：总分 = 各项得分 × 权重之和。'],
  ], merges);
}

/** Seed 002 §二: city departments in three categories, points budgets 重点 80 + 共性 20, bonus and deduction. */
export function cityDepartments(): SheetData {
  return sheet('市直部门', [
    ['市直部门绩效考评得分汇总'],
    ['序号', '类别', '部门名称', '重点工作目标(80分)', '共性工作目标(20分)', '加分', '扣分', '总分', '排名', '等次'],
    [1, '经济调节和经济管理', '发改委', 76, 18, 1, 0, 95, 1, '优秀'],
    [2, null, '财政局', 72, 17, 0, 0.5, 88.5, 2, '良好'],
    [3, null, '统计局', 70, 16, 0, 0, 86, 3, '良好'],
    [4, '社会管理和政务管理', '教育局', 75, 19, 2, 0, 96, 1, '优秀'],
    [5, null, '民政局', 68, 15, 0, 1, 82, 2, '良好'],
    [6, '市场监管和执法监管', '市场监管局', 74, 18, 0, 0, 92, 1, '优秀'],
    [7, null, '城管局', 60, 14, 0, 2, 72, 2, '一般'],
  ], [m(0, 0, 0, 9), m(2, 1, 4, 1), m(5, 1, 6, 1), m(7, 1, 8, 1)]);
}

/** Seed 004 篇一: a township, 指标考核 80% + 公众评议 20% − 察访核验扣分 (capped at 3). */
export function township(): SheetData {
  return sheet('乡镇考评', [
    ['XX县乡镇绩效考评结果'],
    ['序号', '乡镇（街道）', '指标考核(80%)', '公众评议（20%）', '察访核验扣分(最多3分)', '一票否决', '取消评优', '综合得分', '备注'],
    [1, '城关镇', 92, 88, 0.5, '否', null, 90.7, null],
    [2, '河口乡', 85, 90, 3, null, '是', 83, '书面批评'],
    [3, '石桥镇', 78, 82, 1, '安全生产事故', null, 77.8, null],
    ['合计', null, 255, 260, 4.5, null, null, 251.5, null],
  ], [m(0, 0, 0, 8)]);
}

/** Seed 004 篇四: a bureau's sections, 业绩 60% + 机关效能 40%, a two-row header. */
export function bureau(): SheetData {
  const merges = [m(0, 0, 0, 8), m(1, 2, 1, 3), m(1, 4, 1, 6)];
  for (const col of [0, 1, 7, 8]) merges.push(m(1, col, 2, col));
  return sheet('科室考核', [
    ['县交通运输局2023年度科室绩效考核汇总表'],
    ['序号', '科室', '业绩(60%)', null, '机关效能(40%)', null, null, '扣分', '总分'],
    [null, null, '重点工作(50%)', '日常工作(50%)', '考勤', '学习', '小计', null, null],
    [1, '办公室', 96, 94, 50, 48, 98, 0, 96.2],
    [2, '财务股', 90, 92, 45, 46, 91, 0.5, 90.4],
    [3, '运输股', 80, 76, 40, 35, 75, 1, 76.4],
  ], merges);
}

/** Full of what clerks type: full-width, 90分, spaces and line breaks in headers, blank, 合计 and 备注 rows. */
export function messy(): SheetData {
  return sheet('Sheet1', [
    ['  各单位绩效考核得分表  '],
    ['填报单位：县绩效办        日期：2024年1月'],
    [],
    ['序 号', '单 位\n名 称', '指标考核\n（90分）', '群众满意度（10分）', '倒扣分', '奖励加分', '得 分\n合 计', '备 注'],
    ['１', '第一中学', '８５', '9分', null, '1', '95', null],
    [2, '第二中学', '80分', 8.5, '0.5', null, 88, '迟报一次'],
    [],
    [3, ' 第三中学 ', null, 9, null, null, null, '指标考核未报'],
    [null, null, 70, 7, null, null, 77, null],
    ['合 计', null, 235, 26.5, 0.5, 1, 260, null],
    [null, '平均分', 78.33, 8.83, null, null, 86.67, null],
    ['制表人：张三', null, null, '审核：李四'],
    ['4', '不是单位', 60, 6, null, null, 66, null],
  ], [m(0, 0, 0, 7), m(1, 0, 1, 7)]);
}

/** The unit names of a table's data rows, as written. */
export function unitNames(table: SourceTable): unknown[] {
  const unit = table.columns.find((c) => c.role === 'unit')!;
  return table.rows.map((r) => r.cells[unit.index]);
}

/** header → role, for compact assertions. */
export function rolesByHeader(table: SourceTable): Record<string, string> {
  return Object.fromEntries(table.columns.map((c) => [c.header, c.role]));
}

/** header → "80%"/"80分" for the weighted columns. */
export function weightsByHeader(table: SourceTable): Record<string, string> {
  return Object.fromEntries(
    table.columns.filter((c) => c.weight).map((c) => [c.header, c.weight!.unit === 'percent' ? `${c.weight!.value}%` : `${c.weight!.value}分`]),
  );
}
