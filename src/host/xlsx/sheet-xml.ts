import { cellRef, columnLetters } from '../../sheet/address';
import type { BlockColumn, CellBlock, PlanCell, PrintSetup, SheetPlan } from '../../sheet/plan';
import { blockValue, sheetCells } from '../../sheet/plan-blocks';
import { checkNativeFormula } from '../../sheet/write/formula-text';
import { fitsToWidth, footerText, pageBreakRows, printScale } from '../../sheet/write/print';
import { rowHeightsOf } from '../../sheet/write/row-heights';
import { fileFormula } from './formula-file';
import { protectionXml } from './protection-xml';
import { conditionalFormatsXml, validationsXml, type DxfLookup } from './rules-xml';
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
  const v = cell.value;
  if (v === null || v === '') return `<c r="${ref}"${style}>${f}</c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${style}>${f}<v>${Object.is(v, -0) ? 0 : v}</v></c>`;
  return `<c r="${ref}"${style} t="str">${f}<v>${textXml(String(v))}</v></c>`;
}

const styleAttributes: string[] = [''];
/** '" s="5"': the end of a cell's reference and its style. */
const refEnds: string[] = ['"'];

/** One plan cell into the sheet's bytes; false when it writes nothing (a blank without a style). */
function writeCell(out: XmlBytes, cell: PlanCell, open: string, row: string, s: number, sheet: string): boolean {
  if (cell.formula) {
    out.markup(formulaCellXml(cell, `${open.slice(6)}${row}`, (styleAttributes[s] ??= ` s="${s}"`), sheet));
    return true;
  }
  return writeValue(out, cell.value, open, row, s);
}

/** A value cell: `open` is '<c r="AB', `row` the row's number, `s` its cellXfs index. */
function writeValue(out: XmlBytes, v: PlanCell['value'], open: string, row: string, s: number): boolean {
  if ((v === null || v === '') && !s) return false;
  out.ascii(open);
  out.ascii(row);
  out.ascii((refEnds[s] ??= `" s="${s}"`));
  if (v === null || v === '') out.ascii('/>');
  else if (typeof v === 'number') {
    if (!Number.isFinite(v)) textValue(out, String(v));
    else {
      out.ascii('><v>');
      out.number(v);
      out.ascii('</v></c>');
    }
  } else if (typeof v === 'boolean') out.ascii(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
  else textValue(out, v);
  return true;
}

const TEXT_OPEN = new TextEncoder().encode(' t="inlineStr"><is><t xml:space="preserve">');
const TEXT_CLOSE = new TextEncoder().encode('</t></is></c>');

function textValue(out: XmlBytes, text: string): void {
  out.raw(TEXT_OPEN);
  if (!out.plainText(text)) out.text(encodeOoxmlString(text));
  out.raw(TEXT_CLOSE);
}

/**
 * A block's column as the writer needs it: its look looked up once (on first use, so that new
 * cell formats are numbered in the order a row-by-row plan would meet them), a row's own look
 * through a small cache.
 */
class ColumnWriter {
  private readonly own = new Map<string, number>();
  private xf = -1;

  constructor(
    readonly column: BlockColumn,
    readonly open: string,
    private readonly xfFor: XfLookup,
  ) {}

  xfAt(i: number): number {
    const style = this.column.styles?.[i];
    const numFmt = this.column.numFmts?.[i];
    if (style === undefined && numFmt === undefined) return this.xf >= 0 ? this.xf : (this.xf = this.xfFor(this.column));
    const key = `${style ?? ''}\u0000${numFmt ?? ''}`;
    let xf = this.own.get(key);
    if (xf === undefined) this.own.set(key, (xf = this.xfFor({ style: style ?? this.column.style, numFmt: numFmt ?? this.column.numFmt })));
    return xf;
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
  const heights = rowHeightsOf(plan);
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
  const merges = plan.merges.filter((m) => m.bottom > m.top || m.right > m.left);
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
  /** '<c r="AB' by column */
  const opens: string[] = [];
  const sheet: SheetRows = { rows, blocks, rowCount, heights, openOf: (c) => (opens[c] ??= `<c r="${columnLetters(c)}`), xfFor, name: plan.name };
  // the rows are written until the sink has pieces enough to compress, then again once it has room
  for (let r = 0; r < rowCount; ) {
    r = writeRows(out, sheet, r);
    if (r < rowCount) await out.ready();
  }
  out.markup(
    '</sheetData>' +
      protectionXml(plan.protection),
  );
  if (merges.length) {
    out.ascii('<mergeCells count="');
    out.number(merges.length);
    out.ascii('">');
    for (let m = 0; m < merges.length; ) {
      m = writeMerges(out, merges, m, sheet.openOf);
      if (m < merges.length) await out.ready();
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
  heights: Map<number, number>;
  /** '<c r="AB' by column */
  openOf: (c: number) => string;
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
    const tallest = heights.get(r);
    const rowNumber = String(r + 1);
    rowStart(out, rowNumber, tallest);
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
    out.ascii('</row>');
  }
  return rowCount;
}

/**
 * <mergeCell>s from the `from`th on, a cell reference at a time (a 核对 sheet of 100,000 units
 * merges 100,000 rows), until the last or until the sink asks the writer to wait: the one to go on from.
 */
function writeMerges(out: XmlBytes, merges: SheetPlan['merges'], from: number, openOf: (c: number) => string): number {
  // openOf(c) is '<c r="AB': its letters start at 6
  const ref = (row: number, col: number) => {
    out.ascii(openOf(col).slice(6));
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
  return merges.length;
}

function rowStart(out: XmlBytes, rowNumber: string, height: number | undefined): void {
  out.ascii('<row r="');
  out.ascii(rowNumber);
  if (height) {
    out.ascii('" ht="');
    out.ascii(String(height));
    out.ascii('" customHeight="1">');
  } else out.ascii('">');
}

/** A block's rows from its `from`th on, until its last or until the sink asks the writer to wait: the row of the block to go on from. */
function writeBlock(out: XmlBytes, b: CellBlock, from: number, heights: Map<number, number>, openOf: (c: number) => string, xfFor: XfLookup): number {
  const columns = b.columns.map((column, c) => new ColumnWriter(column, openOf(c), xfFor));
  for (let i = from; i < b.rowCount; i++) {
    if (out.spill()) return i;
    const r = b.top + i;
    const start = out.length;
    const tallest = heights.get(r);
    const rowNumber = String(r + 1);
    rowStart(out, rowNumber, tallest);
    let any = false;
    for (let c = 0; c < columns.length; c++) {
      const w = columns[c]!;
      if (writeValue(out, blockValue(w.column, i), w.open, rowNumber, w.xfAt(i))) any = true;
    }
    if (!any && !tallest) {
      out.rewind(start);
      continue;
    }
    out.ascii('</row>');
  }
  return b.rowCount;
}
