import { scaleScore } from '../../engine/scale';
import { Arg, out, requiredNumber } from '../args';
import { PARAMS } from '../params';

const P = PARAMS.SCALE;

/** PERF.SCALE(score, full, points) */
export function scaleImpl(score: Arg, full: Arg, points: Arg): number {
  return out(scaleScore(requiredNumber(score, P.score), requiredNumber(full, P.full), requiredNumber(points, P.points)));
}
