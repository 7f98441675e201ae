import { D, Dec, excelNumberText, fromExcel } from './decimal';
import { matchKey, normaliseText } from './match';

export { normaliseText } from './match';

/** A value as a spreadsheet hands it over: Office.js, ExcelJS or a 2-D array in a test. */
export type CellValue = number | string | boolean | null | undefined;

/** What a cell means once read. `percent` marks text written as "80%" (already divided by 100). */
export type Cell =
  | { kind: 'blank' }
  | { kind: 'number'; value: Dec; percent: boolean; fromText: boolean }
  | { kind: 'bool'; value: boolean }
  | { kind: 'text'; text: string };

const BLANK: Cell = { kind: 'blank' };

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

const ERROR_CODES = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!)$/i;

/**
 * The code of an Excel error value, or null: Excel hands a custom function an error as an
 * object with a code (CustomFunctions.Error); a sheet read by a host gives its text ("#N/A").
 */
export function errorCode(v: unknown): string | null {
  if (typeof v === 'string') {
    const t = normaliseText(v);
    return ERROR_CODES.test(t) ? t.toUpperCase() : null;
  }
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { code?: unknown }).code === 'string')
    return errorCode((v as { code: string }).code) ?? String((v as { code: string }).code);
  return null;
}

/** Read one raw cell value. Numbers are normalised to Excel's 15 significant digits; an error value reads as its code. */
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
  const code = errorCode(v);
  return { kind: 'text', text: code ?? String(v) };
}

/**
 * How a raw value is quoted in a message: "（空白）" for blank, text in quotes, an error by its
 * code (#N/A), numbers as Excel shows them (1E+308, not 309 digits).
 */
export function quote(v: unknown): string {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return '（空白）';
  if (typeof v === 'number') return excelNumberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const code = errorCode(v);
  if (code !== null) return code;
  if (Array.isArray(v)) return `（${v.length} 行的区域）`;
  return `“${String(v)}”`;
}

/** The key two names are the same under: the one matching rule (match.ts). */
export const textKey = matchKey;
