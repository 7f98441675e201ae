import { Dec, sum } from './decimal';
import { invalid, notEntered } from './errors';

/**
 * TRIMMEAN: the mean after dropping the `dropHigh` highest and `dropLow` lowest scores
 * (去掉一个最高分和一个最低分). Blank scores (null) are left out.
 */
export function trimmedMean(scores: readonly (Dec | null)[], dropHigh = 1, dropLow = 1): Dec {
  const entered = scores.filter((s): s is Dec => s !== null).sort((a, b) => a.cmp(b));
  if (entered.length === 0) throw notEntered('评分全部为空：尚未填写');
  const kept = entered.slice(dropLow, entered.length - dropHigh);
  if (kept.length <= 0)
    throw invalid(
      `共有 ${entered.length} 个评分，去掉 ${dropHigh} 个最高分和 ${dropLow} 个最低分后没有剩余：请减少去掉的个数，或补齐评分`,
    );
  return sum(kept).div(kept.length);
}
