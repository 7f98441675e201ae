import type { CellValue } from '../../engine/cell';

/** Blanks up to this many before a value are stored as null; a longer run stays a hole. */
export const PADDED_BLANKS = 64;

/**
 * A worksheet's values as the readers place them (SheetData.values): only cells holding a
 * value take room: a row with no value is a hole in the outer array, each row is only as
 * long as its last value, and a long run of blanks inside a row is a hole too (short runs
 * are null). One stray cell at XFD1048576 costs one entry, not the grid.
 *
 * The row being read is gathered in a scratch array and copied once at its exact length
 * when the next row starts, rather than grown cell by cell: at 100,000 rows that is a fifth
 * less memory for the rows and less for the garbage collector to move. A row placed into
 * again later, or with a long run of blanks, is written into directly.
 */
export class SheetRows {
  readonly values: CellValue[][] = [];
  private row = -1;
  private readonly scratch: CellValue[] = [];
  private length = 0;

  place(row: number, col: number, value: CellValue): void {
    if (row !== this.row) {
      this.flush();
      if (this.values[row] !== undefined) return placeInto(this.values, row, col, value);
      this.row = row;
    }
    const s = this.scratch;
    if (col < this.length) s[col] = value;
    else if (col - this.length <= PADDED_BLANKS) {
      for (let k = this.length; k < col; k++) s[k] = null;
      s[col] = value;
      this.length = col + 1;
    } else {
      this.flush();
      placeInto(this.values, row, col, value);
    }
  }

  /** The values, with the row being read in place. */
  done(): CellValue[][] {
    this.flush();
    return this.values;
  }

  /** Starts again (the general reader after the fast one gave up). */
  clear(): void {
    this.values.length = 0;
    this.row = -1;
    this.length = 0;
  }

  private flush(): void {
    if (this.row >= 0 && this.length > 0) this.values[this.row] = this.scratch.slice(0, this.length);
    this.row = -1;
    this.length = 0;
  }
}

function placeInto(values: CellValue[][], row: number, col: number, value: CellValue): void {
  const cells = (values[row] ??= []);
  if (col - cells.length <= PADDED_BLANKS) while (cells.length < col) cells.push(null);
  cells[col] = value;
}
