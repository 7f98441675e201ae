import { METHOD_WORDS } from '../../engine/scheme/words';
import { textConstant, type Operand } from './operand';
import { byCategoryCondition } from './settings';

/**
 * Ranks within a category, native, agreeing with PERF's ranking on rounded totals (the
 * totals column must hold the rounded totals weightedTotalFormula writes, since a range
 * cannot be rounded inside COUNTIFS). A blank total gets a blank rank (not yet scored).
 * Without a category (counties ranked together) leave `category` out.
 */
export interface NativeRank {
  /** This row's total, e.g. "$J5" or "J5". */
  value: Operand;
  /** All totals, absolute: "$J$5:$J$40". */
  values: Operand;
  /** This row's category cell and all category cells (same rows as values). */
  category?: Operand;
  categories?: Operand;
}

/** Competition ranking (1,2,2,4): 1 + the rows of the same category with a higher total. */
export function competitionRankFormula(r: NativeRank): string {
  const within = r.category && r.categories ? `${r.categories},${r.category},` : '';
  return `IF(${r.value}="","",COUNTIFS(${within}${r.values},">"&${r.value})+1)`;
}

/**
 * 中国式排名 (dense, 1,2,2,3): 1 + the distinct higher totals in the same category, each
 * higher row counted 1/(rows sharing its category and total). ISNUMBER leaves out totals
 * not yet computed ("" is greater than any number in a comparison); `&""` keeps those
 * rows from dividing by zero.
 */
export function denseRankFormula(r: NativeRank): string {
  const same = r.category && r.categories ? `(${r.categories}=${r.category})*` : '';
  const share = r.category && r.categories ? `COUNTIFS(${r.categories},${r.categories}&"",${r.values},${r.values}&"")` : `COUNTIF(${r.values},${r.values}&"")`;
  return `IF(${r.value}="","",SUMPRODUCT(${same}ISNUMBER(${r.values})*(${r.values}>${r.value})/${share})+1)`;
}

export function rankFormula(method: 'competition' | 'dense', r: NativeRank): string {
  return method === 'dense' ? denseRankFormula(r) : competitionRankFormula(r);
}

/**
 * The rank the 方案 sheet asks for: its 排名方式 cell, 中国式排名 (or any of its other words)
 * → dense, anything else → competition; and, when the rows have a category, its 分类排名
 * cell (是 → within the category, 否 → over all rows). Editing either setting re-ranks the sheet.
 */
export function rankBySettingFormula(methodCell: Operand, r: NativeRank, byCategoryCell?: Operand): string {
  const dense = METHOD_WORDS.find((w) => w.value === 'dense')!.aliases.map(textConstant).join(',');
  const overall: NativeRank = { value: r.value, values: r.values };
  const ranked = (method: 'competition' | 'dense') =>
    byCategoryCell && r.category && r.categories ? `IF(${byCategoryCondition(byCategoryCell)},${rankFormula(method, r)},${rankFormula(method, overall)})` : rankFormula(method, r);
  return `IF(ISNUMBER(MATCH(${methodCell},{${dense}},0)),${ranked('dense')},${ranked('competition')})`;
}
