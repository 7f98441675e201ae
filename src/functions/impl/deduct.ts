import { Dec } from '../../engine/decimal';
import { bonusTotal, deductionTotal } from '../../engine/deduct';
import { invalid } from '../../engine/errors';
import { Arg, numberList, optionalNumber, out } from '../args';
import { PARAMS } from '../params';

const DESKTOP_BLANK = '；如果引用的单元格是空的，桌面版 Excel 会把它当作 0 传入，请删去该参数或填写数值';

/** An optional positive amount: 0 is never meant (it is what desktop Excel passes for a blank cell). */
function positiveOrOmitted(a: Arg, label: string, example: string): Dec | null {
  const n = optionalNumber(a, label, null);
  if (n !== null && n.isZero()) throw invalid(`${label}为 0：请填写大于 0 的数（如 ${example}），不设${label}时请省略该参数${DESKTOP_BLANK}`);
  return n;
}

/** PERF.DEDUCT(items, [each], [cap]) */
export function deductImpl(items: Arg, each?: Arg, cap?: Arg): number {
  const e = positiveOrOmitted(each, PARAMS.DEDUCT.each, '0.5');
  const list = numberList(items, (i) => `${PARAMS.DEDUCT.items}第${i}项${e === null ? '' : '（次数）'}`, 'keep');
  return out(deductionTotal(list, e, positiveOrOmitted(cap, PARAMS.DEDUCT.cap, '3')));
}

/** PERF.BONUS(items, [cap]) */
export function bonusImpl(items: Arg, cap?: Arg): number {
  const list = numberList(items, (i) => `${PARAMS.BONUS.items}第${i}项`, 'keep');
  return out(bonusTotal(list, positiveOrOmitted(cap, PARAMS.BONUS.cap, '5')));
}
