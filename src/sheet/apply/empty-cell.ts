import type { CellValue } from '../../engine/cell';

/**
 * A cell 套用 may write into: one holding nothing at all. A formula whose result is blank
 * reads as '' (PERF's own from an earlier 套用, or the clerk's) and a cell of spaces holds
 * text to every host, so both count as filled: a second 套用 leaves them alone instead of
 * asking the host to write over them.
 */
export function isEmptyForApply(v: CellValue | undefined): boolean {
  return v === null || v === undefined;
}
