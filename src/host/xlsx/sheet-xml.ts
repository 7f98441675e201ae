import { cellRef, columnLetters } from '../../sheet/address';
import { pieceText } from '../../sheet/piece-column';
import type { BlockColumn, CellBlock, PieceTexts, PlanCell, PrintSetup, SheetPlan, Utf8Texts } from '../../sheet/plan';
import { blockValue, isPieceTexts, isUtf8Texts, sheetCells, sheetMerges } from '../../sheet/plan-blocks';
import { checkNativeFormula } from '../../sheet/write/formula-text';
import { fitsToWidth, footerText, pageBreakRows, printScale } from '../../sheet/write/print';
import { rowHeightList } from '../../sheet/write/row-heights';
import { fileFormula } from './formula-file';
import { protectionXml } from './protection-xml';
import { conditionalFormatsXml, validationsXml, type DxfLookup } from './rules-xml';
import { writtenValue } from './written-value';
import { XmlBytes, type XmlSink } from './xml-bytes';
import { encodeOoxmlString, escapeXml } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The cellXfs index to use for a plan cell. */
export type XfLookup = (cell: Pick<PlanCell, 'style' | 'numFmt' | 'locked'>) => number;

function textXml(s: string): string {
  return escapeXml(encodeOoxmlString(s));
}

function formulaCellXml(cell: PlanCell, ref: string, style: string, sheet: string): string {
  const f = `<f>${escapeXml(fileFormula(checkNativeFormula(cell.formula!, `工作表“${sheet}”的 ${ref}`)))}</f>`;
  const v = writtenValue(cell.value);
  if (v === undefined) return `<c r="${ref}"${style}>${f}</c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
  if (typeof v === 'number') return `<c r="${ref}"${style}>${f}<v>${v}</v></c>`;
  return `<c r="${ref}"${style} t="str">${f}<v>${textXml(v)}</v></c>`;
}

const styleAttributes: string[] = [''];

const encoder = new TextEncoder();

/**
 * What follows a cell's reference, by cellXfs index, as bytes: the end of the reference, the
 * style, and the start of a blank, a number, a boolean or a text.
 */
interface CellTails {
  blank: Uint8Array;
  number: Uint8Array;
  boolean: Uint8Array;
  text: Uint8Array;
  /** For text whose spaces at either end, tabs or line breaks must be kept. */
  preserved: Uint8Array;
}
const cellTails: CellTails[] = [];

function tailsOf(s: number): CellTails {
  let tails = cellTails[s];
  if (!tails) {
    const style = s ? `" s="${s}"` : '"';
    tails = cellTails[s] = {
      blank: encoder.encode(`${style}/>`),
      number: encoder.encode(`${style}><v>`),
      boolean: encoder.encode(`${style} t="b"><v>`),
      text: encoder.encode(`${style} t="inlineStr"><is><t>`),
      preserved: encoder.encode(`${style} t="inlineStr"><is><t xml:space="preserve">`),
    };
  }
  return tails;
}

/** A column's '<c r="AB' (the start of a cell's reference) as text and as bytes, and its letters as bytes. */
interface ColumnOpen {
  text: string;
  bytes: Uint8Array;
  letters: Uint8Array;
}

function columnOpen(c: number): ColumnOpen {
  const letters = columnLetters(c);
  return { text: `<c r="${letters}`, bytes: encoder.encode(`<c r="${letters}`), letters: encoder.encode(letters) };
}

/** One plan cell into the sheet's bytes (its row begun with rowStart); false when it writes nothing (a blank without a style). */
function writeCell(out: XmlBytes, cell: PlanCell, open: ColumnOpen, row: string, s: number, sheet: string): boolean {
  if (cell.formula) {
    out.markup(formulaCellXml(cell, `${open.text.slice(6)}${row}`, (styleAttributes[s] ??= ` s="${s}"`), sheet));
    return true;
  }
  return writeValue(out, cell.value, open.bytes, s);
}

const NUMBER_CLOSE = encoder.encode('</v></c>');
const TEXT_CLOSE = encoder.encode('</t></is></c>');

/** A value cell of the row begun with rowStart: `open` is '<c r="AB', `s` its cellXfs index. */
function writeValue(out: XmlBytes, planned: PlanCell['value'], open: Uint8Array, s: number): boolean {
  const v = writtenValue(planned);
  if (v === undefined) {
    if (!s) return false;
    out.cell(open, tailsOf(s).blank);
  } else if (typeof v === 'number') {
    out.cell(open, tailsOf(s).number);
    out.number(v);
    out.raw(NUMBER_CLOSE);
  } else if (typeof v === 'boolean') {
    out.cell(open, tailsOf(s).boolean);
    out.ascii(v ? '1</v></c>' : '0</v></c>');
  } else textValue(out, v, open, s);
  return true;
}

/** XML whitespace (space, tab, line feed, carriage return): a reader drops it at either end of a text unless told to keep it. */
const isXmlSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * An inline text cell. xml:space="preserve" only where a reader could change the text without it
 * (spaces at either end, a tab or a line break): 21 bytes less a cell everywhere else.
 */
function textValue(out: XmlBytes, text: string, open: Uint8Array, s: number): void {
  const tails = tailsOf(s);
  const start = out.length;
  const ends = text.length > 0 && (isXmlSpace(text.charCodeAt(0)) || isXmlSpace(text.charCodeAt(text.length - 1)));
  out.cell(open, ends ? tails.preserved : tails.text);
  if (!out.plainText(text)) {
    // a tab, a line break or what an OOXML string must encode
    out.rewind(start);
    out.cell(open, tails.preserved);
    out.text(encodeOoxmlString(text));
  }
  out.raw(TEXT_CLOSE);
}

const decoder = new TextDecoder();

/** A text the plan made as UTF-8 (see Utf8Texts), its bytes copied as they are where they need no escaping. */
function writeUtf8Text(out: XmlBytes, texts: Utf8Texts, i: number, open: Uint8Array, s: number): boolean {
  const start = texts.starts[i]!;
  const end = texts.ends[i]!;
  if (start >= end) {
    if (!s) return false;
    out.cell(open, tailsOf(s).blank);
    return true;
  }
  const bytes = texts.bytes;
  const at = out.length;
  if (!isXmlSpace(bytes[start]!) && !isXmlSpace(bytes[end - 1]!)) {
    out.cell(open, tailsOf(s).text);
    if (out.plainUtf8(bytes, start, end)) {
      out.raw(TEXT_CLOSE);
      return true;
    }
    out.rewind(at);
  }
  textValue(out, decoder.decode(bytes.subarray(start, end)), open, s);
  return true;
}

/**
 * A text the plan holds as pieces (see PieceTexts), each piece written as it is: no text made for
 * the row. A row that could need xml:space="preserve", or a piece that needs more than escaping,
 * is written as its whole text.
 */
function writePieceText(out: XmlBytes, texts: PieceTexts, i: number, open: Uint8Array, s: number): boolean {
  const start = texts.starts[i]!;
  const end = texts.ends[i]!;
  if (end - start < 2) return writeValue(out, end > start ? texts.pieces[texts.ids[start]!]! : '', open, s);
  const first = texts.pieces[texts.ids[start]!]!;
  const last = texts.pieces[texts.ids[end - 1]!]!;
  if (first === '' || last === '' || isXmlSpace(first.charCodeAt(0)) || isXmlSpace(last.charCodeAt(last.length - 1))) return writeValue(out, pieceText(texts, i), open, s);
  const at = out.length;
  out.cell(open, tailsOf(s).text);
  for (let k = start; k < end; k++) {
    if (!out.plainText(texts.pieces[texts.ids[k]!]!)) {
      out.rewind(at);
      return writeValue(out, pieceText(texts, i), open, s);
    }
  }
  out.raw(TEXT_CLOSE);
  return true;
}

/**
 * A block's column as the writer needs it: its look looked up once (on first use, so that new
 * cell formats are numbered in the order a row-by-row plan would meet them), a row's own look
 * through a small cache.
 */
class ColumnWriter {
  private readonly own = new Map<string, number>();
  private xf = -1;
  private lastStyle: string | undefined;
  private lastNumFmt: string | undefined;
  private lastXf = -1;
  /** The column's texts when the plan made them as UTF-8, or as pieces. */
  readonly utf8: Utf8Texts | undefined;
  readonly pieces: PieceTexts | undefined;

  constructor(
    readonly column: BlockColumn,
    readonly open: Uint8Array,
    private readonly xfFor: XfLookup,
  ) {
    this.utf8 = isUtf8Texts(column.values) ? column.values : undefined;
    this.pieces = isPieceTexts(column.values) ? column.values : undefined;
  }

  xfAt(i: number): number {
    const style = this.column.styles?.[i];
    const numFmt = this.column.numFmts?.[i];
    if (style === undefined && numFmt === undefined) return this.xf >= 0 ? this.xf : (this.xf = this.xfFor(this.column));
    // rows of a look come in runs: the last row's, without making its key
    if (style === this.lastStyle && numFmt === this.lastNumFmt) return this.lastXf;
    const key = `${style ?? ''}\u0000${numFmt ?? ''}`;
    let xf = this.own.get(key);
    if (xf === undefined) this.own.set(key, (xf = this.xfFor({ style: style ?? this.column.style, numFmt: numFmt ?? this.column.numFmt })));
    this.lastStyle = style;
    this.lastNumFmt = numFmt;
    return (this.lastXf = xf);
  }
}

function sheetViewXml(freeze: SheetPlan['freeze']): string {
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const { rows, columns } = freeze;
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = cellRef(Math.max(rows, 0), Math.max(columns, 0));
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function footerSection(code: string, text: string): string {
  return text ? `&${code}${footerText(text)}` : '';
}

function printXml(print: PrintSetup): string {
  const footer = footerSection('L', print.footer.left) + footerSection('C', print.footer.center) + footerSection('R', print.footer.right);
  const scale = printScale(print);
  const fit = scale !== null ? ` scale="${scale}"` : fitsToWidth(print) ? ' fitToWidth="1" fitToHeight="0"' : '';
  return (
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9"${fit} orientation="${print.orientation}"/>` +
    (footer ? `<headerFooter><oddFooter>${textXml(footer)}</oddFooter></headerFooter>` : '')
  );
}

/** Manual page breaks: a break above each listed 0-based row (brk id is that row's 0-based index). */
function rowBreaksXml(breaks: number[]): string {
  if (!breaks.length) return '';
  return `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
}

/** Whether a plan cell is written at all: a value, a formula, or a style on a blank. */
function written(cell: PlanCell, xfFor: XfLookup): boolean {
  return Boolean(cell.formula) || (cell.value !== null && cell.value !== '') || xfFor(cell) !== 0;
}

/** Whether a row of a block writes any cell, its looks looked up in column order as for a plan row. */
function blockRowWritten(b: CellBlock, i: number, xfFor: XfLookup): boolean {
  return b.columns.some((column) => {
    const v = blockValue(column, i);
    return (v !== null && v !== '') || xfFor({ style: column.styles?.[i] ?? column.style, numFmt: column.numFmts?.[i] ?? column.numFmt }) !== 0;
  });
}

/** Bytes a sheet's cells take, about (46 to 70 a cell in PERF's sheets): one buffer, seldom grown. */
const BYTES_PER_CELL = 64;

/**
 * A complete worksheet part for a planned sheet: values and formulas, styles, merges,
 * widths, frozen header, protection, conditional formats, validation, print set-up and
 * page breaks, in the order CT_Worksheet requires. A block is written a row at a time from
 * its columns, each column's look looked up once. The bytes are a view of the writer's buffer (sized by an estimate);
 * with a sink, the sheet's bytes but the last are handed to it a chunk at a time, as they are written.
 */
export async function renderWorksheet(plan: SheetPlan, xfFor: XfLookup, dxfFor: DxfLookup, sink?: XmlSink): Promise<Uint8Array> {
  const { rows, blocks, rowCount } = sheetCells(plan);
  const heights = rowHeightList(plan);
  // the dimension names the last column of a row that writes a cell, so it is found before the rows are written
  let lastCol = 0;
  let cellCount = 0;
  for (const row of rows) {
    if (!row) continue;
    cellCount += row.length;
    if (row.length - 1 > lastCol && row.some((cell) => written(cell, xfFor))) lastCol = row.length - 1;
  }
  for (const b of blocks) {
    cellCount += b.rowCount * b.columns.length;
    for (let i = 0; i < b.rowCount && b.columns.length - 1 > lastCol; i++) if (blockRowWritten(b, i, xfFor)) lastCol = b.columns.length - 1;
  }
  const lastRow = Math.max(rowCount - 1, 0);
  const cols = plan.columnWidths
    .map((w, i) => (Number.isFinite(w) && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  const { merges: listed, blocks: across } = sheetMerges(plan);
  const merges = listed.filter((m) => m.bottom > m.top || m.right > m.left);
  const fitToPage = fitsToWidth(plan.print);
  const out = new XmlBytes(4096 + cellCount * BYTES_PER_CELL, sink);
  out.markup(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      (fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
      `<dimension ref="A1:${cellRef(lastRow, lastCol)}"/>` +
      sheetViewXml(plan.freeze) +
      (cols ? `<cols>${cols}</cols>` : '') +
      '<sheetData>',
  );
  const opens: ColumnOpen[] = [];
  const openOf = (c: number) => (opens[c] ??= columnOpen(c));
  const sheet: SheetRows = { rows, blocks, rowCount, heights, openOf, xfFor, name: plan.name };
  // the rows are written until the sink has pieces enough to compress, then again once it has room
  for (let r = 0; r < rowCount; ) {
    r = writeRows(out, sheet, r);
    if (r < rowCount) await out.ready();
  }
  out.markup(
    '</sheetData>' +
      protectionXml(plan.protection),
  );
  const mergeCount = across.reduce((n, b) => n + b.rowCount, merges.length);
  if (mergeCount) {
    out.ascii('<mergeCells count="');
    out.number(mergeCount);
    out.ascii('">');
    for (let m = 0; m < mergeCount; ) {
      m = writeMerges(out, merges, across, m, sheet.openOf);
      if (m < mergeCount) await out.ready();
    }
    out.ascii('</mergeCells>');
  }
  out.markup(
    conditionalFormatsXml(plan.conditionalFormats, dxfFor) +
      validationsXml(plan.validations) +
      printXml(plan.print) +
      rowBreaksXml(pageBreakRows(plan)) +
      '</worksheet>',
  );
  return out.view();
}

/** What writing a sheet's rows needs, kept while the writer waits for its sink. */
interface SheetRows {
  rows: ReturnType<typeof sheetCells>['rows'];
  blocks: readonly CellBlock[];
  rowCount: number;
  heights: Float64Array;
  /** '<c r="AB' by column */
  openOf: (c: number) => ColumnOpen;
  xfFor: XfLookup;
  name: string;
}

/**
 * The sheet's rows from row `from` on, until the last or until the sink asks the writer to wait
 * (XmlBytes.spill): the row to go on from.
 */
function writeRows(out: XmlBytes, sheet: SheetRows, from: number): number {
  const { rows, blocks, rowCount, heights, openOf, xfFor } = sheet;
  let nextBlock = 0;
  while (nextBlock < blocks.length && blocks[nextBlock]!.top + blocks[nextBlock]!.rowCount <= from) nextBlock++;
  for (let r = from; r < rowCount; r++) {
    const block = blocks[nextBlock];
    if (block && block.top <= r) {
      const i = writeBlock(out, block, r - block.top, heights, openOf, xfFor);
      if (i < block.rowCount) return block.top + i;
      r = block.top + block.rowCount - 1;
      nextBlock++;
      continue;
    }
    if (out.spill()) return r;
    const row = rows[r] ?? [];
    const start = out.length;
    const tallest = heights[r]!;
    const rowNumber = String(r + 1);
    rowStart(out, r, tallest);
    let any = false;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === undefined) continue;
      if (writeCell(out, cell, openOf(c), rowNumber, xfFor(cell), sheet.name)) any = true;
    }
    if (!any && !tallest) {
      out.rewind(start);
      continue;
    }
    out.raw(ROW_CLOSE);
  }
  return rowCount;
}

/**
 * <mergeCell>s from the `from`th on, a cell reference at a time: the listed merges, then the rows
 * of the blocks merged across (as a plain plan lists them; a 核对 sheet of 100,000 units merges
 * 100,000 rows), until the last or until the sink asks the writer to wait: the one to go on from.
 */
function writeMerges(out: XmlBytes, merges: SheetPlan['merges'], across: readonly CellBlock[], from: number, openOf: (c: number) => ColumnOpen): number {
  const ref = (row: number, col: number) => {
    out.raw(openOf(col).letters);
    out.number(row + 1);
  };
  for (let i = from; i < merges.length; i++) {
    if (out.spill()) return i;
    const m = merges[i]!;
    out.ascii('<mergeCell ref="');
    ref(m.top, m.left);
    if (m.bottom !== m.top || m.right !== m.left) {
      out.ascii(':');
      ref(m.bottom, m.right);
    }
    out.ascii('"/>');
  }
  let at = merges.length;
  for (const b of across) {
    const { left, right } = b.mergeAcross!;
    for (let i = Math.max(from - at, 0); i < b.rowCount; i++) {
      if (out.spill()) return at + i;
      out.ascii('<mergeCell ref="');
      ref(b.top + i, left);
      out.ascii(':');
      ref(b.top + i, right);
      out.ascii('"/>');
    }
    at += b.rowCount;
  }
  return at;
}

const ROW_OPEN = encoder.encode('<row r="');
const ROW_OPENED = encoder.encode('">');
const ROW_CLOSE = encoder.encode('</row>');
/** '" ht="18" customHeight="1">' by height */
const heightEnds = new Map<number, Uint8Array>();

/** '<row r="12">' (or with its height), the row's number kept for its cells' references (out.cell). */
function rowStart(out: XmlBytes, r: number, height: number): void {
  out.raw(ROW_OPEN);
  out.row(r + 1);
  if (!height) {
    out.raw(ROW_OPENED);
    return;
  }
  let end = heightEnds.get(height);
  if (!end) heightEnds.set(height, (end = encoder.encode(`" ht="${height}" customHeight="1">`)));
  out.raw(end);
}

/** A block's rows from its `from`th on, until its last or until the sink asks the writer to wait: the row of the block to go on from. */
function writeBlock(out: XmlBytes, b: CellBlock, from: number, heights: Float64Array, openOf: (c: number) => ColumnOpen, xfFor: XfLookup): number {
  const columns = b.columns.map((column, c) => new ColumnWriter(column, openOf(c).bytes, xfFor));
  for (let i = from; i < b.rowCount; i++) {
    if (out.spill()) return i;
    const r = b.top + i;
    const start = out.length;
    const tallest = heights[r]!;
    rowStart(out, r, tallest);
    let any = false;
    for (let c = 0; c < columns.length; c++) {
      const w = columns[c]!;
      const { utf8, pieces } = w;
      if (utf8 ? writeUtf8Text(out, utf8, i, w.open, w.xfAt(i)) : pieces ? writePieceText(out, pieces, i, w.open, w.xfAt(i)) : writeValue(out, blockValue(w.column, i), w.open, w.xfAt(i))) any = true;
    }
    if (!any && !tallest) {
      out.rewind(start);
      continue;
    }
    out.raw(ROW_CLOSE);
  }
  return b.rowCount;
}
