import type { Workbook } from '../../../src/host/workbook';
import type { SheetData } from '../../../src/sheet/source-table';

/**
 * What is in a workbook, as every host's test can show it: the contract suite asserts
 * on this view only, never on a host's own format. The .xlsx host builds it from the
 * bytes it writes; an Office.js host from its test double's recorded state.
 */
export interface SheetView {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** "A1:E1" */
  merges: string[];
  freeze: { rows: number; columns: number } | null;
  print: {
    orientation: 'portrait' | 'landscape';
    /** The explicit scale in percent, or null. */
    scale: number | null;
    fitToWidth: boolean;
    /** "$3:$3", or null. */
    repeatRows: string | null;
    /** 0-based rows a manual page break starts. */
    rowBreaks: number[];
  };
  validations: { range: string; values: string[]; error: string }[];
  conditionalFormats: { range: string; type: 'cellValue' | 'formula'; operator?: string; formulas: string[]; fill: string }[];
  protection: { protected: boolean; password: boolean };
  /** The formula a cell holds, without "=" and as Excel shows it (RANK.EQ, not _xlfn.RANK.EQ); null for none. */
  formula(ref: string): string | null;
  /** Whether the cell is locked (applies once the sheet is protected). */
  locked(ref: string): boolean;
  /** The cell's fill "#RRGGBB", or null. */
  fill(ref: string): string | null;
  bold(ref: string): boolean;
  /** The cell's number format code ("General", "0.00"). */
  numFmt(ref: string): string;
  /** Width of a 0-based column in points (Office.js's unit), or null for the default. */
  columnWidthPoints(col: number): number | null;
  /** Height of a 0-based row in points, or null for the default. */
  rowHeight(row: number): number | null;
}

export interface WorkbookView {
  /** The sheets as the host reads them (values, merges, PERF's mark). */
  sheets: SheetData[];
  sheet(name: string): SheetView;
  /** Workbook- and sheet-level names: sheet is the scope's sheet name, null for the workbook. */
  names: { name: string; sheet: string | null; formula: string }[];
}

/** A host under test: the host itself, and a way to look at what it holds now. */
export interface HostUnderTest {
  host: Workbook;
  view(): Promise<WorkbookView>;
}

/** Build a host over a clerk's workbook (given as .xlsx bytes, the common currency of the fixtures). */
export type MakeHost = (clerk: Uint8Array) => Promise<HostUnderTest>;
