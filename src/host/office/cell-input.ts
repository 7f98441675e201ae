import type { PlanCell } from '../../sheet/plan';

/**
 * What a plan cell's value becomes in a `range.values` array. Excel reads a string set
 * through Office.js as if the clerk had typed it: "=…" becomes a formula, "001" a number,
 * "TRUE" a boolean, "50%" a percentage, "3-5" or "Mar 5" a date. A leading apostrophe
 * keeps such text as text (Excel drops the apostrophe), so every string Excel could read
 * as something else gets one; plain text goes as it is.
 */
export function excelInput(value: PlanCell['value']): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  return needsApostrophe(value) ? `'${value}` : value;
}

/** Text Excel would not keep as the same text when entered. */
export function needsApostrophe(text: string): boolean {
  if (text === '') return false;
  const t = text.trim();
  // formulas, signs, an apostrophe of the clerk's own, error literals
  if (/^[=+\-@'#]/.test(text) || /^[=+\-@#]/.test(t)) return true;
  // numbers, money, percentages, fractions, dates and times in any of Excel's forms
  if (/^[\d.,(（$¥￥€%/:：]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  // English dates: "Mar 5", "5-Mar", "March 2025"
  return /^[A-Za-z]{3,9}\.?[\s\-/]+\d/.test(t);
}
