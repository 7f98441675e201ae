import type { CellStyle, PlanCell } from '../plan';
import type { SheetCells } from '../plan-blocks';
import { textWidth } from '../text-width';

const BLANK = new Map<CellStyle, PlanCell>();

/** Shared cell helpers of PERF's printed sheets. A blank cell is one frozen object per style: a sheet holds many. */
export function cell(value: PlanCell['value'], style: CellStyle = 'text', numFmt?: string): PlanCell {
  if (numFmt) return { value, style, numFmt };
  if (value !== null) return { value, style };
  let blank = BLANK.get(style);
  if (blank === undefined) BLANK.set(style, (blank = Object.freeze({ value: null, style })));
  return blank;
}

/** `count` blank cells of a style. */
export function blankCells(count: number, style: CellStyle = 'text'): PlanCell[] {
  return count <= 0 ? [] : new Array<PlanCell>(count).fill(cell(null, style));
}

const FORMATS: string[] = [];

/** Number format that shows exactly the decimals a value has ("0.000" for 89.996), or `decimals` when fixed. */
export function totalFormat(decimalPlaces: number, fixed: number | null): string {
  const n = fixed ?? decimalPlaces;
  return (FORMATS[n] ??= n === 0 ? '0' : `0.${'0'.repeat(n)}`);
}


const LINE_HEIGHT = 15;

/**
 * Heights for rows whose wrapped text needs more than one line, so that printed
 * headers and notes never overlap (hosts do not re-measure rows PERF writes).
 * Merged rows are measured against the width of all columns.
 */
export function rowHeights(cells: SheetCells, widths: number[], mergedRows: Set<number>): Record<number, number> {
  const out: Record<number, number> = {};
  const total = widths.reduce((a, b) => a + b, 0);
  const rooms = widths.map((w) => Math.max(1, w - 1));
  const wideRoom = Math.max(1, total - 1);
  const lines = new Uint16Array(cells.rowCount).fill(1);
  const measure = (r: number, i: number, value: PlanCell['value']) => {
    if (typeof value !== 'string' || value === '') return;
    const room = mergedRows.has(r) ? wideRoom : i < rooms.length ? rooms[i]! : 9;
    // no character is wider than two cells: short text fits on one line without measuring
    if (2 * value.length <= room) return;
    lines[r] = Math.max(lines[r]!, Math.min(0xffff, Math.ceil(textWidth(value) / room)));
  };
  for (let r = 0; r < cells.rows.length; r++) {
    const row = cells.rows[r];
    if (row) for (let i = 0; i < row.length; i++) measure(r, i, row[i]!.value);
  }
  // a block column at a time: most hold numbers or short names
  for (const b of cells.blocks)
    b.columns.forEach((column, i) => {
      const values = column.values;
      if (values && !(values instanceof Float64Array)) for (let k = 0; k < b.rowCount; k++) measure(b.top + k, i, values[k] ?? null);
    });
  for (let r = 0; r < lines.length; r++) if (lines[r]! > 1) out[r] = lines[r]! * LINE_HEIGHT + 3;
  return out;
}
