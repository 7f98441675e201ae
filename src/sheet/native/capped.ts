import { isReference, numberConstant, type Operand } from './operand';

/**
 * A cap on a deduction or bonus (扣满3分为止): a decimal string from the scheme, the cell
 * or name holding the 方案 setting (PERF_扣分上限; blank there = no cap), or null = no cap.
 */
export type NativeCap = string | number | null | { cell: Operand };

/**
 * expr, at most the cap: MIN(SUM(E5),3), or IF(PERF_扣分上限="",SUM(E5),MIN(SUM(E5),PERF_扣分上限)).
 * A reference is summed first: MIN ignores a blank cell it is given, so MIN(E5,3) would
 * deduct 3 from a unit with no deduction.
 */
export function cappedFormula(expr: Operand, cap: NativeCap): string {
  if (isReference(expr)) expr = `SUM(${expr})`;
  if (cap === null) return expr;
  if (typeof cap === 'object') return `IF(${cap.cell}="",${expr},MIN(${expr},${cap.cell}))`;
  return `MIN(${expr},${numberConstant(cap)})`;
}

/**
 * A unit's deduction from a ledger of findings (one row per finding), capped:
 * MIN(SUMIF(ledger units, this unit, ledger points), cap).
 */
export function ledgerDeductionFormula(o: { units: Operand; points: Operand; unit: Operand; cap: NativeCap }): string {
  return cappedFormula(`SUMIF(${o.units},${o.unit},${o.points})`, o.cap);
}

/** A per-occurrence deduction: count × points each (0.5 per absence), capped. */
export function occurrenceDeductionFormula(o: { counts: Operand[]; each: string | number; cap: NativeCap }): string {
  const count = o.counts.length === 1 ? o.counts[0] : `SUM(${o.counts.join(',')})`;
  return cappedFormula(`${count}*${numberConstant(o.each)}`, o.cap);
}
