import { CellValue, quote, readCell } from '../../engine/cell';
import { invalid, notEntered } from '../../engine/errors';
import { parseRatingText, RatingTable, ratingScore, ratingTableFromRows } from '../../engine/rating';
import { Arg, gridOf, isOmitted, listOf, out, requiredNumber, scalarOf } from '../args';

/** The table: omitted → default; a 2-column range (rating, share); or text "好:100%,较好:80%,…". */
function tableArg(a: Arg): RatingTable | null {
  if (isOmitted(a)) return null;
  const grid = gridOf(a);
  const width = Math.max(0, ...grid.map((r) => r.length));
  if (width >= 2 && grid.length > 1) {
    if (width > 2) throw invalid(`评价表选了 ${width} 列：请只选择两列（评价、比例）`);
    return ratingTableFromRows(grid as CellValue[][]);
  }
  const texts = listOf(a).flatMap((raw) => {
    const c = readCell(raw);
    if (c.kind === 'blank') return [];
    if (c.kind === 'text') return [c.text];
    throw invalid(`评价表 ${quote(raw)} 无法识别：请写成 "好:100%,较好:80%,一般:60%,差:0"，或选择两列区域（评价、比例）`);
  });
  return parseRatingText(texts.join(','));
}

function ratingText(a: Arg): string {
  const raw = scalarOf(a, '评价');
  const c = readCell(raw);
  if (c.kind === 'blank') throw notEntered('评价为空：尚未填写');
  if (c.kind === 'text') return c.text;
  if (c.kind === 'number') return c.value.toFixed();
  throw invalid(`评价是逻辑值 ${quote(raw)}：请填写评价，如 好、较好、一般、差`);
}

/** PERF.RATING(rating, points, [table]) */
export function ratingImpl(rating: Arg, points: Arg, table?: Arg): number {
  const label = ratingText(rating);
  const p = requiredNumber(points, '分值');
  return out(ratingScore(label, p, tableArg(table)));
}
