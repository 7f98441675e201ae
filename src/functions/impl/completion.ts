import { ONE } from '../../engine/decimal';
import { completionScore } from '../../engine/completion';
import { invalid } from '../../engine/errors';
import { matchKey } from '../../engine/match';
import { YES_NO_WORDS_TEXT } from '../../engine/yesno';
import { Arg, optionalNumber, out, requiredNumber, yesNoArg } from '../args';
import { PARAMS } from '../params';

const P = PARAMS.COMPLETION;

/** Words that name a direction: the usual one means no, the other yes. */
const HIGHER = new Set(['越高越好', '高越好', '高', '越大越好', '大', '正向', '正向指标', 'higher', 'higher is better', 'high'].map(matchKey));
const LOWER = new Set(['越低越好', '低越好', '低', '越小越好', '小', '逆向', '逆向指标', '反向', '反向指标', 'lower', 'lower is better', 'low'].map(matchKey));

/** PERF.COMPLETION(actual, target, points, [cap], [lower_is_better]) */
export function completionImpl(actual: Arg, target: Arg, points: Arg, cap?: Arg, lower?: Arg): number {
  const c = optionalNumber(cap, P.cap, ONE);
  if (c.isZero())
    throw invalid(`${P.cap}为 0：不设上限时请省略该参数（默认 1 即 100%），例如 1.2 表示最多按 120% 计分；如果引用的单元格是空的，桌面版 Excel 会把它当作 0 传入`);
  const lowerIsBetter = yesNoArg(lower, P.lower_is_better, {
    levels: false,
    alsoNo: HIGHER,
    alsoYes: LOWER,
    wordsText: `${YES_NO_WORDS_TEXT}；也可写 越低越好（是）、越高越好（否）`,
  }).yes;
  return out(
    completionScore(requiredNumber(actual, P.actual), requiredNumber(target, P.target), requiredNumber(points, P.points), c, lowerIsBetter),
  );
}
