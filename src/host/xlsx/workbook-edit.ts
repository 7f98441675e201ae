import { invalid } from '../../engine/errors';
import { PERF_MARK_NAME } from '../../sheet/targets';
import type { WorkbookInfo } from './workbook-info';
import { attrLocal, childElements, createLike, firstChild, serializeXml, type Element } from './xml';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
// CT_Workbook's sequence after <definedNames>: a new <definedNames> goes before the first of these.
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** Edits to xl/workbook.xml: the sheet list and defined names. Everything else in it is kept as it was. */
export class WorkbookEdit {
  private readonly root: Element;

  constructor(private readonly info: WorkbookInfo) {
    this.root = info.doc.documentElement!;
  }

  /** Append a sheet at the end of the list (so existing localSheetIds stay valid); returns its index. */
  appendSheet(name: string, sheetId: number, rId: string): number {
    const sheets = firstChild(this.root, 'sheets');
    if (!sheets) throw invalid('工作簿部件 xl/workbook.xml 中没有工作表列表，文件已损坏。请在 Excel 中打开并另存一次后再试。');
    const el = createLike(this.info.doc, this.root, 'sheet');
    el.setAttribute('name', name);
    el.setAttribute('sheetId', String(sheetId));
    const prefix = this.root.lookupPrefix(REL_NS);
    if (prefix) el.setAttributeNS(REL_NS, `${prefix}:id`, rId);
    else {
      el.setAttribute('xmlns:r', REL_NS);
      el.setAttributeNS(REL_NS, 'r:id', rId);
    }
    sheets.appendChild(el);
    return childElements(sheets, 'sheet').length - 1;
  }

  /**
   * Take a sheet out of the list (PERF's emptied record): its own names go, the names and
   * views that point at later sheets by position move down one.
   */
  removeSheet(sheetIndex: number): void {
    const sheets = firstChild(this.root, 'sheets');
    const el = sheets ? childElements(sheets, 'sheet')[sheetIndex] : undefined;
    if (!el) return;
    sheets!.removeChild(el);
    for (const n of this.names()) {
      const at = attrLocal(n, 'localSheetId');
      if (at === null) continue;
      if (Number(at) === sheetIndex) n.parentNode!.removeChild(n);
      else if (Number(at) > sheetIndex) n.setAttribute('localSheetId', String(Number(at) - 1));
    }
    const views = firstChild(this.root, 'bookViews');
    for (const view of views ? childElements(views, 'workbookView') : []) {
      for (const attr of ['activeTab', 'firstSheet']) {
        const v = attrLocal(view, attr);
        if (v !== null && Number(v) >= sheetIndex && Number(v) > 0) view.setAttribute(attr, String(Number(v) - 1));
      }
    }
  }

  /** Show or hide a sheet (state="hidden"/"veryHidden"; visible is the absence of state). */
  setSheetState(sheetIndex: number, visibility: 'visible' | 'hidden' | 'veryHidden'): void {
    const sheets = firstChild(this.root, 'sheets');
    const el = sheets ? childElements(sheets, 'sheet')[sheetIndex] : undefined;
    if (!el) return;
    if (visibility === 'visible') el.removeAttribute('state');
    else el.setAttribute('state', visibility);
  }

  /** Formulas were written without results: Excel calculates everything once when it opens the file. */
  requestFullCalcOnLoad(): void {
    let calcPr = firstChild(this.root, 'calcPr');
    if (!calcPr) {
      calcPr = createLike(this.info.doc, this.root, 'calcPr');
      const later = AFTER_DEFINED_NAMES.slice(1);
      let before: Element | null = null;
      for (let n = this.root.firstChild; n && !before; n = n.nextSibling) {
        if (n.nodeType === 1 && later.includes((n as Element).localName ?? '')) before = n as Element;
      }
      this.root.insertBefore(calcPr, before);
    }
    calcPr.setAttribute('fullCalcOnLoad', '1');
  }

  nextSheetId(): number {
    return Math.max(0, ...this.info.sheets.map((s) => s.sheetId)) + 1;
  }

  private definedNames(): Element {
    const found = firstChild(this.root, 'definedNames');
    if (found) return found;
    const el = createLike(this.info.doc, this.root, 'definedNames');
    let before: Element | null = null;
    for (let n = this.root.firstChild; n && !before; n = n.nextSibling) {
      if (n.nodeType === 1 && AFTER_DEFINED_NAMES.includes((n as Element).localName ?? '')) before = n as Element;
    }
    this.root.insertBefore(el, before);
    return el;
  }

  private names(): Element[] {
    const el = firstChild(this.root, 'definedNames');
    return el ? childElements(el, 'definedName') : [];
  }

  /** Remove what belongs to a PERF sheet being rewritten: its mark and its print settings (_xlnm.*). */
  clearSheetNames(sheetIndex: number): void {
    for (const n of this.names()) {
      const name = (attrLocal(n, 'name') ?? '').toUpperCase();
      if (Number(attrLocal(n, 'localSheetId') ?? NaN) === sheetIndex && (name === PERF_MARK_NAME || name.startsWith('_XLNM.'))) {
        n.parentNode!.removeChild(n);
      }
    }
  }

  /** The formula of a workbook-level name, or null when there is none. */
  workbookName(name: string): string | null {
    const found = this.names().find((n) => attrLocal(n, 'localSheetId') === null && attrLocal(n, 'name')?.toUpperCase() === name.toUpperCase());
    return found ? (found.textContent ?? '') : null;
  }

  removeWorkbookName(name: string): void {
    for (const n of this.names()) {
      if (attrLocal(n, 'localSheetId') === null && attrLocal(n, 'name')?.toUpperCase() === name.toUpperCase()) n.parentNode!.removeChild(n);
    }
  }

  addName(name: string, formula: string, options: { localSheetId?: number; hidden?: boolean } = {}): void {
    const el = createLike(this.info.doc, this.root, 'definedName');
    el.setAttribute('name', name);
    if (options.localSheetId !== undefined) el.setAttribute('localSheetId', String(options.localSheetId));
    if (options.hidden) el.setAttribute('hidden', '1');
    el.appendChild(this.info.doc.createTextNode(formula));
    this.definedNames().appendChild(el);
  }

  toXml(): string {
    return serializeXml(this.info.doc);
  }
}
