import type { CellRange } from '../plan';
import type { SheetData } from '../source-table';
import { isBlank, rawAt } from '../table/grid';
import type { AddedCell } from './types';

/**
 * The header of a column 套用 adds, written the way the column to its left is over the
 * header rows: on a one-row header, one cell; on a two-row header whose neighbour is merged
 * down, the text in the top cell and the cells merged down as the neighbour's are; else the
 * text in the row where the neighbour has its own text (under a group title, the lower row)
 * and the other header cells given the neighbour's look, empty.
 */
export interface NewHeader {
  cells: AddedCell[];
  merge: CellRange | null;
  /** The row the header text is in. */
  textRow: number;
}

export function newColumnHeader(sheet: SheetData, headerRows: readonly number[], column: number, text: string, neighbour: number): NewHeader {
  const top = headerRows[0]!;
  const bottom = headerRows[headerRows.length - 1]!;
  const cell = (row: number, value: string | null): AddedCell => ({ kind: 'header', row, column, value, lookLike: { row, column: neighbour }, newColumn: true, label: '' });
  if (bottom === top) return { cells: [cell(top, text)], merge: null, textRow: top };
  const down = sheet.merges.find((m) => m.left === neighbour && m.right === neighbour && m.top <= top && m.bottom >= top && m.bottom > m.top);
  if (down) {
    const rows = Array.from({ length: down.bottom - down.top + 1 }, (_, i) => down.top + i);
    return { cells: rows.map((r) => cell(r, r === down.top ? text : null)), merge: { top: down.top, left: column, bottom: down.bottom, right: column }, textRow: down.top };
  }
  // the neighbour's own text: in a cell of its column alone (not a group title merged across)
  const own = (row: number) => !isBlank(rawAt(sheet, row, neighbour)) && !sheet.merges.some((m) => m.top <= row && row <= m.bottom && m.left <= neighbour && neighbour <= m.right && m.right > m.left);
  const textRow = [...headerRows].reverse().find(own) ?? bottom;
  const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  return { cells: rows.map((r) => cell(r, r === textRow ? text : null)), merge: null, textRow };
}
