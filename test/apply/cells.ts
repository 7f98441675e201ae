import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/** One cell of a worksheet part as written: its look (the resolved cell format) and content. */
export interface CellDump {
  /** The cell format as the file resolves it: xf with its font, fill, border and number format code. */
  look: string;
  /** The number format code alone ("0.00", "General"). */
  numFmt: string;
  type: string | null;
  formula: string | null;
  value: string | null;
}

const els = (parent: Element | Document, name: string): Element[] => Array.from((parent as Element).getElementsByTagNameNS('*', name));
const BUILTIN: Record<string, string> = { '0': 'General', '1': '0', '2': '0.00', '3': '#,##0', '4': '#,##0.00', '9': '0%', '10': '0.00%', '49': '@' };

/** Every cell of a sheet of an .xlsx, by reference, with its resolved look: for comparing a sheet before and after. */
export function dumpSheet(bytes: Uint8Array, sheetName: string): { cells: Map<string, CellDump>; cols: string; merges: string[]; rest: string; dimension: string | null; rows: string[] } {
  const parts = unzipSync(bytes);
  const parse = (p: string) => new DOMParser().parseFromString(strFromU8(parts[p]!), 'application/xml') as unknown as Document;
  const wb = parse('xl/workbook.xml');
  const rels = parse('xl/_rels/workbook.xml.rels');
  const sheet = els(wb, 'sheet').find((s) => s.getAttribute('name') === sheetName)!;
  const rid = sheet.getAttribute('r:id');
  const target = els(rels, 'Relationship').find((r) => r.getAttribute('Id') === rid)!.getAttribute('Target')!;
  const ws = parse(`xl/${target.replace(/^\/?xl\//, '')}`);
  const styles = parse('xl/styles.xml');
  const section = (name: string, item: string) => {
    const s = els(styles, name)[0];
    return s ? els(s, item).filter((e) => (e.parentNode as Element).localName === name) : [];
  };
  const xfs = section('cellXfs', 'xf');
  const fonts = section('fonts', 'font');
  const fills = section('fills', 'fill');
  const borders = section('borders', 'border');
  const numFmts = section('numFmts', 'numFmt');
  const text = (e: Element | undefined) => (e ? e.toString() : '');
  const cells = new Map<string, CellDump>();
  for (const c of els(ws, 'c')) {
    const xf = xfs[Number(c.getAttribute('s') ?? 0)]!;
    const fmtId = xf.getAttribute('numFmtId') ?? '0';
    const numFmt = numFmts.find((f) => f.getAttribute('numFmtId') === fmtId)?.getAttribute('formatCode') ?? BUILTIN[fmtId] ?? `#${fmtId}`;
    const plainXf = xf.toString().replace(/ numFmtId="\d+"| applyNumberFormat="\d"/g, '');
    const look = [plainXf, text(fonts[Number(xf.getAttribute('fontId') ?? 0)]), text(fills[Number(xf.getAttribute('fillId') ?? 0)]), text(borders[Number(xf.getAttribute('borderId') ?? 0)])].join('|');
    const f = els(c, 'f')[0];
    const v = els(c, 'v')[0];
    const is = els(c, 'is')[0];
    cells.set(c.getAttribute('r')!, {
      look,
      numFmt,
      type: c.getAttribute('t'),
      formula: f ? (f.textContent ?? '').replace(/_xlfn\./g, '') : null,
      value: is ? (is.textContent ?? '') : v ? (v.textContent ?? '') : null,
    });
  }
  const cols = els(ws, 'cols')[0]?.toString() ?? '';
  const merges = els(ws, 'mergeCell').map((m) => m.getAttribute('ref')!);
  // everything of the part but its cells and the used-range hint: views, print set-up, rules…
  const root = ws.documentElement!.toString();
  const rest = root.replace(/<sheetData[\s\S]*<\/sheetData>|<sheetData\/>/, '').replace(/<dimension [^>]*\/>/, '');
  const dimension = els(ws, 'dimension')[0]?.getAttribute('ref') ?? null;
  // each row element as written, cells aside: its number, height, look and spans hint
  const rows = els(ws, 'row').map((r) => r.toString().replace(/>[\s\S]*<\/row>$/, '/>'));
  return { cells, cols, merges, rest, dimension, rows };
}

/** The workbook's sheets as its sheet list names them, with their state (hidden, veryHidden), and every part's path. */
export function sheetList(bytes: Uint8Array): { sheets: string[]; parts: string[] } {
  const parts = unzipSync(bytes);
  const wb = new DOMParser().parseFromString(strFromU8(parts['xl/workbook.xml']!), 'application/xml') as unknown as Document;
  const sheets = els(wb, 'sheet').map((s) => `${s.getAttribute('name')}${s.getAttribute('state') ? ` (${s.getAttribute('state')})` : ''}`);
  return { sheets, parts: Object.keys(parts).sort() };
}

/** The parts of two .xlsx files that differ (by path), with parts only one has. */
export function changedParts(a: Uint8Array, b: Uint8Array): string[] {
  const pa = unzipSync(a);
  const pb = unzipSync(b);
  const paths = new Set([...Object.keys(pa), ...Object.keys(pb)]);
  return [...paths].filter((p) => !pa[p] || !pb[p] || strFromU8(pa[p]!) !== strFromU8(pb[p]!)).sort();
}
