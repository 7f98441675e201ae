import { Dec, ONE, show, ZERO } from './decimal';
import { invalid } from './errors';

/**
 * COMPLETION: points × min(actual ÷ target, cap). Higher is better by default; a negative
 * completion gives 0. Lower is better (accidents, complaints): target ÷ actual, an actual of 0 is
 * the best result (points × cap); with a target of 0 (零事故) an actual of 0 gives full points and
 * anything above gives 0 — graded penalties belong to LINEAR.
 */
export function completionScore(actual: Dec, target: Dec, points: Dec, cap: Dec = ONE, lowerIsBetter = false): Dec {
  if (points.isNegative()) throw invalid(`分值为 ${show(points)}，不能为负数：请填写该指标的分值（如 10）`);
  if (cap.lt(1)) throw invalid(`上限为 ${show(cap)}，应不小于 1（100%）：例如 1.2 表示最多按 120% 计分`);
  if (target.isNegative()) throw invalid(`目标值为 ${show(target)}，不能为负数：请填写目标值`);
  if (!lowerIsBetter) {
    if (target.isZero())
      throw invalid('目标值为 0：越高越好的指标需要大于 0 的目标值；如果目标是“零发生”，请把第五个参数（越低越好）填为 是');
    const rate = actual.div(target);
    if (rate.isNegative()) return ZERO;
    return points.times(rate.gt(cap) ? cap : rate);
  }
  if (actual.isNegative()) throw invalid(`实际值为 ${show(actual)}，不能为负数：越低越好的指标（如事故数）请填写实际发生数`);
  if (target.isZero()) return actual.isZero() ? points : ZERO;
  if (actual.isZero()) return points.times(cap);
  const rate = target.div(actual);
  return points.times(rate.gt(cap) ? cap : rate);
}
