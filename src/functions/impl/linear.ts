import { linearScore } from '../../engine/linear';
import { Arg, out, requiredNumber } from '../args';
import { PARAMS } from '../params';

const P = PARAMS.LINEAR;

/** PERF.LINEAR(actual, floor, target, points) */
export function linearImpl(actual: Arg, floor: Arg, target: Arg, points: Arg): number {
  return out(
    linearScore(requiredNumber(actual, P.actual), requiredNumber(floor, P.floor), requiredNumber(target, P.target), requiredNumber(points, P.points)),
  );
}
