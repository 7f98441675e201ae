import { D, Dec, show, sum } from './decimal';
import { invalid, notEntered } from './errors';

/** Values of 满意 / 基本满意 / 不满意 when none are given. */
export const DEFAULT_SATISFACTION_VALUES: readonly Dec[] = Object.freeze([new D(100), new D(60), new D(0)]);

/**
 * SATISFACTION: Σ count × value ÷ Σ count. A blank count (null) means nobody chose that level.
 * Counts may be numbers of votes or shares of them.
 */
export function satisfactionScore(counts: readonly (Dec | null)[], values: readonly (Dec | null)[] | null = null): Dec {
  const levels = values ?? (counts.length === DEFAULT_SATISFACTION_VALUES.length ? DEFAULT_SATISFACTION_VALUES : null);
  if (levels === null)
    throw invalid(`给出了 ${counts.length} 档票数，但没有给出各档分值：请在第二个参数给出每档的分值（不给时只适用于 满意/基本满意/不满意 三档，按 100/60/0 计）`);
  if (levels.length !== counts.length)
    throw invalid(`票数有 ${counts.length} 档，分值有 ${levels.length} 档，数量不一致：每档票数应对应一个分值`);
  const c = counts.map((n, i) => {
    if (n === null) return new D(0);
    if (n.isNegative()) throw invalid(`第${i + 1}档票数为 ${show(n)}，不能为负数：请填写票数`);
    return n;
  });
  const v = levels.map((value, i) => {
    if (value === null) throw notEntered(`第${i + 1}档分值为空：尚未填写`);
    return value;
  });
  const votes = sum(c);
  if (votes.isZero()) throw notEntered('没有评价票数（票数全部为空或为 0）：尚未填写');
  return sum(c.map((n, i) => n.times(v[i]))).div(votes);
}
