import type { Operand } from './operand';

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
