import type { CellValue } from '../../engine/cell';
import { readCellFast } from '../../engine/text-fast';
import type { SheetData } from '../source-table';
import { isBlank, rawAt, sheetWidth } from './grid';
import { mergeIndex, type MergeLookup } from './merge-index';

/** The header text of one column, read from one header row or two. */
export interface HeaderCell {
  col: number;
  /** Text in the (first) header row; for a grouped column, its group's text. */
  top: CellValue;
  /** Two-row header only: the sub-column's text under a group. */
  sub?: CellValue;
  /** Two-row header only: the column where the group above this column starts. */
  groupStart?: number;
  /** Two-row header only: a column whose header is written on the second row alone. */
  secondRowOnly?: boolean;
}

/**
 * Header cells of a one-row header at `row`, or of a two-row header at `row`, `row + 1`.
 * In the first row only merges starting on that row count, so a column merged down
 * from a row above is not read again as a header of its own.
 */
export function headerCells(
  sheet: SheetData,
  row: number,
  twoRow: boolean,
  width = sheetWidth(sheet),
  mergeAt: MergeLookup = mergeIndex(sheet),
): HeaderCell[] {
  const cells: HeaderCell[] = [];
  let open: { start: number; top: CellValue } | null = null;
  for (let col = 0; col < width; col++) {
    const m = mergeAt.at(row, col);
    const groupTop = m ? (m.top === row ? rawAt(sheet, m.top, m.left) : undefined) : rawAt(sheet, row, col);
    // Outside a group a merged header is one column: the merge's first.
    const top = m && m.left !== col ? undefined : groupTop;
    if (!twoRow) {
      cells.push({ col, top });
      continue;
    }
    const below = mergeAt.at(row + 1, col);
    const mergedDown = below !== undefined && below.top <= row;
    const sub = mergedDown || (below && below.left !== col) ? undefined : rawAt(sheet, row + 1, col);
    const hasSub = !isBlank(sub);
    const spansColumns = m !== undefined && m.top === row && m.bottom === row && m.right > m.left;
    if (spansColumns && !mergedDown) {
      cells.push({ col, top: groupTop, sub, groupStart: m!.left });
      open = null;
    } else if (!isBlank(top) && hasSub) {
      // A group whose merge was lost (or a group of one column): it runs on over blank top cells.
      open = { start: col, top };
      cells.push({ col, top, sub, groupStart: col });
    } else if (isBlank(top) && hasSub && open && m === undefined) {
      cells.push({ col, top: open.top, sub, groupStart: open.start });
    } else {
      open = null;
      cells.push(isBlank(top) && hasSub ? { col, top: sub, secondRowOnly: true } : { col, top });
    }
  }
  return cells;
}

/**
 * Whether `row + 1` is the second row of a two-row header: it holds text and no
 * numbers, and either the merges say so (a group merged across on `row`, or
 * columns merged down over both rows) or, without merges, a text cell on `row`
 * has sub-headers running on under blank cells beside it.
 */
export function looksLikeSubHeader(
  sheet: SheetData,
  row: number,
  width = sheetWidth(sheet),
  mergeAt: MergeLookup = mergeIndex(sheet),
): boolean {
  const next = row + 1;
  if (next >= sheet.values.length) return false;
  let texts = 0;
  for (let col = 0; col < width; col++) {
    const m = mergeAt.at(next, col);
    if (m && m.top < next) continue;
    const cell = readCellFast(rawAt(sheet, next, col));
    if (cell.kind === 'number' || cell.kind === 'bool') return false;
    if (cell.kind === 'text') texts++;
  }
  if (texts === 0) return false;
  const byMerges = sheet.merges.some(
    (m) => m.top === row && ((m.bottom === row && m.right > m.left && hasTextUnder(sheet, next, m.left, m.right)) || m.bottom === next),
  );
  if (byMerges) return true;
  for (let col = 1; col < width; col++) {
    const groupHere =
      isBlank(rawAt(sheet, row, col)) &&
      !isBlank(rawAt(sheet, next, col)) &&
      !isBlank(rawAt(sheet, next, col - 1)) &&
      mergeAt.at(row, col) === undefined;
    if (groupHere && runsBackToText(sheet, row, col)) return true;
  }
  return false;
}

function hasTextUnder(sheet: SheetData, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!isBlank(rawAt(sheet, row, col))) return true;
  return false;
}

/** Walking left over blank top cells with sub-headers under them, do we reach a top cell with text? */
function runsBackToText(sheet: SheetData, row: number, col: number): boolean {
  for (let c = col - 1; c >= 0; c--) {
    if (isBlank(rawAt(sheet, row + 1, c))) return false;
    if (!isBlank(rawAt(sheet, row, c))) return true;
  }
  return false;
}
