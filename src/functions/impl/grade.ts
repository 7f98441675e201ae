import { gradeOf } from '../../engine/bands';
import { readYesNo } from '../../engine/yesno';
import { Arg, bandsOf, isOmitted, requiredNumber, scalarOf } from '../args';

/** PERF.GRADE(score, [bands], [downgrade]) */
export function gradeImpl(score: Arg, bands?: Arg, downgrade?: Arg): string {
  const s = requiredNumber(score, '得分');
  const b = bandsOf(bands);
  const levels = isOmitted(downgrade) ? 0 : readYesNo(scalarOf(downgrade, '一票否决（降级）'), '一票否决（降级）').levels;
  return gradeOf(s, b, levels);
}
