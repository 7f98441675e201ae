import { invalid } from '../../engine/errors';
import { cellRef, parseCellRef, parseRangeRef, rangeRef } from '../../sheet/address';
import type { CellEdit } from '../../sheet/plan';
import { attrLocal, childElements, createLike, firstChild, parseXml, serializeXml, encodeOoxmlString, type Document, type Element } from './xml';

/**
 * Set cells of an existing worksheet part, leaving everything else of it as it was: each
 * edited cell keeps its style (a new cell takes its row's or column's style), other cells,
 * rows, merges, validation and conditional formats are untouched. Returns the new XML.
 */
export function editWorksheetCells(xml: string, part: string, sheet: string, edits: CellEdit[]): string {
  const doc = parseXml(xml, part);
  const root = doc.documentElement!;
  const sheetData = firstChild(root, 'sheetData');
  if (!sheetData) throw invalid(`工作表“${sheet}”在文件中的内容已损坏（没有单元格数据），PERF 不能填写。请在 Excel 中打开并另存一次后再试。`);
  const colStyles = columnStyles(root);
  const rows = indexRows(sheetData);
  const sorted = [...edits].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const edit of sorted) {
    const row = rowElement(doc, sheetData, rows, edit.row);
    const cell = cellElement(doc, row, edit, colStyles);
    writeValue(doc, cell, edit);
  }
  widenDimension(root, sorted);
  return serializeXml(doc);
}

function indexRows(sheetData: Element): Map<number, Element> {
  const rows = new Map<number, Element>();
  let next = 0;
  for (const row of childElements(sheetData, 'row')) {
    const r = Number(attrLocal(row, 'r') ?? NaN);
    const index = Number.isInteger(r) && r > 0 ? r - 1 : next;
    if (!attrLocal(row, 'r')) row.setAttribute('r', String(index + 1));
    rows.set(index, row);
    next = index + 1;
  }
  return rows;
}

function rowElement(doc: Document, sheetData: Element, rows: Map<number, Element>, index: number): Element {
  const found = rows.get(index);
  if (found) {
    // spans is only a hint for the columns the row holds; a cell added beyond it must not contradict it
    found.removeAttribute('spans');
    return found;
  }
  const row = createLike(doc, sheetData, 'row');
  row.setAttribute('r', String(index + 1));
  const after = [...rows.keys()].filter((r) => r > index).sort((a, b) => a - b)[0];
  sheetData.insertBefore(row, after === undefined ? null : rows.get(after)!);
  rows.set(index, row);
  return row;
}

function cellElement(doc: Document, row: Element, edit: CellEdit, colStyles: Map<number, string>): Element {
  const ref = cellRef(edit.row, edit.col);
  let position = 0;
  for (const c of childElements(row, 'c')) {
    const at = parseCellRef(attrLocal(c, 'r') ?? '')?.col ?? position;
    if (!attrLocal(c, 'r')) c.setAttribute('r', cellRef(edit.row, at));
    if (at === edit.col) return c;
    if (at > edit.col) return insertCell(doc, row, c, ref, edit.col, colStyles);
    position = at + 1;
  }
  return insertCell(doc, row, null, ref, edit.col, colStyles);
}

function insertCell(doc: Document, row: Element, before: Element | null, ref: string, col: number, colStyles: Map<number, string>): Element {
  const c = createLike(doc, row, 'c');
  c.setAttribute('r', ref);
  const rowStyle = attrLocal(row, 'customFormat') === '1' ? attrLocal(row, 's') : null;
  const style = rowStyle ?? colStyles.get(col) ?? null;
  if (style !== null && style !== '0') c.setAttribute('s', style);
  row.insertBefore(c, before);
  return c;
}

function writeValue(doc: Document, cell: Element, edit: CellEdit): void {
  while (cell.firstChild) cell.removeChild(cell.firstChild);
  cell.removeAttribute('t');
  const add = (name: string, text: string) => {
    const el = createLike(doc, cell, name);
    el.appendChild(doc.createTextNode(text));
    cell.appendChild(el);
    return el;
  };
  const v = edit.value;
  if (edit.formula) {
    add('f', edit.formula);
    if (typeof v === 'boolean') cell.setAttribute('t', 'b');
    else if (typeof v === 'string') cell.setAttribute('t', 'str');
    if (v !== null && v !== '') add('v', typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'string' ? encodeOoxmlString(v) : String(v));
    return;
  }
  if (v === null || v === '') return;
  if (typeof v === 'boolean') {
    cell.setAttribute('t', 'b');
    add('v', v ? '1' : '0');
  } else if (typeof v === 'number' && Number.isFinite(v)) {
    add('v', String(Object.is(v, -0) ? 0 : v));
  } else {
    cell.setAttribute('t', 'inlineStr');
    const is = createLike(doc, cell, 'is');
    cell.appendChild(is);
    const t = createLike(doc, cell, 't');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(encodeOoxmlString(String(v))));
    is.appendChild(t);
  }
}

/** The style of each column that has one (<col min max style>), 0-based. */
function columnStyles(root: Element): Map<number, string> {
  const out = new Map<number, string>();
  const cols = firstChild(root, 'cols');
  if (!cols) return out;
  for (const col of childElements(cols, 'col')) {
    const style = attrLocal(col, 'style');
    const min = Number(attrLocal(col, 'min'));
    const max = Number(attrLocal(col, 'max'));
    if (!style || !Number.isInteger(min) || !Number.isInteger(max) || max - min > 16_384) continue;
    for (let c = min; c <= max; c++) out.set(c - 1, style);
  }
  return out;
}

function widenDimension(root: Element, edits: CellEdit[]): void {
  const dim = firstChild(root, 'dimension');
  if (!dim || edits.length === 0) return;
  const now = parseRangeRef(attrLocal(dim, 'ref') ?? '');
  const r = now ?? { top: edits[0].row, left: edits[0].col, bottom: edits[0].row, right: edits[0].col };
  for (const e of edits) {
    r.top = Math.min(r.top, e.row);
    r.left = Math.min(r.left, e.col);
    r.bottom = Math.max(r.bottom, e.row);
    r.right = Math.max(r.right, e.col);
  }
  dim.setAttribute('ref', rangeRef(r));
}
