import { normaliseText } from '../../engine/cell';
import { ONE } from '../../engine/decimal';
import { completionScore } from '../../engine/completion';
import { invalid } from '../../engine/errors';
import { readYesNo } from '../../engine/yesno';
import { Arg, isOmitted, optionalNumber, out, requiredNumber, scalarOf } from '../args';

/** Words that name the usual direction; without this, the yes/no table would read any text as yes. */
const HIGHER = /^(越?高越好|高|越?大越好|大|正向(指标)?|HIGHER( IS BETTER)?|HIGH)$/i;

/** lower_is_better: the yes/no truth table, except that words for "higher is better" mean no. */
function lowerIsBetter(a: Arg): boolean {
  if (isOmitted(a)) return false;
  const raw = scalarOf(a, '越低越好');
  if (typeof raw === 'string' && HIGHER.test(normaliseText(raw))) return false;
  return readYesNo(raw, '越低越好').yes;
}

/** PERF.COMPLETION(actual, target, points, [cap], [lower_is_better]) */
export function completionImpl(actual: Arg, target: Arg, points: Arg, cap?: Arg, lower?: Arg): number {
  const c = optionalNumber(cap, '上限', ONE);
  if (c.isZero())
    throw invalid('上限为 0：不设上限时请省略该参数（默认 1 即 100%），例如 1.2 表示最多按 120% 计分；如果引用的单元格是空的，桌面版 Excel 会把它当作 0 传入');
  return out(
    completionScore(
      requiredNumber(actual, '实际值'),
      requiredNumber(target, '目标值'),
      requiredNumber(points, '分值'),
      c,
      lowerIsBetter(lower),
    ),
  );
}
