import { invalid } from '../../engine/errors';
import type { ConditionalRule, ListValidation } from '../plan';

/**
 * Formula text both hosts write the same way. Plan formulas carry no "=": Office.js
 * wants "=" + formula, OOXML <f> the bare formula.
 */

/** A value as a formula constant: 90 → "90", 红 → "\"红\"" (quotes doubled). */
export function constantFormula(v: string | number): string {
  return typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`;
}

/** PERF's own functions are entered only inside Excel (a file-made PERF formula can stay at #NAME?). */
export function checkNativeFormula(formula: string, where: string): string {
  if (/(^|[^A-Za-z0-9_.])PERF\./i.test(formula)) {
    throw invalid(`${where} 的公式“=${formula}”用了 PERF 函数：PERF 函数只能在 Excel 中通过加载项输入，不能写进文件。请改用 Excel 自带的函数。`);
  }
  return formula.replace(/^=/, '');
}

/** The formulas of a conditional rule: one, or two for between. */
export function ruleFormulas(rule: ConditionalRule): string[] {
  if (rule.type === 'formula') return [rule.formula.replace(/^=/, '')];
  return rule.values.map(constantFormula);
}

/** Excel keeps a literal list's source within 255 characters and cannot hold a comma inside an item. */
const MAX_LIST_SOURCE = 255;

/** The source text of a list validation: "优秀,良好,一般" (both hosts take this form). */
export function listSource(v: ListValidation): string {
  const bad = v.values.find((x) => x.includes(',') || x.includes('"'));
  if (bad !== undefined) throw invalid(`下拉列表的选项“${bad}”含有逗号或引号，Excel 的下拉列表不能直接列出它。请换一个写法。`);
  const source = v.values.join(',');
  if (source.length > MAX_LIST_SOURCE) {
    throw invalid(`下拉列表的选项合计 ${source.length} 个字符，超过了 Excel 允许的 ${MAX_LIST_SOURCE} 个。请减少或缩短选项。`);
  }
  return source;
}
