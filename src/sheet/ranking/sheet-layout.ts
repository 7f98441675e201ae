import type { CellBlock, CellStyle, PlanCell, Utf8Texts } from '../plan';
import { isPieceTexts, isUtf8Texts, type SheetCells } from '../plan-blocks';
import { textWidth, totalWidth, utf8Width, widestText } from '../text-width';
import type { RankingResult } from './types';

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

const NAMES = new WeakMap<RankingResult, number>();

/** The widest unit name of a run, in character cells: measured once for all the sheets that list the units. */
export function widestName(result: RankingResult): number {
  let widest = NAMES.get(result);
  if (widest === undefined) NAMES.set(result, (widest = widestNameOf(result.units)));
  return widest;
}

// its loop ends it (docs/limits.md: loops run once a run)
function widestNameOf(units: readonly { name: string }[]): number {
  let widest = 0;
  for (let i = 0; i < units.length; i++) {
    const name = units[i]!.name;
    if (2 * name.length > widest) widest = Math.max(widest, textWidth(name));
  }
  return widest;
}

/** The widest grade a unit can get (a band's label). */
export function widestGrade(result: RankingResult): number {
  return widestText(result.bands.map((b) => b.label));
}

const FORMATS: string[] = [];

/** Number format that shows exactly the decimals a value has ("0.000" for 89.996), or `decimals` when fixed. */
export function totalFormat(decimalPlaces: number, fixed: number | null): string {
  const n = fixed ?? decimalPlaces;
  return (FORMATS[n] ??= n === 0 ? '0' : `0.${'0'.repeat(n)}`);
}


const LINE_HEIGHT = 15;

/** A flag per row that starts a merged area, for rowHeights: a plain list, not a set of 100,000 numbers. */
export function mergedRowFlags(merges: readonly { top: number }[], rowCount: number, blocks: readonly CellBlock[] = []): Uint8Array {
  const flags = new Uint8Array(rowCount);
  for (let i = 0; i < merges.length; i++) {
    const top = merges[i]!.top;
    if (top >= 0 && top < rowCount) flags[top] = 1;
  }
  for (const b of blocks) if (b.mergeAcross) flags.fill(1, b.top, Math.min(rowCount, b.top + b.rowCount));
  return flags;
}

/**
 * Heights for rows whose wrapped text needs more than one line, so that printed
 * headers and notes never overlap (hosts do not re-measure rows PERF writes).
 * Merged rows are measured against the width of all columns.
 */
export function rowHeights(cells: SheetCells, widths: number[], mergedRows: ReadonlySet<number> | Uint8Array): Record<number, number> {
  const total = totalWidth(widths);
  // a typed list: one kind of list however the run's code is optimised
  const rooms = Float64Array.from(widths, (w) => Math.max(1, w - 1));
  const room: Rooms = {
    merged: mergedRows instanceof Uint8Array ? mergedRows : mergedRowFlags([...mergedRows].map((top) => ({ top })), cells.rowCount),
    wide: Math.max(1, total - 1),
    lines: new Uint16Array(cells.rowCount).fill(1),
  };
  measureRows(cells, rooms, room);
  for (const b of cells.blocks) measureBlock(b, rooms, room);
  // a list by row with holes, read as the record: 10,000 heights as an object's keys make a dictionary, costly to fill and to read
  const out: Record<number, number> = new Array<number>(cells.rowCount);
  heightsInto(room.lines, out);
  return out;
}

// rowHeights' loops over rows are functions of their own: rowHeights, run for each sheet, is then never worth optimising (docs/limits.md: loops run once a run)

/** The rows outside blocks (a block's rows are holes in the list: stepped over, not read). */
function measureRows(cells: SheetCells, widths: Float64Array, rooms: Rooms): void {
  let nextBlock = 0;
  for (let r = 0; r < cells.rows.length; r++) {
    const b = cells.blocks[nextBlock];
    if (b && r === b.top) {
      r += b.rowCount - 1;
      nextBlock++;
      continue;
    }
    const row = cells.rows[r];
    if (row) measureRow(row, r, widths, rooms);
  }
}

/** A block, a column at a time: most hold numbers or short names. */
function measureBlock(b: CellBlock, widths: Float64Array, rooms: Rooms): void {
  let allMerged = true;
  for (let k = 0; k < b.rowCount && allMerged; k++) allMerged = rooms.merged[b.top + k] === 1;
  for (let i = 0; i < b.columns.length; i++) {
    const column = b.columns[i]!;
    const values = column.values;
    if (!values || values instanceof Float64Array) continue;
    const narrow = i < widths.length ? widths[i]! : 9;
    // a merged row has the room of all columns, never less than one's
    if (column.widest !== undefined && column.widest <= (allMerged ? rooms.wide : Math.min(narrow, rooms.wide))) continue;
    if (isPieceTexts(values)) knownWidths(values.widths, b.top, b.rowCount, narrow, rooms);
    else if (isUtf8Texts(values)) measureUtf8Column(values, b.top, b.rowCount, narrow, rooms);
    else measureColumn(values, b.top, b.rowCount, narrow, rooms);
  }
}

function heightsInto(lines: Uint16Array, out: Record<number, number>): void {
  for (let r = 0; r < lines.length; r++) if (lines[r]! > 1) out[r] = lines[r]! * LINE_HEIGHT + 3;
}

/**
 * What rowHeights measures against: which rows are merged across (the room of all columns,
 * `wide`), and the lines each row needs so far. Each loop over rows is a small function of its
 * own, optimised once for all the sheets, where one long function was optimised again per sheet.
 */
interface Rooms {
  merged: Uint8Array;
  wide: number;
  lines: Uint16Array;
}

/** Row r needs at least `width / room` lines. */
function needs(rooms: Rooms, r: number, width: number, room: number): void {
  const lines = Math.min(0xffff, Math.ceil(width / room));
  if (lines > rooms.lines[r]!) rooms.lines[r] = lines;
}

// no character is wider than two cells: short text fits on one line without measuring
function measureRow(row: readonly PlanCell[], r: number, widths: Float64Array, rooms: Rooms): void {
  for (let i = 0; i < row.length; i++) {
    const value = row[i]!.value;
    if (typeof value !== 'string') continue;
    const room = rooms.merged[r] === 1 ? rooms.wide : i < widths.length ? widths[i]! : 9;
    if (2 * value.length > room) needs(rooms, r, textWidth(value), room);
  }
}

function measureColumn(values: readonly PlanCell['value'][], top: number, rowCount: number, narrow: number, rooms: Rooms): void {
  for (let k = 0; k < rowCount; k++) {
    const value = values[k];
    if (typeof value !== 'string') continue;
    const r = top + k;
    const room = rooms.merged[r] === 1 ? rooms.wide : narrow;
    if (2 * value.length > room) needs(rooms, r, textWidth(value), room);
  }
}

// no text is wider than its bytes: only a long one is measured, from its bytes
function measureUtf8Column(values: Utf8Texts, top: number, rowCount: number, narrow: number, rooms: Rooms): void {
  const { bytes, starts, ends } = values;
  for (let k = 0; k < rowCount; k++) {
    const r = top + k;
    const room = rooms.merged[r] === 1 ? rooms.wide : narrow;
    if (ends[k]! - starts[k]! > room) needs(rooms, r, utf8Width(bytes, starts[k]!, ends[k]!), room);
  }
}

/** A column whose widths its builder counted (PieceTexts): nothing to measure. */
function knownWidths(widths: Uint16Array, top: number, rowCount: number, narrow: number, rooms: Rooms): void {
  for (let k = 0; k < rowCount; k++) {
    const r = top + k;
    const room = rooms.merged[r] === 1 ? rooms.wide : narrow;
    if (widths[k]! > room) needs(rooms, r, widths[k]!, room);
  }
}
