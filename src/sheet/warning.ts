/** A cell of a sheet, 0-based: where a warning points and the preview highlights. */
export interface CellLocation {
  sheet: string;
  row: number;
  col: number;
}

/** A problem found in the clerk's data or scheme: the cell (e.g. "汇总!D7", "" when none), and a Chinese message with the value and the fix. */
export interface Warning {
  cell: string;
  message: string;
  /** The cell as data (sheet, 0-based row and column), for a surface that jumps to it; absent when there is no cell. */
  at?: CellLocation;
}

/** One line for the clerk: the cell first, once, then the message (which may already start with the cell). */
export function warningLine(w: Warning): string {
  if (!w.cell || w.message.startsWith(w.cell)) return w.message;
  return `${w.cell}：${w.message}`;
}
