import type { PerfSheetKind } from './source-table';

/**
 * What to write, host-free. The Office.js adapter and the .xlsx adapter both apply
 * a WritePlan; neither knows what a grade is.
 */
export type CellStyle = 'title' | 'subtitle' | 'header' | 'text' | 'number' | 'integer' | 'note' | 'warning' | 'scheme' | 'footer';

export interface PlanCell {
  value: string | number | boolean | null;
  style?: CellStyle;
  /** Excel number format, e.g. "0.00" or "General"; numbers default to General. */
  numFmt?: string;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on the page width (height unconstrained). */
  fitToWidth: boolean;
  /** 0-based inclusive rows repeated at the top of every printed page. */
  repeatRows: [number, number] | null;
  /** Footer text; PAGE_NUMBER and PAGE_COUNT stand for the page codes each host writes its own way. */
  footer: { left: string; center: string; right: string };
}

/** In footer text: this page's number, and the number of pages (Excel's &P and &N). */
export const PAGE_NUMBER = '{页码}';
export const PAGE_COUNT = '{总页数}';

export interface SheetPlan {
  /** The name PERF wants ("排名"); the target resolver may change it ("排名(2)"). */
  name: string;
  kind: PerfSheetKind;
  /** Dense rows of cells from A1. */
  rows: PlanCell[][];
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Heights in points of rows that need more than one line (wrapped headers and notes), by 0-based row. */
  rowHeights?: Record<number, number>;
  /** Frozen rows/columns at the top-left (the header). */
  freeze: { rows: number; columns: number } | null;
  print: PrintSetup;
  /** Workbook-level names for ranges on this sheet (e.g. the 方案 sheet's 等次表), 0-based inclusive. */
  definedNames?: { name: string; top: number; left: number; bottom: number; right: number }[];
}

export interface WritePlan {
  sheets: SheetPlan[];
}

/** Where each planned sheet went, for telling the clerk what was written. */
export interface WriteReport {
  written: { planned: string; actual: string; action: 'created' | 'replaced' }[];
  messages: string[];
}
