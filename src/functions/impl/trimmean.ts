import { trimmedMean } from '../../engine/trimmean';
import { Arg, numberList, out, wholeNumber } from '../args';

/** PERF.TRIMMEAN(scores, [drop_high], [drop_low]) */
export function trimmeanImpl(scores: Arg, dropHigh?: Arg, dropLow?: Arg): number {
  const list = numberList(scores, (i) => `第${i}个评分`, 'keep');
  return out(trimmedMean(list, wholeNumber(dropHigh, '去掉最高分的个数', 1), wholeNumber(dropLow, '去掉最低分的个数', 1)));
}
