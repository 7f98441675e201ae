import type { PlanCell } from '../../sheet/plan';

/**
 * What a planned cell's value is in the .xlsx PERF writes: nothing for a blank or an empty text,
 * a number that is not finite as its text, −0 as 0, anything else as it is. The sheet writer
 * (sheet-xml.ts) writes by this rule and the workbook reads its new sheets back by it (plan-values.ts).
 */
export function writtenValue(v: PlanCell['value'] | undefined): string | number | boolean | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v !== 'number') return v;
  if (!Number.isFinite(v)) return String(v);
  return v === 0 ? 0 : v;
}
