import { Dec, show } from './decimal';
import { invalid } from './errors';

/** SCALE (折算): score ÷ full × points, e.g. 85 of 100 worth 20 points → 17. */
export function scaleScore(score: Dec, full: Dec, points: Dec): Dec {
  if (full.lte(0)) throw invalid(`满分为 ${show(full)}，应大于 0：请填写得分的满分（如 100）`);
  if (points.isNegative()) throw invalid(`折算分值为 ${show(points)}，不能为负数：请填写折算后的分值（如 20）`);
  return score.times(points).div(full);
}
