/** A problem found in the clerk's data or scheme: the cell (e.g. "汇总!D7", "" when none), and a Chinese message with the value and the fix. */
export interface Warning {
  cell: string;
  message: string;
}
