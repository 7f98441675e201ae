import { satisfactionScore } from '../../engine/satisfaction';
import { Arg, isOmitted, numberList, out } from '../args';

/** PERF.SATISFACTION(counts, [values]) */
export function satisfactionImpl(counts: Arg, values?: Arg): number {
  const c = numberList(counts, (i) => `第${i}档票数`, 'keep');
  const v = isOmitted(values) ? null : numberList(values, (i) => `第${i}档分值`, 'keep');
  return out(satisfactionScore(c, v));
}
