import { Cell, CellValue, quote, readCell } from './cell';
import { invalid } from './errors';

/**
 * The one truth table for yes/no cells (一票否决, 取消评优, downgrade, eligibility).
 * yes: TRUE, 1, 是, √, ✓, Y, YES, 有, or any other non-empty text (a reason such as
 *      "安全生产事故");
 * no:  FALSE, 0, 否, 无, N, NO, -, —, blank.
 * A whole number n ≥ 2 means n levels where levels make sense.
 */
export interface YesNo {
  yes: boolean;
  /** 0 for no, 1 for a plain yes, n for a whole number n ≥ 2. */
  levels: number;
}

const NO_WORDS = new Set(['否', '无', '無', 'N', 'NO', '-', '—', '——', '–', '×', '✗', 'FALSE', '不', '没有']);
const NO: YesNo = { yes: false, levels: 0 };
const YES: YesNo = { yes: true, levels: 1 };

/** Read a yes/no cell; `what` names the item for the message (e.g. "一票否决"). */
export function readYesNo(raw: CellValue | unknown, what = '是否'): YesNo {
  return yesNoOf(readCell(raw), raw, what);
}

export function yesNoOf(cell: Cell, raw: unknown, what: string): YesNo {
  switch (cell.kind) {
    case 'blank':
      return NO;
    case 'bool':
      return cell.value ? YES : NO;
    case 'number': {
      const n = cell.value;
      if (n.isZero()) return NO;
      if (n.isInteger() && n.gt(0)) return n.eq(1) ? YES : { yes: true, levels: n.toNumber() };
      throw invalid(`${what}的值 ${quote(raw)} 无法识别：请填写 是/否（或 √、TRUE/FALSE），降级可填写整数级数（如 2）`);
    }
    case 'text': {
      const t = cell.text.toUpperCase();
      if (NO_WORDS.has(t)) return NO;
      return YES;
    }
  }
}
