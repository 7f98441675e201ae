import { Dec, show, ZERO } from './decimal';
import { invalid } from './errors';

/**
 * LINEAR: 0 at or beyond the floor, full points at or beyond the target, straight line between.
 * Works both ways: floor < target (higher is better) and floor > target (lower is better).
 */
export function linearScore(actual: Dec, floor: Dec, target: Dec, points: Dec): Dec {
  if (points.isNegative()) throw invalid(`分值为 ${show(points)}，不能为负数：请填写该指标的分值（如 10）`);
  if (floor.eq(target))
    throw invalid(`起评值和目标值都是 ${show(floor)}：两者必须不同（起评值以下得 0 分，达到目标值得满分）`);
  const up = target.gt(floor);
  const progress = up ? actual.minus(floor) : floor.minus(actual);
  const span = up ? target.minus(floor) : floor.minus(target);
  if (progress.lte(0)) return ZERO;
  if (progress.gte(span)) return points;
  return points.times(progress).div(span);
}
