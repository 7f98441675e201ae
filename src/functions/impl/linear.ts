import { linearScore } from '../../engine/linear';
import { Arg, out, requiredNumber } from '../args';

/** PERF.LINEAR(actual, floor, target, points) */
export function linearImpl(actual: Arg, floor: Arg, target: Arg, points: Arg): number {
  return out(
    linearScore(requiredNumber(actual, '实际值'), requiredNumber(floor, '起评值'), requiredNumber(target, '目标值'), requiredNumber(points, '分值')),
  );
}
