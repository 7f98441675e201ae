import { Dec, show, sum, ZERO } from './decimal';
import { invalid } from './errors';

function checkCap(cap: Dec | null, what: string): void {
  if (cap !== null && cap.isNegative()) throw invalid(`${what}上限为 ${show(cap)}，不能为负数：请填写正数（如 3 表示扣满3分为止）`);
}

function capped(total: Dec, cap: Dec | null): Dec {
  return cap !== null && total.gt(cap) ? cap : total;
}

/**
 * DEDUCT: the amount to take off, as a positive number. Without `each`, items are points (Σ items);
 * with `each`, items are occurrence counts (Σ count × each, 一次扣0.5分). Capped at `cap`
 * (扣满3分为止). Blank items (null) count as nothing happened; negative items are rejected.
 */
export function deductionTotal(items: readonly (Dec | null)[], each: Dec | null = null, cap: Dec | null = null): Dec {
  if (each !== null && each.isNegative()) throw invalid(`每次扣分为 ${show(each)}，不能为负数：请填写正数，如 0.5`);
  checkCap(cap, '扣分');
  const amounts = items.map((item, i) => {
    if (item === null) return ZERO;
    if (each === null) {
      if (item.isNegative()) throw invalid(`第${i + 1}项扣分为 ${show(item)}，不能为负数：扣分请填写正数（如 0.5），函数会返回要扣的分数`);
      return item;
    }
    if (item.isNegative() || !item.isInteger())
      throw invalid(`第${i + 1}项次数为 ${show(item)}，不是不小于 0 的整数：按次扣分时请填写发生的次数（如 2）`);
    return item.times(each);
  });
  return capped(sum(amounts), cap);
}

/** BONUS: Σ items (加分), capped at `cap`. Blank items count as none; negative items are rejected. */
export function bonusTotal(items: readonly (Dec | null)[], cap: Dec | null = null): Dec {
  checkCap(cap, '加分');
  const amounts = items.map((item, i) => {
    if (item === null) return ZERO;
    if (item.isNegative()) throw invalid(`第${i + 1}项加分为 ${show(item)}，不能为负数：加分请填写正数（如 1）`);
    return item;
  });
  return capped(sum(amounts), cap);
}
