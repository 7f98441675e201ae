import type { CellValue } from '../../engine/cell';
import type { SheetData } from '../source-table';
import { headerText } from '../table';
import { isBlank, presentRows, rawAt, sheetWidth } from '../table/grid';

/**
 * A task-breakdown sheet (任务分解表, seed 004 篇四) as 套用 reads it: one row per task with
 * its 分值, how it is scored and its 得分, grouped into sections that end with a 小计 row.
 * Headers are read as the ranking reads them (src/sheet/table/header-text: full-width
 * folded, spaces and weights taken out), matched on the words below.
 */
export type TaskRole = 'task' | 'points' | 'method' | 'floor' | 'target' | 'actual' | 'rating' | 'done' | 'score';

const ROLE_WORDS: [TaskRole, RegExp][] = [
  ['task', /^(工作任务|任务|任务名称|任务内容|重点任务|目标任务|工作目标|考核指标|指标|指标名称|考核内容|工作内容)$/],
  ['points', /^(分值|预赋分值|赋分|标准分|指标分值)$/],
  ['method', /^(评分方式|计分方式|考核方式|评分方法|计分方法|评分办法|评分标准)$/],
  ['floor', /^(起评值|起评线|底线值|保底值|下限值)$/],
  ['target', /^(目标值|目标|计划值|年度目标|目标数)$/],
  ['actual', /^(完成值|实际完成|实际完成值|实际值|完成数|完成情况)$/],
  ['rating', /^(评价|评定|评价等级|定性评价|完成评价|评定等级)$/],
  ['done', /^(是否完成|完成与否|是否按时完成)$/],
  ['score', /^(得分|考核得分|实际得分|评估得分)$/],
];

/** How a task is scored, from its 评分方式 cell. */
export type TaskMethod = 'completion' | 'linear' | 'rating' | 'done';

const METHOD_WORDS: [TaskMethod, RegExp][] = [
  ['linear', /线性|插值|区间|起评/],
  ['done', /完成与否|是否完成|完成即|完成得分|按时完成|是否/],
  ['rating', /定性|评价|评定|等级/],
  ['completion', /完成率|完成比例|比例|比率|定量/],
];

export function methodOf(v: CellValue): TaskMethod | null {
  if (isBlank(v)) return null;
  const text = headerText(v).compact;
  return METHOD_WORDS.find(([, re]) => re.test(text))?.[0] ?? null;
}

const SUBTOTAL = /^(小计|合计|得分合计|科室得分|总计)/;
const NOTE = /^(备注|附注|说明|注[:：]|制表|填表|审核|审定|复核)/;
const HEADER_SEARCH_ROWS = 40;

export interface TaskRow {
  row: number;
  task: string;
}

export interface TaskSection {
  tasks: TaskRow[];
  /** The 小计 row closing the section, or null when the section has none. */
  subtotal: number | null;
}

export interface TaskTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<TaskRole, { index: number; header: string }>>;
  sections: TaskSection[];
}

/** The task breakdown on a sheet, or null when no header row has a task, a 分值 and a 得分 column. */
export function findTaskTable(sheet: SheetData): TaskTable | null {
  const width = sheetWidth(sheet);
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const columns: TaskTable['columns'] = {};
    for (let col = 0; col < width; col++) {
      const raw = rawAt(sheet, row, col);
      if (typeof raw !== 'string') continue;
      const h = headerText(raw);
      const role = ROLE_WORDS.find(([, re]) => re.test(h.name))?.[0];
      if (role && !columns[role]) columns[role] = { index: col, header: h.display };
    }
    if (columns.task && columns.points && columns.score) return { sheet: sheet.name, headerRow: row, columns, sections: readSections(sheet, row, columns) };
  }
  return null;
}

function textOf(v: CellValue): string {
  return isBlank(v) ? '' : headerText(v).compact;
}

function readSections(sheet: SheetData, headerRow: number, columns: TaskTable['columns']): TaskSection[] {
  const sections: TaskSection[] = [];
  let current: TaskSection = { tasks: [], subtotal: null };
  const taskCol = columns.task!.index;
  for (const row of presentRows(sheet, headerRow + 1)) {
    const cells = sheet.values[row] ?? [];
    const first = textOf(cells.find((v) => !isBlank(v)) ?? null);
    if (first === '') continue;
    if (NOTE.test(first)) break;
    if (SUBTOTAL.test(first) || SUBTOTAL.test(textOf(rawAt(sheet, row, taskCol)))) {
      current.subtotal = row;
      sections.push(current);
      current = { tasks: [], subtotal: null };
      continue;
    }
    const task = rawAt(sheet, row, taskCol);
    const points = rawAt(sheet, row, columns.points!.index);
    // a task has its name and its points; a row without points is a section heading ("一、办公室")
    if (!isBlank(task) && !isBlank(points)) current.tasks.push({ row, task: String(task).trim() });
  }
  if (current.tasks.length) sections.push(current);
  return sections;
}
