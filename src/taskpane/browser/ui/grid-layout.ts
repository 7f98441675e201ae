/** Pure geometry of the sheet preview: column widths, merged cells, the rows in view. */
import type { CellValue } from '../../../engine/cell';
import type { MergeRange, SheetData } from '../../../sheet/source-table';
import { sheetWidth } from '../../../sheet/table/grid';
import { textWidth as characterCells } from '../../../sheet/text-width';

export const ROW_HEIGHT = 28;
export const ROW_HEADER_WIDTH = 44;
const MIN_COL = 56;
const MAX_COL = 220;
/** Rows looked at to size the columns: enough for any summary table's header and first units. */
const SAMPLE_ROWS = 200;

/** A cell value as the preview shows it: numbers to Excel's 15 significant digits. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** Display width of text in px: CJK and full-width characters are twice as wide. */
export function textWidth(text: string, px = 7.5): number {
  return characterCells(text) * px;
}

/** Columns the sheet uses (sparse rows and merges included). */
export const columnCount = sheetWidth;

export function columnWidths(sheet: SheetData): number[] {
  const n = columnCount(sheet);
  const widths = new Array<number>(n).fill(MIN_COL);
  const merged = new Set(sheet.merges.filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));
  sheet.values.slice(0, SAMPLE_ROWS).forEach((row, r) =>
    row?.forEach((v, c) => {
      if (merged.has(`${r},${c}`)) return; // a merged title spans its columns
      widths[c] = Math.min(MAX_COL, Math.max(widths[c]!, textWidth(cellText(v)) + 16));
    }),
  );
  return widths;
}

export function offsets(widths: number[]): number[] {
  const out = [0];
  for (const w of widths) out.push(out[out.length - 1]! + w);
  return out;
}

export interface MergeIndex {
  /** Top-left "r,c" → its merge. */
  starts: Map<string, MergeRange>;
  /** Cells hidden under a merge's top-left. */
  covered: Set<string>;
}

export function mergeIndex(merges: MergeRange[]): MergeIndex {
  const starts = new Map<string, MergeRange>();
  const covered = new Set<string>();
  for (const m of merges) {
    starts.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { starts, covered };
}

/** Rows to render for a scroll position: those in view plus a few either side, plus the top rows of merges reaching into view. */
export function rowsInView(scrollTop: number, viewHeight: number, rowCount: number, merges: MergeRange[], overscan = 6): number[] {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - overscan);
  const last = Math.min(rowCount - 1, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + overscan);
  const rows = new Set<number>();
  for (let r = first; r <= last; r++) rows.add(r);
  for (const m of merges) if (m.top < first && m.bottom >= first) rows.add(m.top);
  return [...rows].sort((a, b) => a - b);
}

/** Where to scroll so that a cell sits in view, a third down from the top. */
export function scrollTarget(row: number, col: number, colOffsets: number[], viewHeight: number, viewWidth: number): { top: number; left: number } {
  const top = Math.max(0, row * ROW_HEIGHT - Math.floor(viewHeight / 3));
  const x = colOffsets[col] ?? 0;
  const left = Math.max(0, x - Math.floor((viewWidth - ROW_HEADER_WIDTH) / 3));
  return { top, left };
}
