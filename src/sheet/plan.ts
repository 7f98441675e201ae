import type { MergeRange, PerfSheetKind } from './source-table';

/**
 * What to write, host-free. The Office.js adapter and the .xlsx adapter both apply
 * a WritePlan; neither knows what a grade is. The rules both share (how each style
 * looks, row heights, column-width units, name conflicts, A1 text, formula text, the
 * record of what PERF wrote) live in src/sheet/write and src/sheet/address.ts: a
 * host only translates them into its own calls.
 */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'text'
  | 'number'
  | 'integer'
  | 'note'
  | 'warning'
  | 'scheme'
  | 'footer'
  /** The publisher and date under a posted table, right-aligned. */
  | 'signature'
  /** A cell the clerk fills in: visibly distinct from computed cells, unlocked by default. */
  | 'input'
  /** The input look for text the clerk types (names, choices from a list): left-aligned. */
  | 'inputText';

/** 0-based inclusive range of cells on the sheet being planned. */
export type CellRange = MergeRange;

export interface PlanCell {
  /** The value shown; for a formula cell its cached result (null: none, the host or Excel calculates it). */
  value: string | number | boolean | null;
  style?: CellStyle;
  /** Excel number format, e.g. "0.00" or "General"; numbers default to General. */
  numFmt?: string;
  /**
   * A native Excel formula without the leading "=", English function names, A1 style
   * ("SUM(B4:B9)", "RANK.EQ(C4,$C$4:$C$9)"). Never a PERF.* function: those are entered
   * only inside Excel through Office.js (see docs/engineering.md).
   */
  formula?: string;
  /** Whether the cell is locked when the sheet is protected; default from its style (input cells are unlocked). */
  locked?: boolean;
}

/**
 * Rows of a big regular table (a row per unit) planned as columns: one look per column, a
 * value per row, so that 100,000 rows are a few arrays of primitives, not a million cell
 * objects. A block has no formulas and no lock settings. A sheet planned with blocks is
 * made by compactSheet (src/sheet/plan-blocks.ts); its `rows` still read as every cell.
 */
export interface BlockColumn {
  style: CellStyle;
  numFmt?: string;
  /**
   * The value of each row of the block (null or "": a blank with the column's look); absent: all
   * blank. A column of numbers may be a Float64Array, NaN for a blank: no boxed number per cell.
   */
  values?: readonly PlanCell['value'][] | Float64Array | Utf8Texts | PieceTexts;
  /** A row's own style instead of the column's ("未计分" in a number column), by row within the block. */
  styles?: readonly (CellStyle | undefined)[];
  /** A row's own number format, by row within the block. */
  numFmts?: readonly (string | undefined)[];
  /**
   * No text of the column is wider than this, in character cells, when its builder knows it (it
   * measured the texts, or they come from a few known ones): row heights skip a column that fits.
   */
  widest?: number;
}

/**
 * Texts of a block's column kept as UTF-8, one buffer for all rows: row i's text is
 * bytes[starts[i], ends[i]). A big column of texts made as bytes (the 校验快照) is written
 * without a JavaScript string per row.
 */
export interface Utf8Texts {
  bytes: Uint8Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

/**
 * Texts of a block's column held as pieces: row i's text is pieces[ids[k]] for k from starts[i]
 * to ends[i], joined. 核对 explains most units of a big sheet with a tie sentence made of a few
 * fixed words, the names of the others and two numbers: ids into one list, with no text per
 * row until it is written (src/sheet/piece-column.ts).
 */
export interface PieceTexts {
  pieces: readonly string[];
  ids: Int32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Each row's textWidth (its pieces' added up): row heights measure nothing. */
  widths: Uint16Array;
}

export interface CellBlock {
  /** 0-based sheet row of the block's first row. */
  top: number;
  rowCount: number;
  /** From column A. */
  columns: readonly BlockColumn[];
  /**
   * Every row of the block merged from column `left` to `right` (核对's 100,000 snapshot rows):
   * one entry, not a range per row. The sheet's `merges` read as a plain SheetPlan list them
   * all; a host reads them with sheetMerges (src/sheet/plan-blocks.ts).
   */
  mergeAcross?: { left: number; right: number };
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on the page width (height unconstrained). Ignored when `scale` is set. */
  fitToWidth: boolean;
  /** Explicit print scale in percent (10–400), as PERF computed it; overrides fitToWidth. */
  scale?: number;
  /** 0-based inclusive rows repeated at the top of every printed page. */
  repeatRows: [number, number] | null;
  /** Footer text; PAGE_NUMBER and PAGE_COUNT stand for the page codes each host writes its own way. */
  footer: { left: string; center: string; right: string };
}

/** In footer text: this page's number, and the number of pages (Excel's &P and &N). */
export const PAGE_NUMBER = '{页码}';
export const PAGE_COUNT = '{总页数}';

/** A drop-down list of allowed values for a range, refusing anything else with a Chinese message. */
export interface ListValidation {
  range: CellRange;
  values: string[];
  /** The error shown when something else is typed (Chinese, naming what is allowed). */
  error: string;
  /** Title of the error box; default "输入有误". */
  errorTitle?: string;
  /** Blank allowed (default true). */
  allowBlank?: boolean;
}

export type ComparisonOperator = 'equal' | 'notEqual' | 'greaterThan' | 'greaterThanOrEqual' | 'lessThan' | 'lessThanOrEqual' | 'between';

export type ConditionalRule =
  /** The cell's own value compared with one value (two for between); text compares as text. */
  | { type: 'cellValue'; operator: ComparisonOperator; values: (string | number)[] }
  /** A formula without "=", written for the range's top-left cell (relative references follow each cell). */
  | { type: 'formula'; formula: string };

export interface ConditionalFormat {
  range: CellRange;
  rule: ConditionalRule;
  /** Fill colour "#RRGGBB" when the rule holds. */
  fill: string;
  /** Font colour "#RRGGBB" when the rule holds. */
  fontColor?: string;
}

export interface SheetPlan {
  /** The name PERF wants ("排名"); the target resolver may change it ("排名(2)"). */
  name: string;
  kind: PerfSheetKind;
  /**
   * false: a sheet PERF writes for the clerk but does not own (a template's 综合评估汇总).
   * It gets no PERF mark, so a later run never replaces it (it writes "…(2)" instead),
   * and the sheet chooser reads it like any sheet of the clerk's. Default true.
   */
  owned?: boolean;
  /** Default visible. PERF_RECORD is veryHidden (Office.js: Excel.SheetVisibility.veryHidden). */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /**
   * Dense rows of cells from A1. A sheet built by compactSheet makes its block rows on first
   * read: the hosts and the row measures read the blocks instead (sheetCells).
   */
  rows: PlanCell[][];
  merges: CellRange[];
  /**
   * Column widths from column A, in Excel's character units (OOXML <col width>); the
   * Office.js host converts with pointsFromCharacters (src/sheet/write/column-width.ts).
   */
  columnWidths: number[];
  /**
   * Heights in points of rows that need more than one line (wrapped headers and notes), by 0-based
   * row; PERF's sheets plan them as a list by row with holes, read as this record is.
   */
  rowHeights?: Record<number, number>;
  /** Frozen rows/columns at the top-left (the header). */
  freeze: { rows: number; columns: number } | null;
  print: PrintSetup;
  /** 0-based rows that start a new printed page (manual page breaks above them). */
  pageBreaks?: number[];
  /** Workbook-level names for ranges on this sheet (e.g. the 方案 sheet's 等次表), 0-based inclusive. */
  definedNames?: ({ name: string } & CellRange)[];
  validations?: ListValidation[];
  /** In order of priority: the first rule that holds wins. */
  conditionalFormats?: ConditionalFormat[];
  /** Protect the sheet (locked cells cannot be edited); no password unless one is given. */
  protection?: { password?: string };
}

/** What PERF wrote into a cell of a sheet it does not own: for undo, refresh and 启用公式. */
export type RecordWhat = 'added' | 'filled' | 'formula';

export interface RecordEntry {
  /** The sheet as named in the workbook (a sheet planned in the same plan: its planned name). */
  sheet: string;
  /** "D7" or "D7:D20". */
  cell: string;
  /** added: cells 套用 added; filled: a value collecting filled in; formula: the PERF formula the cell should hold. */
  what: RecordWhat;
  /** The formula without "=" (what: 'formula', or the native formula PERF wrote). */
  formula?: string;
  /** The value PERF wrote (or the formula's result then). */
  value?: string | number | boolean | null;
  /** Where it came from, in the clerk's words ("模板：县区考评", "收集：东城区.xlsx"). */
  source?: string;
  /** PERF gave the cell its look (a cell of a column 套用 added, styled like its neighbour): undo takes the look away too. */
  styled?: boolean;
  /**
   * The one application (套用) that wrote the cell, named by its time and what it added
   * ("2026-12-01 13:50:12 综合评估汇总：总分、等次、排名"): 撤销本次套用 takes back one at a time.
   * Absent in records written before applications were named.
   */
  batch?: string;
  /** `cell` is an area PERF merged (a new column's header over a two-row header): undo unmerges it. */
  merged?: boolean;
}

/**
 * A cell PERF writes into a sheet it does not own (套用), editing the sheet in place: only
 * an empty cell (no value, no formula); a host refuses the whole plan rather than
 * overwrite one. A cell the sheet already has keeps its look.
 */
export interface CellWrite {
  /** 0-based. */
  row: number;
  column: number;
  /** The value shown; for a formula cell its cached result (null: none, the spreadsheet calculates it; '': empty text). */
  value: string | number | boolean | null;
  /** A native formula without "=" (never PERF.*), as PlanCell.formula. */
  formula?: string;
  /**
   * For a cell the sheet does not have yet: the look of this cell (a new column looks like
   * the one to its left). Without it, the look the sheet gives that row and column.
   */
  lookLike?: { row: number; column: number };
  /** With lookLike: this number format instead of that cell's ("0" for a rank, "General" for text). */
  numFmt?: string;
}

/** A cell PERF wrote, taken back (撤销本次套用): cleared only while it still holds what PERF wrote. */
export interface CellClear {
  row: number;
  column: number;
  /** What PERF wrote: its formula (without "="), else its value. A cell holding anything else is kept and reported. */
  formula?: string;
  value?: string | number | boolean | null;
  /** PERF gave the cell its look (RecordEntry.styled): it goes back to the sheet's default look too. */
  styled?: boolean;
}

/** Cells written into or cleared from an existing sheet, by its name in the workbook. */
export interface SheetEdit {
  sheet: string;
  write?: CellWrite[];
  clear?: CellClear[];
  /** Areas merged after the cells are written (a new column's header down a two-row header): each may only hold cells written here or empty ones, and overlap no merged area. */
  merge?: CellRange[];
  /** Areas PERF merged, unmerged (撤销本次套用): only an area merged exactly so. */
  unmerge?: CellRange[];
}

export interface WritePlan {
  sheets: SheetPlan[];
  /**
   * Entries for the record sheet (PERF_RECORD). The host merges them with the record
   * already in the workbook (a later entry for the same sheet, cell and what replaces
   * the earlier one) and writes the record with the plan (src/sheet/write/record.ts).
   */
  record?: RecordEntry[];
  /** Entries taken out of the record (by sheet, cell and what): the cells 撤销本次套用 cleared. */
  recordDrop?: Pick<RecordEntry, 'sheet' | 'cell' | 'what'>[];
  /** Existing sheets edited in place (套用 and its undo), after the planned sheets are written. */
  edits?: SheetEdit[];
}

/** Where each planned sheet went, for telling the clerk what was written. */
export interface WriteReport {
  written: { planned: string; actual: string; action: 'created' | 'replaced' }[];
  messages: string[];
  /** For each edited sheet: the cells written and cleared ("G5"), and cells kept because they no longer hold what PERF wrote. */
  edited?: { sheet: string; written: string[]; cleared: string[]; kept: string[] }[];
}
