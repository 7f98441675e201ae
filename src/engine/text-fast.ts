import { normaliseText, readCell, textKey, type Cell } from './cell';
import { fromExcel } from './decimal';

/**
 * Fast paths beside cell.ts for the text clerks type most: printable ASCII and CJK
 * ideographs, which NFKC, the dash and space folding and trim all leave as they are.
 * Anything else goes through cell.ts, the one rule (a property test holds them equal).
 */

/** Printable ASCII (a space not at either end) or CJK Unified Ideographs, and nothing else. */
export function isPlainText(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e ? c < 0x4e00 || c > 0x9fff : c < 0x20) return false;
  }
  return true;
}

function hasDigitOrSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x20) return true;
  }
  return false;
}

/** normaliseText, fast for plain text. */
export function normaliseTextFast(s: string): string {
  return isPlainText(s) ? s : normaliseText(s);
}

/** Plain text that matchKey leaves as it is: no space, no capital letter, no bracket to rewrite. */
function isOwnKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || (c >= 0x41 && c <= 0x5a) || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) return false;
  }
  return true;
}

/** textKey (the one matching rule, matchKey), fast for plain text it would leave unchanged. */
export function textKeyFast(s: string): string {
  return isPlainText(s) && isOwnKey(s) ? s : textKey(s);
}

/** readCell, without normalising or parsing plain text that holds no digit (it cannot be a number). */
export function readCellFast(v: unknown): Cell {
  if (typeof v === 'number' && Number.isFinite(v)) return { kind: 'number', value: fromExcel(v), percent: false, fromText: false };
  if (typeof v === 'string' && isPlainText(v) && !hasDigitOrSpace(v)) return { kind: 'text', text: v };
  return readCell(v);
}

/** readCell(v).kind === 'blank', without reading the cell when its first character already shows text. */
export function isBlankFast(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'number' || typeof v === 'boolean') return false;
  if (typeof v === 'string' && v.length > 0) {
    const c = v.charCodeAt(0);
    if ((c > 0x20 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  }
  return readCell(v).kind === 'blank';
}
