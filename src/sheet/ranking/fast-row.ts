import { Dec, excelShown, show } from '../../engine/decimal';
import { fixedAdd, fixedCmp, fixedOfText, fixedToDec, fixedToNumber, FIXED_ZERO, FixedSum, scaleUp, type Fixed } from '../../engine/fixed';
import { isBlankFast } from '../../engine/text-fast';
import type { Scheme } from '../../engine/scheme/types';
import type { SourceColumn } from '../source-table';
import { NO_NOTES, type UnitNote } from './notes';
import type { UsedComponent } from './types';

/**
 * The row rules of read-rows.ts for rows of plain numbers, in exact safe integers (Fixed):
 * a score in 0…full, a deduction or bonus that is blank or not negative. Whenever a row
 * would warn, or a value leaves safe integers, these return null and the row is read by
 * the decimal.js path, which explains. Same values and notes (test/sheet/ranking/fast-row.test.ts).
 */

interface FastComponent {
  col: number;
  /** A score's contribution: its scaled integer × factor, at its scale + factorScale (percent: × weight ÷ 100). */
  factor: number;
  factorScale: number;
  full: Fixed;
  /** full as a double, a little above it: a cheap first test. */
  fullNumber: number;
  /** full as the double it exactly is (≤ 15 digits, as every shown score: doubles compare them exactly). */
  fullValue: number;
}

/** A cap's note by the amount before it, one frozen list each: the rows capped from the same amount say the same. */
type CapNotes = Map<Dec, UnitNote[]>;

interface FastAdjustment {
  cols: { index: number; header: string; cap: Fixed | null; capDec: Dec | null; notes: CapNotes }[];
  cap: Fixed | null;
  capDec: Dec | null;
  notes: CapNotes;
}

export interface FastPlan {
  components: FastComponent[];
  deduction: FastAdjustment;
  bonus: FastAdjustment;
}

const HUNDRED: Fixed = { int: 100, scale: 0 };

/** A cap as the decimal path reads it (new D(cap)); undefined when it is not plain. */
function capOf(text: string | null | undefined): { fixed: Fixed | null; dec: Dec | null } | undefined {
  if (text === null || text === undefined) return { fixed: null, dec: null };
  const fixed = fixedOfText(text);
  const dec = fixed && fixedToDec(fixed);
  return fixed && dec ? { fixed, dec } : undefined;
}

function adjustmentPlan(cols: SourceColumn[], schemeCap: string | null): FastAdjustment | null {
  const cap = capOf(schemeCap);
  if (!cap) return null;
  const out: FastAdjustment = { cols: [], cap: cap.fixed, capDec: cap.dec, notes: new Map() };
  for (const c of cols) {
    const colCap = capOf(c.cap);
    if (!colCap) return null;
    out.cols.push({ index: c.index, header: c.header, cap: colCap.fixed, capDec: colCap.dec, notes: new Map() });
  }
  return out;
}

/** The table's weights and caps as Fixed, once per run; null when any is not a plain number. */
export function fastPlan(components: UsedComponent[], deductionCols: SourceColumn[], bonusCols: SourceColumn[], scheme: Scheme): FastPlan | null {
  const fast: FastComponent[] = [];
  for (const c of components) {
    const weight = fixedOfText(c.weight.toFixed());
    if (!weight) return null;
    const full = c.unit === 'percent' ? HUNDRED : weight;
    const percent = c.unit === 'percent';
    fast.push({
      col: c.col,
      factor: percent ? weight.int : 1,
      factorScale: percent ? weight.scale + 2 : 0,
      full,
      fullNumber: fixedToNumber(full) * (1 + 1e-9),
      fullValue: fixedToNumber(full),
    });
  }
  const deduction = adjustmentPlan(deductionCols, scheme.deductionCap);
  const bonus = adjustmentPlan(bonusCols, scheme.bonusCap);
  return deduction && bonus ? { components: fast, deduction, bonus } : null;
}

/**
 * Whether every score is a plain number in 0…full, with Σ contribution (contribution() of components.ts)
 * left in `sum` and each score's double (the value Excel shows: fromExcel gives its decimal back) in
 * numbers[from + i]; on false, numbers are partly written: the caller clears them. The sum is kept in locals (FixedSum.add's rule,
 * scaleUp), not in the object's fields, and stored once at the end.
 */
export function fastScores(cells: readonly unknown[], plan: FastPlan, sum: FixedSum, numbers: Float64Array, from: number): boolean {
  const components = plan.components;
  const n = components.length;
  let total = 0;
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const c = components[i]!;
    const raw = cells[c.col];
    if (typeof raw !== 'number' || !(raw >= 0 && raw <= c.fullNumber)) return false;
    const v = excelShown(raw);
    if (v.int !== v.int) return false;
    // the double bounds are only a first sieve: the decimal bound decides, compared as exact doubles
    if (v.value > c.fullValue) return false;
    let int = v.int * c.factor;
    const at = v.scale + c.factorScale;
    if (!Number.isSafeInteger(int) || at > 22) return false;
    // both at the larger scale (NaN when that leaves safe integers, and the sum with it)
    if (at > scale) {
      total = scaleUp(total, at - scale);
      scale = at;
    } else if (at < scale) int = scaleUp(int, scale - at);
    total += int;
    if (!Number.isSafeInteger(total)) return false;
    numbers[from + i] = v.value;
  }
  sum.int = total;
  sum.scale = scale;
  return true;
}

/** A row's deduction or bonus as fastAdjustment reads it. */
export interface FastAdjusted {
  value: Dec | null;
  fixed: Fixed;
  invalid: false;
  capNotes: UnitNote[];
}

/** One FastAdjusted to be filled row after row (each row's is used before the next is read). */
export function fastAdjusted(): FastAdjusted {
  return { value: null, fixed: FIXED_ZERO, invalid: false, capNotes: NO_NOTES };
}

function filled(out: FastAdjusted, value: Dec | null, fixed: Fixed, capNotes: UnitNote[]): FastAdjusted {
  out.value = value;
  out.fixed = fixed;
  out.capNotes = capNotes;
  return out;
}

/** `notes` with the cap's note from `before` added: a row's only note is the shared frozen list (addNote copies it before adding). */
function withCapNote(notes: UnitNote[], cache: CapNotes, before: Dec, make: () => UnitNote): UnitNote[] {
  let shared = cache.get(before);
  if (shared === undefined) cache.set(before, (shared = Object.freeze([Object.freeze(make())]) as UnitNote[]));
  return notes === NO_NOTES ? shared : [...notes, shared[0]!];
}

/**
 * readAdjustment of read-rows.ts for blank or non-negative plain numbers, left in `out`; null
 * otherwise. Each amount's double (the value Excel shows) goes in numbers[from + k] for the plan's
 * k-th column, a blank's left as it is; on null, numbers are partly written: the caller clears them.
 */
export function fastAdjustment(cells: readonly unknown[], plan: FastAdjustment, what: '扣分' | '加分', out: FastAdjusted, numbers: Float64Array, from: number): FastAdjusted | null {
  let capNotes = NO_NOTES;
  let entered = false;
  let sum: Fixed | null = FIXED_ZERO;
  let single: Dec | null = null;
  for (let k = 0; k < plan.cols.length; k++) {
    const c = plan.cols[k]!;
    const raw = cells[c.index];
    if (isBlankFast(raw)) continue;
    if (typeof raw !== 'number' || !(raw >= 0 && raw < 1e15)) return null;
    const shown = excelShown(raw);
    if (Number.isNaN(shown.int)) return null;
    numbers[from + k] = shown.value;
    let v: Fixed = shown;
    let dec = shown.dec;
    if (c.cap !== null) {
      const over = fixedCmp(v, c.cap);
      if (over === null) return null;
      if (over > 0) {
        capNotes = withCapNote(capNotes, c.notes, dec, () => ({ kind: 'cap', what, header: c.header, before: show(dec), after: show(c.capDec!), by: 'header' }));
        v = c.cap;
        dec = c.capDec!;
      }
    }
    single = entered ? null : dec;
    // the first amount is the sum so far as it is
    sum = entered ? fixedAdd(sum, v) : v;
    entered = true;
    if (sum === null) return null;
  }
  if (!entered) return filled(out, null, FIXED_ZERO, capNotes);
  const before = single ?? fixedToDec(sum);
  if (before === null) return null;
  if (plan.cap !== null) {
    const over = fixedCmp(sum, plan.cap);
    if (over === null) return null;
    if (over > 0) {
      capNotes = withCapNote(capNotes, plan.notes, before, () => ({ kind: 'cap', what, before: show(before), after: show(plan.capDec!), by: 'scheme' }));
      return filled(out, plan.capDec, plan.cap, capNotes);
    }
  }
  return filled(out, before, sum, capNotes);
}

/**
 * Σ contributions − deduction + bonus, as a decimal, its exact double left in `exact.value`;
 * null beyond 15 significant digits.
 */
export function fastTotal(sum: FixedSum, deduction: Fixed, bonus: Fixed, exact: { value: number }): Dec | null {
  if (deduction.int !== 0 || bonus.int !== 0) {
    if (!sum.add(-deduction.int, deduction.scale) || !sum.add(bonus.int, bonus.scale)) return null;
  }
  const total = fixedToDec(sum);
  if (total !== null) exact.value = fixedToNumber(sum);
  return total;
}
