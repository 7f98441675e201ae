import { Cell, CellValue, errorCode, quote, readCell } from './cell';
import { invalid } from './errors';
import { matchKey } from './match';

/**
 * The one truth table for yes/no cells (一票否决, 取消评优, downgrade, eligibility).
 * yes: TRUE, 1, 是, √, ✓, Y, YES, 有, 对;
 * no:  FALSE, 0, 否, 无, N, NO, -, —, ×, 不, 没有, blank.
 * A whole number n ≥ 2 means n levels where levels make sense. On a summary sheet any other
 * text is a yes (a reason written in the 一票否决 column, "安全生产事故"); a function argument
 * takes only the words (`reasons: false`), so a typo is never a silent yes.
 */
export interface YesNo {
  yes: boolean;
  /** 0 for no, 1 for a plain yes, n for a whole number n ≥ 2. */
  levels: number;
}

export const YES_WORDS: readonly string[] = ['是', '√', '✓', '✔', 'TRUE', 'Y', 'YES', '有', '对'];
export const NO_WORDS: readonly string[] = ['否', '×', '✗', 'FALSE', 'N', 'NO', '无', '無', '不', '没有', '-', '—', '——', '–'];
const YES_KEYS = new Set(YES_WORDS.map(matchKey));
const NO_KEYS = new Set(NO_WORDS.map(matchKey));
const NO: YesNo = { yes: false, levels: 0 };
const YES: YesNo = { yes: true, levels: 1 };

/** The words accepted, for messages: "是、√、TRUE、1（是）；否、×、FALSE、0 或留空（否）". */
export const YES_NO_WORDS_TEXT = '是、√、TRUE、1、Y（是）；否、×、FALSE、0、N 或留空（否）';

export interface YesNoOptions {
  /** Whether any other text means yes (a reason); false: only the words of the table. */
  reasons?: boolean;
  /** Whether a whole number n ≥ 2 is accepted (n levels). */
  levels?: boolean;
  /** Extra words that mean no (COMPLETION's "越高越好"), already through matchKey. */
  alsoNo?: ReadonlySet<string>;
  /** Extra words that mean yes (COMPLETION's "越低越好"), already through matchKey. */
  alsoYes?: ReadonlySet<string>;
  /** How the accepted words are listed in a message, when not the plain table. */
  wordsText?: string;
}

/** Read a yes/no cell; `what` names the item for the message (e.g. "一票否决"). */
export function readYesNo(raw: CellValue | unknown, what = '是否', options: YesNoOptions = {}): YesNo {
  return yesNoOf(readCell(raw), raw, what, options);
}

export function yesNoOf(cell: Cell, raw: unknown, what: string, options: YesNoOptions = {}): YesNo {
  const { reasons = true, levels = true } = options;
  const words = options.wordsText ?? YES_NO_WORDS_TEXT;
  const wrong = () => invalid(`${what} ${quote(raw)} 无法识别：请填写 ${words}${levels ? '，降级可填写整数级数（如 2）' : ''}`);
  switch (cell.kind) {
    case 'blank':
      return NO;
    case 'bool':
      return cell.value ? YES : NO;
    case 'number': {
      const n = cell.value;
      if (n.isZero()) return NO;
      if (n.eq(1) && !cell.percent) return YES;
      if (levels && n.isInteger() && n.gt(1) && !cell.percent) return { yes: true, levels: Math.min(n.toNumber(), 1000) };
      throw wrong();
    }
    case 'text': {
      const code = errorCode(raw) ?? errorCode(cell.text);
      if (code !== null) throw invalid(`${what}是错误值 ${code}：请先修正该单元格`);
      const k = matchKey(cell.text);
      if (NO_KEYS.has(k) || options.alsoNo?.has(k)) return NO;
      if (YES_KEYS.has(k) || options.alsoYes?.has(k) || reasons) return YES;
      throw wrong();
    }
  }
}
