/**
 * The workbook the Excel double holds, as plain data a test can look at directly (the
 * API objects in double-objects.ts read and change it only when a batch is synced).
 * Rows and columns are 0-based; formulas are stored without "=" and names' formulas with it,
 * as Office.js returns them.
 */
export type DoubleValue = string | number | boolean | null;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface DoubleCell {
  value: DoubleValue;
  /** Without "=". */
  formula?: string;
  numberFormat?: string;
  /** Text entered with a leading apostrophe ("'001"): Excel keeps it as text. */
  quotePrefix?: boolean;
}

export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

export interface FormatProps {
  fill?: string | null;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fontName?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  locked?: boolean;
  borders?: Partial<Record<BorderEdge, string>>;
}

/** A format applied to a rectangle, in the order applied; `reset` is a clear of formats. */
export interface FormatLayer {
  rect: Rect;
  props: FormatProps;
  reset?: boolean;
}

export interface DoubleName {
  name: string;
  /** With "=" ("='方案'!$A$2:$B$5", "=\"ranking\""). */
  formula: string;
  visible: boolean;
  comment?: string;
}

export interface DoubleValidation {
  rect: Rect;
  rule: { list?: { inCellDropDown: boolean; source: string }; [other: string]: unknown };
  errorAlert?: { message?: string; showAlert?: boolean; style?: string; title?: string };
  ignoreBlanks?: boolean;
}

export interface DoubleConditionalFormat {
  rect: Rect;
  type: 'CellValue' | 'Custom';
  rule: { formula1?: string; formula2?: string; operator?: string; formula?: string };
  fill?: string;
  fontColor?: string;
}

export interface DoublePageLayout {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** "$3:$3", or null. */
  printTitleRows: string | null;
  footers: { leftFooter: string; centerFooter: string; rightFooter: string };
  headerFooterState: string;
  /** 0-based rows a manual page break starts (the break is above them). */
  rowBreaks: number[];
}

export interface DoubleSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Sparse: rows and cells may be holes. */
  cells: (DoubleCell | undefined)[][];
  merges: Rect[];
  formats: FormatLayer[];
  /** Points, by 0-based column; absent: the standard width. */
  columnWidths: Map<number, number>;
  /** Points, by 0-based row; absent: the standard height. */
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  pageLayout: DoublePageLayout;
  validations: DoubleValidation[];
  /** In priority order: the first holds priority 0. */
  conditionalFormats: DoubleConditionalFormat[];
  protection: { protected: boolean; password: string | null };
  /** Sheet-scoped names (PERF's mark PERF_SHEET among them). */
  names: DoubleName[];
}

export interface DoubleWorkbook {
  sheets: DoubleSheet[];
  /** Workbook-scoped names. */
  names: DoubleName[];
  activeSheetId: string | null;
  selection: { sheetId: string; rect: Rect } | null;
}

/** Excel's grid. */
export const GRID_ROWS = 1_048_576;
export const GRID_COLUMNS = 16_384;
export const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: GRID_ROWS - 1, right: GRID_COLUMNS - 1 };

/** Excel's standard column width and row height in points (Calibri / 等线 11). */
export const STANDARD_WIDTH = 48;
export const STANDARD_HEIGHT = 15;

let nextId = 1;

export function newSheet(name: string): DoubleSheet {
  return {
    id: `{sheet-${nextId++}}`,
    name,
    visibility: 'Visible',
    cells: [],
    merges: [],
    formats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    freeze: null,
    pageLayout: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: {},
      printTitleRows: null,
      footers: { leftFooter: '', centerFooter: '', rightFooter: '' },
      headerFooterState: 'Default',
      rowBreaks: [],
    },
    validations: [],
    conditionalFormats: [],
    protection: { protected: false, password: null },
    names: [],
  };
}

export function newWorkbook(): DoubleWorkbook {
  return { sheets: [], names: [], activeSheetId: null, selection: null };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;
}

export function cellAt(sheet: DoubleSheet, r: number, c: number): DoubleCell | undefined {
  return sheet.cells[r]?.[c];
}

export function hasContent(cell: DoubleCell | undefined): boolean {
  return cell !== undefined && (cell.formula !== undefined || (cell.value !== null && cell.value !== ''));
}

/** The look of one cell: every format layer over it, in the order applied. */
export function formatAt(sheet: DoubleSheet, r: number, c: number): FormatProps & { borderSides: { top?: string; bottom?: string; left?: string; right?: string } } {
  let out: FormatProps = {};
  const sides: { top?: string; bottom?: string; left?: string; right?: string } = {};
  for (const layer of sheet.formats) {
    if (!contains(layer.rect, r, c)) continue;
    if (layer.reset) {
      out = {};
      for (const k of Object.keys(sides)) delete sides[k as keyof typeof sides];
      continue;
    }
    const { borders, ...rest } = layer.props;
    out = { ...out, ...rest };
    const rect = layer.rect;
    for (const [edge, style] of Object.entries(borders ?? {})) {
      if (edge === 'EdgeTop' && r === rect.top) sides.top = style;
      if (edge === 'EdgeBottom' && r === rect.bottom) sides.bottom = style;
      if (edge === 'EdgeLeft' && c === rect.left) sides.left = style;
      if (edge === 'EdgeRight' && c === rect.right) sides.right = style;
      if (edge === 'InsideHorizontal') {
        if (r > rect.top) sides.top = style;
        if (r < rect.bottom) sides.bottom = style;
      }
      if (edge === 'InsideVertical') {
        if (c > rect.left) sides.left = style;
        if (c < rect.right) sides.right = style;
      }
    }
  }
  return { ...out, borderSides: sides };
}

/** The box around every cell that holds a value or formula (valuesOnly), or also a format; null when none. */
export function usedRect(sheet: DoubleSheet, valuesOnly: boolean): Rect | null {
  let box: Rect | null = null;
  const grow = (r: Rect) => {
    box = box ? { top: Math.min(box.top, r.top), left: Math.min(box.left, r.left), bottom: Math.max(box.bottom, r.bottom), right: Math.max(box.right, r.right) } : { ...r };
  };
  sheet.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (hasContent(cell) || (!valuesOnly && cell?.numberFormat && cell.numberFormat !== 'General')) grow({ top: r, left: c, bottom: r, right: c });
    });
  });
  if (!valuesOnly) {
    for (const layer of sheet.formats) if (!layer.reset && layer.rect.bottom < GRID_ROWS - 1 && layer.rect.right < GRID_COLUMNS - 1) grow(layer.rect);
  }
  return box;
}

// ---- A1 text, as Office.js writes and reads it ----

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** "A1:C3", a single "B2", whole columns "A:C" or rows "3:5" (with or without $), without a sheet. */
export function parseA1(text: string): Rect | null {
  const t = text.replace(/\$/g, '').trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(t);
  if (m) {
    const a = { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
    const b = m[3] ? { r: Number(m[4]) - 1, c: columnIndex(m[3]) } : a;
    return { top: Math.min(a.r, b.r), left: Math.min(a.c, b.c), bottom: Math.max(a.r, b.r), right: Math.max(a.c, b.c) };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(t);
  if (m) return { top: 0, bottom: GRID_ROWS - 1, left: Math.min(columnIndex(m[1]), columnIndex(m[2])), right: Math.max(columnIndex(m[1]), columnIndex(m[2])) };
  m = /^(\d+):(\d+)$/.exec(t);
  if (m) return { left: 0, right: GRID_COLUMNS - 1, top: Math.min(Number(m[1]), Number(m[2])) - 1, bottom: Math.max(Number(m[1]), Number(m[2])) - 1 };
  return null;
}

/** Splits "'排名(2)'!A1:B2" into the sheet name (quotes undone) and the A1 part. */
export function splitSheet(address: string): { sheet: string | null; a1: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.*)$/.exec(address.trim());
  if (!m) return { sheet: null, a1: address.trim() };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), a1: m[3] };
}

export function a1Of(rect: Rect): string {
  const a = `${columnLetters(rect.left)}${rect.top + 1}`;
  const b = `${columnLetters(rect.right)}${rect.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Sheet names Excel prints without quotes: letters, digits and underscores, not starting with a digit. */
export function qualified(sheet: string, rect: Rect): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${a1Of(rect)}`;
}
