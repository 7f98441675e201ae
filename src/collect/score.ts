import { quote, readCell, type CellValue } from '../engine/cell';
import { show, type Dec } from '../engine/decimal';
import type { SummaryColumn } from './summary';
import type { CollectProblem } from './types';

/**
 * A cell of a file read as a score, with the engine's cell parsing (numbers, text numbers,
 * full-width digits, 90分): null, with the problem said, when it is blank, not a score, or out
 * of the summary column's range.
 */
export function scoreOf(raw: CellValue, file: string, cell: string, what: string, column: SummaryColumn, problems: CollectProblem[]): Dec | null {
  const c = readCell(raw);
  const say = (kind: CollectProblem['kind'], message: string) => {
    problems.push({ kind, file, cell, message: `${file} ${cell}：${message}` });
    return null;
  };
  if (c.kind === 'blank') return say('blank', `${what}是空白，没有填入。请报送单位补填后重新收集（空白不是 0 分）`);
  if (c.kind !== 'number') return say('text', `${what}写的是 ${quote(raw)}，不是分数，没有填入。请改成数字（如 92 或 92.5）后重新收集`);
  if (c.percent) return say('text', `${what}写成了百分数 ${quote(raw)}，不是分数，没有填入。请改成分数（如 92）后重新收集`);
  const v = c.value;
  if (v.isNegative() || (column.max !== null && v.greaterThan(column.max))) {
    const range = column.max === null ? '不小于 0' : `0～${show(column.max)}`;
    return say('range', `${what} ${quote(raw)} 超出汇总表“${column.header}”列的范围（${range}），没有填入。请核对后改正`);
  }
  return v;
}
