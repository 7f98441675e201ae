import { D, Dec, HUNDRED, ONE, show, sum, ZERO } from './decimal';
import { invalid, notEntered } from './errors';

/** Slack for weights such as three cells of =1/3 (0.333333333333333 each). */
const SLACK = new D('1e-9');

function near(a: Dec, b: Dec): boolean {
  return a.minus(b).abs().lte(SLACK);
}

/**
 * How the weights are written, from their sum: fractions (0.8, 80%) summing to 1, or percent
 * points summing to 100. With `weightSum` given the weights must sum to it in the same unit:
 * a sum ≤ 1 is fractions (0.15), above 1 percent points (15).
 * Returns the divisor of Σ score×weight (1 or 100) and the sum the weights are scaled to.
 */
function weightUnit(total: Dec, weightSum: Dec | null): { divisor: Dec; target: Dec } {
  if (weightSum !== null) {
    if (weightSum.lte(0)) throw invalid(`权重合计 ${show(weightSum)} 应大于 0：请填写这些权重应有的合计，例如 15（占总分15分）或 0.15`);
    if (!near(total, weightSum))
      throw invalid(`各项权重合计为 ${show(total)}，应为 ${show(weightSum)}：请检查各项权重，或改正第三个参数（权重合计）`);
    return { divisor: weightSum.lte(1) ? ONE : HUNDRED, target: weightSum };
  }
  if (near(total, ONE)) return { divisor: ONE, target: ONE };
  if (near(total, HUNDRED)) return { divisor: HUNDRED, target: HUNDRED };
  throw invalid(
    `各项权重合计为 ${show(total)}，应为 1（100%）或 100：请检查各项权重；如果这些权重本来只占总分的一部分，请在第三个参数写出它们的合计（如 15）`,
  );
}

/**
 * Σ score × weight (加权汇总). Scores and weights pair up item by item; null is "not entered".
 * Weights within 1e-9 of their expected sum are scaled to it exactly, so =1/3 entries give the
 * same total as exact thirds.
 */
export function weightedTotal(scores: readonly (Dec | null)[], weights: readonly (Dec | null)[], weightSum: Dec | null = null): Dec {
  if (scores.length !== weights.length)
    throw invalid(`得分有 ${scores.length} 项，权重有 ${weights.length} 项，数量不一致：得分和权重应一一对应，请选择同样多的单元格`);
  if (scores.length === 0) throw notEntered('没有得分：请选择得分所在的单元格');
  const s: Dec[] = [];
  const w: Dec[] = [];
  scores.forEach((score, i) => {
    const weight = weights[i];
    if (score === null) throw notEntered(`第${i + 1}项得分为空：尚未填写`);
    if (weight === null) throw notEntered(`第${i + 1}项权重为空：尚未填写`);
    if (weight.isNegative()) throw invalid(`第${i + 1}项权重为 ${show(weight)}，权重不能为负数：请改为正数`);
    s.push(score);
    w.push(weight);
  });
  const total = sum(w);
  const { divisor, target } = weightUnit(total, weightSum);
  let raw = ZERO;
  for (let i = 0; i < s.length; i++) raw = raw.plus(s[i].times(w[i]));
  const scaled = total.eq(target) ? raw : raw.times(target).div(total);
  return divisor === ONE ? scaled : scaled.div(divisor);
}

/** The total from its parts: weighted total − deduction + bonus (magnitudes; null = none). The one place this rule is written. */
export function netTotal(weighted: Dec, deduction: Dec | null, bonus: Dec | null): Dec {
  return weighted.minus(deduction ?? ZERO).plus(bonus ?? ZERO);
}

/** TOTAL: the weighted total − deduction + bonus. Deduction and bonus are magnitudes (≥ 0). */
export function totalScore(weighted: Dec, deduction: Dec, bonus: Dec): Dec {
  if (deduction.isNegative())
    throw invalid(`扣分为 ${show(deduction)}：扣分请填写正数（如 3），函数会自动减去`);
  if (bonus.isNegative()) throw invalid(`加分为 ${show(bonus)}：加分请填写正数（如 1），不能为负数`);
  return netTotal(weighted, deduction, bonus);
}
