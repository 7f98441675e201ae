import type { Operand } from './operand';

/**
 * How many decimals a native total is rounded to before it is graded or ranked:
 * a fixed number (the scheme's 保留小数), the cell or name that holds the setting
 * (the 方案 sheet's PERF_保留小数; blank there means unspecified), or null = unspecified.
 * Unspecified rounds to 6 places: enough to keep every decimal a clerk types and to
 * take away the binary error of SUMPRODUCT (79.99999999999999 is graded as 80).
 */
export type NativeDecimals = number | null | { cell: Operand };

export const UNSPECIFIED_DECIMALS = 6;

/** The decimals argument of ROUND for a setting. */
export function decimalsArgument(decimals: NativeDecimals): string {
  if (decimals === null) return String(UNSPECIFIED_DECIMALS);
  if (typeof decimals === 'number') {
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) throw new Error(`decimals out of range: ${decimals}`);
    return String(decimals);
  }
  return `IF(${decimals.cell}="",${UNSPECIFIED_DECIMALS},${decimals.cell})`;
}

/** ROUND(expr, d): the one place a native formula rounds for comparison. */
export function roundedFormula(expr: Operand, decimals: NativeDecimals): string {
  return `ROUND(${expr},${decimalsArgument(decimals)})`;
}
