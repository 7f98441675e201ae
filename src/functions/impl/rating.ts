import { CellValue, errorCode, quote, readCell } from '../../engine/cell';
import { invalid, notEntered } from '../../engine/errors';
import { parseRatingText, RatingTable, ratingScore, ratingTableFromRows } from '../../engine/rating';
import { Arg, isOmitted, listOf, out, requiredNumber, scalarOf, tableOf, widthOf } from '../args';
import { PARAMS } from '../params';

const P = PARAMS.RATING;

/** The table: omitted → default; a 2-column range (rating, share); or text "好:100%,较好:80%,…". */
function tableArg(a: Arg): RatingTable | null {
  if (isOmitted(a)) return null;
  const grid = tableOf(a);
  const width = widthOf(grid);
  if (width >= 2 && grid.length > 1) {
    if (width > 2) throw invalid(`${P.table}选了 ${width} 列：请只选择两列（评价、比例）`);
    return ratingTableFromRows(grid as CellValue[][]);
  }
  const texts = listOf(grid).flatMap((raw) => {
    const c = readCell(raw);
    if (c.kind === 'blank') return [];
    if (errorCode(raw) !== null) throw invalid(`${P.table}是错误值 ${errorCode(raw)}：请先修正该单元格`);
    if (c.kind === 'text') return [c.text];
    throw invalid(`${P.table} ${quote(raw)} 无法识别：请写成 "好:100%,较好:80%,一般:60%,差:0"，或选择两列区域（评价、比例）`);
  });
  return texts.length === 0 ? null : parseRatingText(texts.join(','));
}

function ratingText(a: Arg): string {
  const raw = scalarOf(a, P.rating);
  const c = readCell(raw);
  if (c.kind === 'blank') throw notEntered(`${P.rating}为空：尚未填写`);
  if (errorCode(raw) !== null) throw invalid(`${P.rating}是错误值 ${errorCode(raw)}：请先修正该单元格`);
  if (c.kind === 'text') return c.text;
  if (c.kind === 'number') return c.value.toFixed();
  throw invalid(`${P.rating}是逻辑值 ${quote(raw)}：请填写评价，如 好、较好、一般、差`);
}

/** PERF.RATING(rating, points, [table]) */
export function ratingImpl(rating: Arg, points: Arg, table?: Arg): number {
  const label = ratingText(rating);
  const p = requiredNumber(points, P.points);
  return out(ratingScore(label, p, tableArg(table)));
}
