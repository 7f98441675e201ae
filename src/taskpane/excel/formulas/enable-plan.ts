import { cellAddress, parseRangeRef } from '../../../sheet/address';
import type { RecordEntry } from '../../../sheet/plan';
import type { MergeRange } from '../../../sheet/source-table';
import { perfFormulaText } from './perf-formula';

/**
 * 启用公式, host-free: which PERF formulas a workbook made outside Excel recorded
 * (PERF_RECORD, what: 'formula'), and whether each may be entered now. A cell gets its
 * formula only while it holds nothing the clerk typed: empty, the value PERF wrote there,
 * or the PERF formula itself (stuck or under Excel's internal name). A range entry is a
 * spilling formula: entered in its top-left cell, the rest of the range must be empty.
 */
export interface RecordedFormula {
  sheet: string;
  range: MergeRange;
  /** With "=", as the clerk would type it. */
  formula: string;
  value?: RecordEntry['value'];
}

/** The formula entries of the record, in record order; entries without a readable cell or formula are left out. */
export function recordedFormulas(record: RecordEntry[]): RecordedFormula[] {
  const out: RecordedFormula[] = [];
  for (const e of record) {
    if (e.what !== 'formula' || !e.formula) continue;
    const range = parseRangeRef(e.cell.replace(/\$/g, ''));
    if (!range) continue;
    out.push({ sheet: e.sheet, range, formula: perfFormulaText(e.formula), ...(e.value === undefined ? {} : { value: e.value }) });
  }
  return out;
}

/** What is in the entry's range now: Office.js `formulas` and `values` of the range. */
export interface Present {
  formulas: unknown[][];
  values: unknown[][];
}

export type EnableDecision = { enter: true } | { enter: false; message: string };

const blank = (v: unknown) => v === null || v === undefined || v === '';

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b) && !blank(a) && !blank(b);
  return String(a ?? '').trim() === String(b ?? '').trim();
}

/** Excel may give a formula back with other spacing or case than it was recorded with. */
const sameFormula = (a: string, b: string) => a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();

function shown(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}

/** May the entry's formula be entered into what the range holds now? When not, the Chinese reason naming the cell. */
export function enableDecision(entry: RecordedFormula, present: Present): EnableDecision {
  const where = (r: number, c: number) => cellAddress(entry.sheet, entry.range.top + r, entry.range.left + c);
  const anchor = present.formulas[0]?.[0];
  const anchorSpills = typeof anchor === 'string' && anchor.startsWith('=') && sameFormula(perfFormulaText(anchor), entry.formula);
  for (let r = 0; r <= entry.range.bottom - entry.range.top; r++) {
    for (let c = 0; c <= entry.range.right - entry.range.left; c++) {
      const formula = present.formulas[r]?.[c];
      const value = present.values[r]?.[c];
      const isFormula = typeof formula === 'string' && formula.startsWith('=');
      if (r === 0 && c === 0) {
        if (isFormula && sameFormula(perfFormulaText(formula), entry.formula)) continue;
        if (isFormula) return { enter: false, message: `${where(r, c)} 已有公式“${formula}”，不是 PERF 记录的公式“${entry.formula}”，未改动。如需启用，请先清空该单元格。` };
        if (blank(value) || (entry.value !== undefined && entry.value !== null && sameValue(value, entry.value))) continue;
        return { enter: false, message: `${where(r, c)} 已有内容“${shown(value)}”（不是 PERF 写入的值），未改动。如需启用公式，请先清空该单元格。` };
      }
      // the spill area of a range entry: empty, or already the spilled result of the PERF formula above
      if (!isFormula && (blank(value) || anchorSpills)) continue;
      return { enter: false, message: `${where(r, c)} 不是空的（“${shown(isFormula ? formula : value)}”）：公式 ${entry.formula} 要从 ${where(0, 0)} 溢出到 ${where(entry.range.bottom - entry.range.top, entry.range.right - entry.range.left)}，未改动。请先清空这些单元格。` };
    }
  }
  return { enter: true };
}
