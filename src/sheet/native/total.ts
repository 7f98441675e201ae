import { cappedFormula, type NativeCap } from './capped';
import { roundedFormula, type NativeDecimals } from './decimals';
import { grouped, type Operand } from './operand';

/**
 * The weighted total of one row, rounded as the scheme says so that the total the clerk
 * sees (80) is the number graded and ranked (not 79.99999999999999).
 * - percent weights: Σ score × weight / 100; points weights: the scores are points already, Σ score.
 * - deduction and bonus are subtracted/added before rounding, each capped, as PERF's engine does.
 */
export interface WeightedTotal {
  /** Contiguous score cells and matching weight cells (same shape): SUMPRODUCT. */
  scores?: Operand;
  weights?: Operand;
  /** Or one term per component: a score cell and its weight (cell, name or constant). */
  terms?: { score: Operand; weight: Operand }[];
  unit: 'percent' | 'points';
  deduction?: { value: Operand; cap: NativeCap };
  bonus?: { value: Operand; cap: NativeCap };
  decimals: NativeDecimals;
}

export function weightedSumFormula(t: Pick<WeightedTotal, 'scores' | 'weights' | 'terms' | 'unit'>): string {
  if (t.unit === 'points') {
    if (t.scores) return `SUM(${t.scores})`;
    return `SUM(${(t.terms ?? []).map((x) => x.score).join(',')})`;
  }
  const sum =
    t.scores && t.weights
      ? `SUMPRODUCT(${t.scores},${t.weights})`
      : (t.terms ?? []).map((x) => `${grouped(x.score)}*${grouped(x.weight)}`).join('+');
  if (sum === '') throw new Error('a weighted total needs scores and weights');
  return `${grouped(sum)}/100`;
}

export function weightedTotalFormula(t: WeightedTotal): string {
  let expr = weightedSumFormula(t);
  if (t.deduction) expr += `-${grouped(cappedFormula(t.deduction.value, t.deduction.cap))}`;
  if (t.bonus) expr += `+${grouped(cappedFormula(t.bonus.value, t.bonus.cap))}`;
  return roundedFormula(expr, t.decimals);
}

/**
 * A total that stays blank until every score cell is filled (blank is "not entered yet",
 * never 0): IF(COUNT(scores)<n,"",total).
 */
export function blankUntilFilled(scoreCells: Operand[], formula: string): string {
  const n = scoreCells.length;
  return `IF(COUNT(${scoreCells.join(',')})<${n},"",${formula})`;
}
