import { ZERO } from '../../engine/decimal';
import { invalid } from '../../engine/errors';
import { totalScore, weightedTotal } from '../../engine/weighted';
import { fromExcel } from '../../engine/decimal';
import { weightedFast } from '../../engine/weighted-fast';
import { Arg, isOmitted, listOf, numberList, optionalNumber, out } from '../args';
import { PARAMS } from '../params';

const P = PARAMS.TOTAL;

/** The exact integer fast path when every cell is a plain number (the common case), else null. */
function fast(scores: Arg, weights: Arg, weightSum: Arg): number | null {
  return isOmitted(weightSum) ? weightedFast(listOf(scores), listOf(weights)) : null;
}

function weightedOf(scores: Arg, weights: Arg, weightSum: Arg) {
  const s = numberList(scores, (i) => `第${i}项得分`, 'keep');
  const w = numberList(weights, (i) => `第${i}项权重`, 'keep');
  const ws = optionalNumber(weightSum, PARAMS.WEIGHTED.weight_sum, null);
  if (ws !== null && ws.isZero())
    throw invalid(`${PARAMS.WEIGHTED.weight_sum}为 0：请填写这些权重应有的合计（如 15 或 0.15）；如果引用的单元格是空的，桌面版 Excel 会把它当作 0 传入`);
  return weightedTotal(s, w, ws);
}

/** PERF.WEIGHTED(scores, weights, [weight_sum]) */
export function weightedImpl(scores: Arg, weights: Arg, weightSum?: Arg): number {
  return fast(scores, weights, weightSum) ?? out(weightedOf(scores, weights, weightSum));
}

/** PERF.TOTAL(scores, weights, [deduction], [bonus]) */
export function totalImpl(scores: Arg, weights: Arg, deduction?: Arg, bonus?: Arg): number {
  const quick = fast(scores, weights, null);
  const w = quick !== null ? fromExcel(quick) : weightedOf(scores, weights, null);
  return out(totalScore(w, optionalNumber(deduction, P.deduction, ZERO), optionalNumber(bonus, P.bonus, ZERO)));
}
