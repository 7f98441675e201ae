import { D, roundHalfUp, type Dec } from '../engine/decimal';
import type { SampleValue } from './table-sheet';

/** A sample number as a decimal (null for blank), and back: what the templates cache is decimal-exact. */
export function dec(v: SampleValue | undefined): Dec | null {
  return typeof v === 'number' ? new D(String(v)) : null;
}

export function num(d: Dec | null, places?: number): number | null {
  if (d === null) return null;
  return (places === undefined ? d : roundHalfUp(d, places)).toNumber();
}

/** An Excel date serial for a calendar date (1900 date system). */
export function excelDate(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
