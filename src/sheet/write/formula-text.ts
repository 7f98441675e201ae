import { invalid } from '../../engine/errors';
import type { ConditionalRule } from '../plan';

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
