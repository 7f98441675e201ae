import { trimmedMean } from '../../engine/trimmean';
import { Arg, numberList, out, wholeNumber } from '../args';
import { PARAMS } from '../params';

const P = PARAMS.TRIMMEAN;

/** PERF.TRIMMEAN(scores, [drop_high], [drop_low]) */
export function trimmeanImpl(scores: Arg, dropHigh?: Arg, dropLow?: Arg): number {
  const list = numberList(scores, (i) => `第${i}个${P.scores}`, 'keep');
  return out(trimmedMean(list, wholeNumber(dropHigh, P.drop_high, 1), wholeNumber(dropLow, P.drop_low, 1)));
}
