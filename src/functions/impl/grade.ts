import { gradeOf } from '../../engine/bands';
import { Arg, bandsOf, requiredNumber, yesNoArg } from '../args';
import { PARAMS } from '../params';

const P = PARAMS.GRADE;

/** PERF.GRADE(score, [bands], [downgrade]) */
export function gradeImpl(score: Arg, bands?: Arg, downgrade?: Arg): string {
  const s = requiredNumber(score, P.score);
  const b = bandsOf(bands, P.bands);
  return gradeOf(s, b, yesNoArg(downgrade, P.downgrade).levels);
}
