import { NO_WORDS } from '../../engine/yesno';
import { constantFormula } from '../write/formula-text';

/**
 * A native condition that a yes/no cell (一票否决, 是否完成) says yes, as PERF's yes/no rule
 * reads a sheet: blank and the no-words (否, ×, 0, FALSE, 无 …) are no; 是, √, 1, TRUE or any
 * reason written there is yes. (A whole number of levels, 2 or more, PERF reads as that
 * many grades down: 套用 does not write a grade formula for such a sheet.)
 */
export function yesCondition(cell: string): string {
  const text = `TRIM(${cell}&"")`;
  const no = [...NO_WORDS, '0'].map((w) => constantFormula(w)).join(',');
  return `AND(${text}<>"",ISNA(MATCH(${text},{${no}},0)))`;
}
