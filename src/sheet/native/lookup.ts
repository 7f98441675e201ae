import { numberConstant, textConstant, type Operand } from './operand';

/**
 * A two-column table (label, value) a key is looked up in: a defined name on 方案 (PERF_评价比例,
 * PERF_档次分值, PERF_名次分值), which recomputes when the office changes a value there; or the
 * entries written into the formula, when the workbook has no such table.
 */
export type NativeTable = { named: string } | { entries: readonly (readonly [label: string, value: string])[] };

/**
 * The value `key` finds in `table`, exact match: VLOOKUP(key,name,2,FALSE), or
 * INDEX({values},MATCH(key,{labels},0)). A key the table lacks gives #N/A in every spreadsheet.
 */
export function tableLookupFormula(key: Operand, table: NativeTable): string {
  if ('named' in table) return `VLOOKUP(${key},${table.named},2,FALSE)`;
  const labels = table.entries.map(([l]) => textConstant(l)).join(',');
  const values = table.entries.map(([, v]) => numberConstant(v)).join(',');
  return `INDEX({${values}},MATCH(${key},{${labels}},0))`;
}
