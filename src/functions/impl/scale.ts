import { scaleScore } from '../../engine/scale';
import { Arg, out, requiredNumber } from '../args';

/** PERF.SCALE(score, full, points) */
export function scaleImpl(score: Arg, full: Arg, points: Arg): number {
  return out(scaleScore(requiredNumber(score, '得分'), requiredNumber(full, '满分'), requiredNumber(points, '折算分值')));
}
