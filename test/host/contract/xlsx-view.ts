import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { XlsxWorkbook } from '../../../src/host/xlsx';
import { pointsFromCharacters } from '../../../src/sheet/write/column-width';
import type { MakeHost, SheetView, WorkbookView } from './view';

/** The view of an .xlsx host: values through its own reader, the rest probed from the XML it wrote. */
export const makeXlsxHost: MakeHost = async (clerk) => {
  const host = await XlsxWorkbook.open(clerk, '汇总.xlsx');
  return { host, view: async () => xlsxView(await host.toBytes(), await host.readSheets()) };
};

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const BUILTIN_FORMATS: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 49: '@' };

function els(parent: Element | Document, name: string): Element[] {
  return Array.from((parent as Element).getElementsByTagNameNS('*', name));
}

function one(parent: Element | Document, name: string): Element | null {
  return els(parent, name)[0] ?? null;
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function rgbOf(el: Element | null): string | null {
  const rgb = el?.getAttribute('rgb');
  return rgb ? `#${rgb.slice(-6).toUpperCase()}` : null;
}

export function xlsxView(bytes: Uint8Array, sheets: WorkbookView['sheets']): WorkbookView {
  const parts = unzipSync(bytes);
  const doc = (path: string) => new DOMParser().parseFromString(strFromU8(parts[path]), 'application/xml') as unknown as Document;
  const wb = doc('xl/workbook.xml');
  const rels = doc('xl/_rels/workbook.xml.rels');
  const target = new Map(els(rels, 'Relationship').map((r) => [r.getAttribute('Id'), resolve('xl/workbook.xml', r.getAttribute('Target')!)]));
  const sheetEls = els(wb, 'sheet');
  const styles = doc('xl/styles.xml');
  const xfs = els(one(styles, 'cellXfs')!, 'xf');
  const fills = els(one(styles, 'fills')!, 'fill');
  const fonts = els(one(styles, 'fonts')!, 'font');
  const numFmts = one(styles, 'numFmts') ? els(one(styles, 'numFmts')!, 'numFmt') : [];
  const dxfs = one(styles, 'dxfs') ? els(one(styles, 'dxfs')!, 'dxf') : [];

  const names = els(wb, 'definedName').map((n) => {
    const local = n.getAttribute('localSheetId');
    return { name: n.getAttribute('name')!, sheet: local === null || local === '' ? null : sheetEls[Number(local)].getAttribute('name'), formula: n.textContent ?? '' };
  });

  const sheet = (name: string): SheetView => {
    const el = sheetEls.find((s) => s.getAttribute('name') === name);
    if (!el) throw new Error(`no sheet ${name}`);
    const ws = doc(target.get(el.getAttributeNS(REL_NS, 'id'))!);
    const cell = (ref: string) => els(ws, 'c').find((c) => c.getAttribute('r') === ref) ?? null;
    const xfOf = (ref: string) => xfs[Number(cell(ref)?.getAttribute('s') ?? 0)];
    const pane = one(ws, 'pane');
    const setup = one(ws, 'pageSetup');
    const repeat = names.find((n) => n.name === '_xlnm.Print_Titles' && n.sheet === name);
    const protection = one(ws, 'sheetProtection');
    return {
      name,
      visibility: (el.getAttribute('state') || 'visible') as SheetView['visibility'],
      merges: els(ws, 'mergeCell').map((m) => m.getAttribute('ref')!),
      freeze: pane?.getAttribute('state') === 'frozen' ? { rows: Number(pane.getAttribute('ySplit') ?? 0), columns: Number(pane.getAttribute('xSplit') ?? 0) } : null,
      print: {
        orientation: setup?.getAttribute('orientation') as 'portrait' | 'landscape',
        scale: setup?.getAttribute('scale') ? Number(setup.getAttribute('scale')) : null,
        fitToWidth: one(ws, 'pageSetUpPr')?.getAttribute('fitToPage') === '1' && setup?.getAttribute('fitToWidth') === '1',
        repeatRows: repeat ? repeat.formula.replace(/^.*!/, '') : null,
        rowBreaks: els(ws, 'brk').filter((b) => b.parentNode && (b.parentNode as Element).localName === 'rowBreaks').map((b) => Number(b.getAttribute('id'))),
      },
      validations: els(ws, 'dataValidation').map((v) => ({
        range: v.getAttribute('sqref')!,
        values: (one(v, 'formula1')?.textContent ?? '').replace(/^"|"$/g, '').split(','),
        error: v.getAttribute('error') ?? '',
      })),
      conditionalFormats: els(ws, 'conditionalFormatting').flatMap((cf) =>
        els(cf, 'cfRule').map((r) => ({
          priority: Number(r.getAttribute('priority')),
          range: cf.getAttribute('sqref')!,
          type: r.getAttribute('type') === 'expression' ? ('formula' as const) : ('cellValue' as const),
          ...(r.getAttribute('operator') ? { operator: r.getAttribute('operator')! } : {}),
          formulas: els(r, 'formula').map((f) => f.textContent ?? ''),
          fill: rgbOf(one(one(dxfs[Number(r.getAttribute('dxfId'))], 'fill')!, 'bgColor')) ?? '',
        })),
      )
        .sort((a, b) => a.priority - b.priority)
        .map(({ priority: _, ...rest }) => rest),
      protection: { protected: protection?.getAttribute('sheet') === '1', password: Boolean(protection?.getAttribute('password') || protection?.getAttribute('hashValue')) },
      formula: (ref) => {
        const f = cell(ref) && one(cell(ref)!, 'f');
        return f ? (f.textContent ?? '').replace(/_xlfn\./g, '') : null;
      },
      locked: (ref) => one(xfOf(ref), 'protection')?.getAttribute('locked') !== '0',
      fill: (ref) => {
        const fill = fills[Number(xfOf(ref).getAttribute('fillId') ?? 0)];
        return one(fill, 'patternFill')?.getAttribute('patternType') === 'solid' ? rgbOf(one(fill, 'fgColor')) : null;
      },
      columnWidthPoints: (col) => {
        const c = els(ws, 'col').find((e) => Number(e.getAttribute('min')) <= col + 1 && col + 1 <= Number(e.getAttribute('max')));
        return c?.getAttribute('width') ? pointsFromCharacters(Number(c.getAttribute('width'))) : null;
      },
      rowHeight: (row) => {
        const r = els(ws, 'row').find((e) => e.getAttribute('r') === String(row + 1));
        return r?.getAttribute('ht') ? Number(r.getAttribute('ht')) : null;
      },
      numFmt: (ref) => {
        const id = Number(xfOf(ref).getAttribute('numFmtId') ?? 0);
        const custom = numFmts.find((f) => Number(f.getAttribute('numFmtId')) === id);
        return custom?.getAttribute('formatCode') ?? BUILTIN_FORMATS[id] ?? `#${id}`;
      },
      bold: (ref) => {
        const b = one(fonts[Number(xfOf(ref).getAttribute('fontId') ?? 0)], 'b');
        return b !== null && b.getAttribute('val') !== '0' && b.getAttribute('val') !== 'false';
      },
    };
  };
  return { sheets, sheet, names };
}
