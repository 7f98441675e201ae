import { invalid } from '../../engine/errors';
import { cellRef, parseCellRef, parseRangeRef, rangeRef } from '../../sheet/address';
import type { CellClear, CellRange, CellWrite, SheetEdit } from '../../sheet/plan';
import { filledCellRefusal, mergedAreaRefusal, protectedSheetRefusal } from '../../sheet/write/edit-refusals';
import { checkNativeFormula } from '../../sheet/write/formula-text';
import { fileFormula } from './formula-file';
import type { StyleBook } from './styles';
import { attrLocal, childElements, createLike, encodeOoxmlString, firstChild, parseXml, serializeXml, type Document, type Element } from './xml';

/** What editing one sheet did, by cell ("G5"). */
export interface EditOutcome {
  xml: string;
  written: string[];
  cleared: string[];
  /** Cells to clear that hold something else now (the clerk changed them): left as they are. */
  kept: string[];
}

/**
 * A clerk's worksheet part edited in place (套用 and its undo): only the cells named
 * change; every other cell, row, column, merge, rule and setting of the part is kept.
 * A written cell the sheet already has keeps its style index; a new one gets the look
 * the plan asks for or the one its row or column gives it. Refuses (PerfError, Chinese)
 * to write into a cell that holds a value or a formula.
 */
export function editWorksheet(xml: string, part: string, edit: SheetEdit, styles: StyleBook, sharedStrings: string[]): EditOutcome {
  const doc = parseXml(xml, part);
  const protection = firstChild(doc.documentElement!, 'sheetProtection');
  const locked = protection && ['1', 'true'].includes(attrLocal(protection, 'sheet') ?? '');
  if (locked && (edit.write?.length || edit.clear?.length)) {
    throw protectedSheetRefusal(edit.sheet);
  }
  const sheet = new SheetCells(doc, part);
  const out: EditOutcome = { xml, written: [], cleared: [], kept: [] };
  for (const w of edit.write ?? []) {
    writeCell(sheet, w, edit.sheet, styles);
    out.written.push(cellRef(w.row, w.column));
  }
  for (const c of edit.clear ?? []) {
    const ref = cellRef(c.row, c.column);
    const el = sheet.cell(c.row, c.column, false);
    if (!el) continue;
    if (!holds(el, c, sharedStrings)) {
      if (!isEmptyCell(el)) out.kept.push(ref);
      continue;
    }
    clearCell(sheet, el, c);
    out.cleared.push(ref);
  }
  if (edit.merge?.length) mergeAreas(doc, edit.sheet, edit.merge);
  if (edit.unmerge?.length) unmergeAreas(doc, edit.unmerge);
  if (out.written.length) sheet.widenDimension(edit.write!);
  if (out.cleared.length) sheet.narrowDimension(edit.clear!.filter((c) => out.cleared.includes(cellRef(c.row, c.column))));
  if (out.written.length || out.cleared.length || edit.merge?.length || edit.unmerge?.length) out.xml = serializeXml(doc);
  return out;
}

// CT_Worksheet's elements after <mergeCells>: a new <mergeCells> goes before the first of these
const AFTER_MERGE_CELLS = ['phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function mergeCellsOf(doc: Document, create: boolean): Element | null {
  const root = doc.documentElement!;
  const found = firstChild(root, 'mergeCells');
  if (found || !create) return found;
  const el = createLike(doc, root, 'mergeCells');
  let before: Element | null = null;
  for (let n = root.firstChild; n && !before; n = n.nextSibling) if (n.nodeType === 1 && AFTER_MERGE_CELLS.includes((n as Element).localName ?? '')) before = n as Element;
  root.insertBefore(el, before);
  return el;
}

function mergeAreas(doc: Document, sheetName: string, areas: CellRange[]): void {
  const list = mergeCellsOf(doc, true)!;
  for (const a of areas) {
    for (const m of childElements(list, 'mergeCell')) {
      const r = parseRangeRef(attrLocal(m, 'ref') ?? '');
      if (r && r.top <= a.bottom && a.top <= r.bottom && r.left <= a.right && a.left <= r.right) throw mergedAreaRefusal(sheetName, rangeRef(a), rangeRef(r));
    }
    const el = createLike(doc, list, 'mergeCell');
    el.setAttribute('ref', rangeRef(a));
    list.appendChild(el);
  }
  list.setAttribute('count', String(childElements(list, 'mergeCell').length));
}

/** Areas PERF merged, unmerged; a <mergeCells> left empty goes (as before PERF merged). */
function unmergeAreas(doc: Document, areas: CellRange[]): void {
  const list = mergeCellsOf(doc, false);
  if (!list) return;
  const refs = new Set(areas.map((a) => rangeRef(a)));
  for (const m of childElements(list, 'mergeCell')) if (refs.has(attrLocal(m, 'ref') ?? '')) list.removeChild(m);
  const left = childElements(list, 'mergeCell').length;
  if (left === 0) list.parentNode!.removeChild(list);
  else list.setAttribute('count', String(left));
}

function writeCell(sheet: SheetCells, w: CellWrite, sheetName: string, styles: StyleBook): void {
  const ref = cellRef(w.row, w.column);
  const existing = sheet.cell(w.row, w.column, false);
  if (existing && !isEmptyCell(existing)) {
    throw filledCellRefusal(sheetName, ref);
  }
  const el = existing ?? sheet.cell(w.row, w.column, true)!;
  if (!existing) {
    const base = w.lookLike ? sheet.styleOf(w.lookLike.row, w.lookLike.column) : sheet.defaultStyle(w.row, w.column);
    const s = w.lookLike && w.numFmt ? styles.withNumFmt(base, w.numFmt) : base;
    if (s) el.setAttribute('s', String(s));
  }
  removeContent(el);
  const doc = sheet.doc;
  const v = w.value;
  if (w.formula) {
    const f = createLike(doc, el, 'f');
    f.appendChild(doc.createTextNode(fileFormula(checkNativeFormula(w.formula, `工作表“${sheetName}”的 ${ref}`))));
    el.appendChild(f);
    // null: no result yet (the spreadsheet calculates); '' is a result, the empty text of a total not yet scored
    if (v === null) return;
    if (typeof v === 'boolean') el.setAttribute('t', 'b');
    else if (typeof v !== 'number') el.setAttribute('t', 'str');
    appendValue(doc, el, typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'number' ? String(v) : encodeOoxmlString(v));
    return;
  }
  if (v === null || v === '') return;
  if (typeof v === 'number') return appendValue(doc, el, String(v));
  if (typeof v === 'boolean') {
    el.setAttribute('t', 'b');
    return appendValue(doc, el, v ? '1' : '0');
  }
  el.setAttribute('t', 'inlineStr');
  const is = createLike(doc, el, 'is');
  const t = createLike(doc, el, 't');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(encodeOoxmlString(v)));
  is.appendChild(t);
  el.appendChild(is);
}

function appendValue(doc: Document, el: Element, text: string): void {
  const v = createLike(doc, el, 'v');
  v.appendChild(doc.createTextNode(text));
  el.appendChild(v);
}

function clearCell(sheet: SheetCells, el: Element, c: CellClear): void {
  removeContent(el);
  if (c.styled) {
    const s = sheet.defaultStyle(c.row, c.column);
    if (s) el.setAttribute('s', String(s));
    else el.removeAttribute('s');
  }
  // a cell left with nothing but its position and the look its row or column gives anyway is no cell (as before 套用)
  const attrs = Array.from({ length: el.attributes.length }, (_, i) => el.attributes.item(i)!.name);
  const plain = attrs.every((n) => n === 'r' || n === 's') && Number(el.getAttribute('s') ?? 0) === sheet.defaultStyle(c.row, c.column);
  if (plain && !el.firstChild) {
    const row = el.parentNode as Element;
    row.removeChild(el);
    narrowSpans(row, c.column);
    // a row PERF added for the cell (nothing but its number and the spans hint) goes with it
    const rowAttrs = Array.from({ length: row.attributes.length }, (_, i) => row.attributes.item(i)!.name);
    if (childElements(row, 'c').length === 0 && !row.firstChild && rowAttrs.every((n) => n === 'r' || n === 'spans')) sheet.removeRow(c.row);
  }
}

function removeContent(el: Element): void {
  for (const name of ['f', 'v', 'is']) for (const child of childElements(el, name)) el.removeChild(child);
  el.removeAttribute('t');
}

function isEmptyCell(el: Element): boolean {
  if (firstChild(el, 'f')) return false;
  const v = firstChild(el, 'v');
  if (v && (v.textContent ?? '') !== '') return false;
  const is = firstChild(el, 'is');
  return !is || (is.textContent ?? '') === '';
}

/** The formula text as PERF compares it: no _xlfn. prefixes, no spaces, one case. */
function formulaKey(f: string): string {
  return f.replace(/^=/, '').replace(/_xlfn\./gi, '').replace(/\s+/g, '').toUpperCase();
}

/** Whether the cell still holds what PERF wrote there. */
function holds(el: Element, c: CellClear, sharedStrings: string[]): boolean {
  const f = firstChild(el, 'f');
  if (c.formula !== undefined) return f !== null && formulaKey(f.textContent ?? '') === formulaKey(c.formula);
  if (f) return false;
  const t = el.getAttribute('t');
  const v = firstChild(el, 'v')?.textContent ?? null;
  const shown = t === 'inlineStr' ? (firstChild(el, 'is')?.textContent ?? null) : t === 's' && v !== null ? (sharedStrings[Number(v)] ?? null) : v;
  if (c.value === undefined || c.value === null) return shown === null || shown === '';
  return shown !== null && String(shown) === String(typeof c.value === 'boolean' ? (c.value ? 1 : 0) : c.value);
}

/** The rows and cells of a worksheet DOM, found and created in sheet order. */
class SheetCells {
  private readonly sheetData: Element;
  private readonly rows = new Map<number, Element>();
  private readonly colStyles: { min: number; max: number; style: number }[] = [];

  constructor(
    readonly doc: Document,
    part: string,
  ) {
    const root = doc.documentElement!;
    const data = firstChild(root, 'sheetData');
    if (!data) throw invalid(`工作簿中的部件 ${part} 没有单元格区域（sheetData），文件已损坏。请在 Excel 中打开并另存一次后再试。`);
    this.sheetData = data;
    let r = 0;
    for (const row of childElements(data, 'row')) {
      const at = attrLocal(row, 'r');
      r = at === null ? r + 1 : Number(at);
      this.rows.set(r - 1, row);
    }
    const cols = firstChild(root, 'cols');
    for (const col of cols ? childElements(cols, 'col') : []) {
      const style = Number(attrLocal(col, 'style') ?? 0);
      if (style) this.colStyles.push({ min: Number(attrLocal(col, 'min')) - 1, max: Number(attrLocal(col, 'max')) - 1, style });
    }
  }

  /** The look an absent cell shows: its row's (when the row is formatted), else its column's, else the default (0). */
  defaultStyle(row: number, column: number): number {
    const r = this.rows.get(row);
    if (r && (attrLocal(r, 'customFormat') === '1' || attrLocal(r, 'customFormat') === 'true')) return Number(attrLocal(r, 's') ?? 0);
    return this.colStyles.find((c) => c.min <= column && column <= c.max)?.style ?? 0;
  }

  /** The style index a cell shows (its own, or the default for an absent one). */
  styleOf(row: number, column: number): number {
    const el = this.cell(row, column, false);
    return el ? Number(attrLocal(el, 's') ?? 0) : this.defaultStyle(row, column);
  }

  cell(row: number, column: number, create: boolean): Element | null {
    let r = this.rows.get(row);
    if (!r) {
      if (!create) return null;
      r = createLike(this.doc, this.sheetData, 'row');
      r.setAttribute('r', String(row + 1));
      const after = [...this.rows.entries()].filter(([i]) => i > row).sort((a, b) => a[0] - b[0])[0];
      this.sheetData.insertBefore(r, after ? after[1] : null);
      this.rows.set(row, r);
    }
    let col = -1;
    let before: Element | null = null;
    for (const c of childElements(r, 'c')) {
      const ref = attrLocal(c, 'r');
      col = ref !== null ? (parseCellRef(ref)?.col ?? col + 1) : col + 1;
      if (col === column) return c;
      if (col > column) {
        before = c;
        break;
      }
    }
    if (!create) return null;
    const el = createLike(this.doc, r, 'c');
    el.setAttribute('r', cellRef(row, column));
    r.insertBefore(el, before);
    widenSpans(r, column);
    return el;
  }

  removeRow(row: number): void {
    const r = this.rows.get(row);
    if (!r) return;
    r.parentNode!.removeChild(r);
    this.rows.delete(row);
  }

  /**
   * After cells are taken back: a side of <dimension> on which a cleared cell lay comes back to
   * the cells that remain (never past where it was), so a column or row 套用 added and undo
   * removed no longer counts as used — the used range is what it was before 套用.
   */
  narrowDimension(cleared: CellClear[]): void {
    const dim = firstChild(this.doc.documentElement!, 'dimension');
    const range = dim ? parseRangeRef(attrLocal(dim, 'ref') ?? '') : null;
    if (!dim || !range || cleared.length === 0) return;
    let used: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const [r, rowEl] of this.rows) {
      let col = -1;
      for (const c of childElements(rowEl, 'c')) {
        const ref = attrLocal(c, 'r');
        col = ref !== null ? (parseCellRef(ref)?.col ?? col + 1) : col + 1;
        used = used
          ? { top: Math.min(used.top, r), left: Math.min(used.left, col), bottom: Math.max(used.bottom, r), right: Math.max(used.right, col) }
          : { top: r, left: col, bottom: r, right: col };
      }
    }
    if (!used) used = { top: 0, left: 0, bottom: 0, right: 0 };
    const next = { ...range };
    if (cleared.some((c) => c.column >= range.right)) next.right = Math.max(range.left, Math.min(range.right, used.right));
    if (cleared.some((c) => c.row >= range.bottom)) next.bottom = Math.max(range.top, Math.min(range.bottom, used.bottom));
    if (cleared.some((c) => c.column <= range.left)) next.left = Math.min(next.right, Math.max(range.left, used.left));
    if (cleared.some((c) => c.row <= range.top)) next.top = Math.min(next.bottom, Math.max(range.top, used.top));
    dim.setAttribute('ref', rangeRef(next));
  }

  /** The used range in <dimension> covers the written cells. */
  widenDimension(cells: CellWrite[]): void {
    const dim = firstChild(this.doc.documentElement!, 'dimension');
    const range = dim ? parseRangeRef(attrLocal(dim, 'ref') ?? '') : null;
    if (!dim || !range) return;
    for (const c of cells) {
      range.top = Math.min(range.top, c.row);
      range.bottom = Math.max(range.bottom, c.row);
      range.left = Math.min(range.left, c.column);
      range.right = Math.max(range.right, c.column);
    }
    dim.setAttribute('ref', rangeRef(range));
  }
}

/** A row's spans hint ending at a cell taken away comes back to the row's last cell (never past where it was). */
function narrowSpans(row: Element, column: number): void {
  const spans = attrLocal(row, 'spans');
  const m = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
  if (!m || Number(m[2]) !== column + 1) return;
  let last = -1;
  let col = -1;
  for (const c of childElements(row, 'c')) {
    const ref = attrLocal(c, 'r');
    col = ref !== null ? (parseCellRef(ref)?.col ?? col + 1) : col + 1;
    last = Math.max(last, col);
  }
  if (last >= 0) row.setAttribute('spans', `${m[1]}:${Math.max(Number(m[1]), last + 1)}`);
}

/** A row's spans hint ("1:7") reaches the new cell. */
function widenSpans(row: Element, column: number): void {
  const spans = attrLocal(row, 'spans');
  const m = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
  if (!m) return;
  const from = Math.min(Number(m[1]), column + 1);
  const to = Math.max(Number(m[2]), column + 1);
  if (from !== Number(m[1]) || to !== Number(m[2])) row.setAttribute('spans', `${from}:${to}`);
}

