import { D, Dec, fromExcel } from './decimal';

/** A value as a spreadsheet hands it over: Office.js, ExcelJS or a 2-D array in a test. */
export type CellValue = number | string | boolean | null | undefined;

/** What a cell means once read. `percent` marks text written as "80%" (already divided by 100). */
export type Cell =
  | { kind: 'blank' }
  | { kind: 'number'; value: Dec; percent: boolean; fromText: boolean }
  | { kind: 'bool'; value: boolean }
  | { kind: 'text'; text: string };

const BLANK: Cell = { kind: 'blank' };

/**
 * Normalise text the way clerks type it: full-width letters, digits and signs
 * (９０, ％, －, ：) become ASCII (NFKC), the Unicode minus and the ideographic
 * space are folded, and surrounding space is trimmed.
 */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
    .replace(/[\u00A0\u3000]/g, ' ')
    .trim();
}

const NUMERIC = /^([+-])?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/**
 * Numeric text as clerks write it: "90", " 90 ", "９０", "90分", "87.5 分", "1,234.5",
 * "80%", "-0.5", "+2". Returns null when the text is not a number.
 */
export function parseNumericText(raw: string): { value: Dec; percent: boolean } | null {
  let s = normaliseText(raw);
  if (s === '') return null;
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  } else if (s.endsWith('分')) {
    s = s.slice(0, -1).trim();
  }
  const m = NUMERIC.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const intPart = (m[2] ?? '0').replace(/,/g, '');
  const text = `${m[1] === '-' ? '-' : ''}${intPart}${m[3] !== undefined ? '.' + m[3] : ''}`;
  let value = new D(text);
  if (value.isZero()) value = new D(0);
  if (percent) value = value.div(100);
  return { value, percent };
}

/** Read one raw cell value. Numbers are normalised to Excel's 15 significant digits. */
export function readCell(v: unknown): Cell {
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'text', text: String(v) };
    return { kind: 'number', value: fromExcel(v), percent: false, fromText: false };
  }
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'string') {
    const t = normaliseText(v);
    if (t === '') return BLANK;
    const n = parseNumericText(t);
    if (n) return { kind: 'number', value: n.value, percent: n.percent, fromText: true };
    return { kind: 'text', text: t };
  }
  if (v instanceof Date) return { kind: 'text', text: v.toISOString().slice(0, 10) };
  return { kind: 'text', text: String(v) };
}

/** How a raw value is quoted in a message: "" for blank, text in quotes, numbers as Excel shows them. */
export function quote(v: unknown): string {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return '（空白）';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toPrecision(15))) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `“${String(v)}”`;
}

/** The key two names are the same under, as clerks type them: full-width forms and spaces ignored ("一 类" = "一类"). */
export function textKey(s: string): string {
  return normaliseText(s).replace(/\s+/g, '');
}
