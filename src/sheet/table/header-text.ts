import { normaliseText, type CellValue } from '../../engine/cell';
import { isPlainText } from '../../engine/text-fast';

/**
 * A weight written in a header. `bare`: a number in brackets with no % or 分 ("重点工作(80)"),
 * read as points until the table's data says otherwise (settleBareWeights).
 */
export type Weight = { unit: 'percent' | 'points'; value: string; bare?: true };

/** One header cell, read: as shown, in the compact form roles are matched on, and with its weight taken out. */
export interface HeaderText {
  /** As shown, with line breaks and runs of spaces folded to one space. */
  display: string;
  /** Full-width folded (（）→(), ％→%), every space and line break removed: "单 位" → "单位". */
  compact: string;
  /** compact without the weight or cap written in it: "指标考核(80%)" → "指标考核". */
  name: string;
  /** The number written with % or 分 ("(80%)", "权重20%", "(80分)", "满分80") or bare in brackets ("(80)"), whatever the column's role. */
  weight?: Weight;
  /** A cap written in words ("最多3分", "扣满3分为止", "上限5分") → "3". */
  cap?: string;
}

const PERCENT = /(?:权重|占比|比重|占|[×x*])?(\d+(?:\.\d+)?)%/;
const POINTS = /(?:满分|分值)(\d+(?:\.\d+)?)分?|(?:满分|分值|[×x*])?(\d+(?:\.\d+)?)分(?!值)/;
/** "重点工作(80)", "共性工作（20）": how offices write points (seed 002: "重点工作目标，占 80 分"). */
const BARE = /\((\d+(?:\.\d+)?)\)/;
const CAP_WORDS = /最多|最高|至多|上限|封顶|不超过|扣满|加满|为止|以内/;
const BRACKETS = /[([【]([^()[\]【】]*)[)\]】]/g;
const EDGE_SEPARATORS = /^[-_:·×*、,/]+|[-_:·×*、,/]+$/g;

export function headerText(raw: CellValue): HeaderText {
  // a number's text holds no weight (no %, 分 or brackets); the header search reads every cell of its rows
  if (typeof raw === 'number') {
    const text = String(raw);
    return { display: text, compact: text, name: text };
  }
  const original = raw === null || raw === undefined ? '' : String(raw);
  // plain text without a space (isPlainText) is its own display and compact form
  const plain = isPlainText(original) && original.indexOf(' ') < 0;
  const display = plain ? original : original.replace(/\s+/g, ' ').trim();
  const compact = plain ? original : normaliseText(original).replace(/\s+/g, '');
  const percent = PERCENT.exec(compact);
  const points = percent ? null : POINTS.exec(compact);
  const bare = percent || points ? null : BARE.exec(compact);
  const found = percent ?? points ?? bare;
  if (!found) return { display, compact, name: compact };
  const value = percent ? percent[1] : points ? (points[1] ?? points[2]) : bare![1];
  const weight: Weight = bare ? { unit: 'points', value: value!, bare: true } : { unit: percent ? 'percent' : 'points', value: value! };
  const name = withoutPart(compact, found.index, found[0].length) || compact;
  const cap = CAP_WORDS.test(compact) ? value : undefined;
  return cap === undefined ? { display, compact, name, weight } : { display, compact, name, weight, cap };
}

/** Remove the bracketed part holding [start, start+length), or that text alone when not bracketed. */
function withoutPart(compact: string, start: number, length: number): string {
  for (const b of compact.matchAll(BRACKETS)) {
    const from = b.index;
    const to = from + b[0].length;
    if (from <= start && start + length <= to) return tidy(compact.slice(0, from) + compact.slice(to));
  }
  return tidy(compact.slice(0, start) + compact.slice(start + length));
}

function tidy(s: string): string {
  return s.replace(EDGE_SEPARATORS, '');
}
