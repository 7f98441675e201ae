import type { CellValue } from '../../engine/cell';
import { parseCellRef, parseRangeRef } from '../../sheet/address';
import type { MergeRange } from '../../sheet/source-table';
import { decodeEntities } from './xml-scan';
import { decodeOoxmlString } from './xml';

/**
 * The worksheet reader's fast path, for sheet XML as spreadsheet programs write it: no
 * prefixes, comments or CDATA, cells of <v>, <f> and plain inline strings (<is><t>…</t></is>).
 * It reads straight through the text with indexOf, with no callback or regular expression per
 * tag. On anything else it gives up (returns null) and the general scanner reads the part
 * (worksheet-read.ts), so that both always give the same values; what a cell means is decided
 * by the same functions (`Cells`).
 */
export interface Cells {
  /** Checks a position against Excel's grid (throws the Chinese message when outside). */
  checkGrid(row: number, col: number, ref: string | null): void;
  checkMerge(range: MergeRange, ref: string): void;
  value(type: string, v: string | null, inline: string | null): CellValue;
  place(row: number, col: number, value: CellValue): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOT = 34;
const APOS = 39;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** After `<name`: a space, `>` or `/` must follow for it to be that element and not a longer name. */
function isTag(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at)) return false;
  const c = xml.charCodeAt(at + name.length);
  return c === GT || c === SLASH || isSpace(c);
}

/** A tag's attributes, from just after its name; null when they cannot be read here. */
class Attributes {
  end = 0;
  selfClosing = false;
  r: string | null = null;
  t: string | null = null;
  ref: string | null = null;

  read(xml: string, at: number): boolean {
    this.r = this.t = this.ref = null;
    const n = xml.length;
    let i = at;
    for (;;) {
      while (i < n && isSpace(xml.charCodeAt(i))) i++;
      if (i >= n) return false;
      const c = xml.charCodeAt(i);
      if (c === GT) {
        this.end = i + 1;
        this.selfClosing = false;
        return true;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) return false;
        this.end = i + 2;
        this.selfClosing = true;
        return true;
      }
      const eq = xml.indexOf('=', i);
      if (eq < 0) return false;
      let nameEnd = eq;
      while (nameEnd > i && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      const qualified = xml.slice(i, nameEnd);
      if (/[\s<>"'/]/.test(qualified)) return false;
      let q = eq + 1;
      while (q < n && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml.charCodeAt(q);
      if (quote !== QUOT && quote !== APOS) return false;
      const close = xml.indexOf(quote === QUOT ? '"' : "'", q + 1);
      if (close < 0) return false;
      const colon = qualified.indexOf(':');
      const local = colon < 0 ? qualified : qualified.slice(colon + 1);
      if (local === 'r' || local === 't' || local === 'ref') {
        const raw = xml.slice(q + 1, close);
        if (raw.includes('<')) return false;
        const value = decodeEntities(raw);
        // the first of the same local name counts, as the general reader's attrValue finds it
        if (local === 'r') this.r ??= value;
        else if (local === 't') this.t ??= value;
        else this.ref ??= value;
      }
      i = close + 1;
      const after = xml.charCodeAt(i);
      if (!(isSpace(after) || after === GT || after === SLASH)) return false;
    }
  }
}

const position = { row: 0, col: 0 };

/** "AB12" (upper-case letters, then digits, nothing else) without a regular expression; else null. */
function plainRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i === ref.length || ref.length - i > 12) return null;
  let row = 0;
  for (let k = i; k < ref.length; k++) {
    const d = ref.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  position.row = row - 1;
  position.col = col - 1;
  return position;
}

/** Text up to `</name>` from `at`, entities decoded; null when markup comes first. */
function textUntil(xml: string, at: number, close: string): { text: string; end: number } | null {
  const lt = xml.indexOf('<', at);
  if (lt < 0 || !xml.startsWith(close, lt)) return null;
  return { text: decodeEntities(xml.slice(at, lt)), end: lt + close.length };
}

/** Reads the part's cells and merges through `cells`; false when the part needs the general reader. */
export function readSheetFast(xml: string, cells: Cells, merges: MergeRange[]): boolean {
  if (xml.includes('<!--') || xml.includes('<![CDATA[') || xml.includes(':sheetData') || xml.includes(':mergeCell')) return false;
  const start = xml.indexOf('<sheetData');
  if (start < 0 || !isTag(xml, start, '<sheetData')) return false;
  const a = new Attributes();
  if (!a.read(xml, start + 10)) return false;
  if (a.selfClosing) return readMerges(xml, a.end, cells, merges);
  let i = a.end;
  let rowIndex = -1;
  let colIndex = -1;
  const n = xml.length;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return false;
    // only whitespace may stand between the tags of sheetData
    for (let k = i; k < lt; k++) if (!isSpace(xml.charCodeAt(k))) return false;
    if (isTag(xml, lt, '<c')) {
      if (!a.read(xml, lt + 2)) return false;
      const pos = a.r === null ? null : plainRef(a.r) ?? parseCellRef(a.r);
      colIndex = pos ? pos.col : colIndex + 1;
      const row = pos ? pos.row : rowIndex;
      cells.checkGrid(row, colIndex, a.r);
      const type = a.t ?? 'n';
      i = a.end;
      if (a.selfClosing) continue;
      let v: string | null = null;
      let formula: string | null = null;
      let inline: string | null = null;
      for (;;) {
        const at = xml.indexOf('<', i);
        if (at < 0) return false;
        for (let k = i; k < at; k++) if (!isSpace(xml.charCodeAt(k))) return false;
        if (xml.startsWith('</c>', at)) {
          i = at + 4;
          break;
        }
        if (isTag(xml, at, '<v')) {
          if (!a.read(xml, at + 2)) return false;
          if (a.selfClosing) (v = ''), (i = a.end);
          else {
            const got = textUntil(xml, a.end, '</v>');
            if (!got) return false;
            v = got.text;
            i = got.end;
          }
        } else if (isTag(xml, at, '<f')) {
          if (!a.read(xml, at + 2)) return false;
          if (a.selfClosing) (formula = ''), (i = a.end);
          else {
            const got = textUntil(xml, a.end, '</f>');
            if (!got) return false;
            formula = got.text;
            i = got.end;
          }
        } else if (xml.startsWith('<is>', at)) {
          // only a plain <is><t>…</t></is>; runs and phonetic guides go to the general reader
          if (!isTag(xml, at + 4, '<t') || !a.read(xml, at + 6)) return false;
          let text = '';
          let end = a.end;
          if (!a.selfClosing) {
            const got = textUntil(xml, a.end, '</t>');
            if (!got) return false;
            text = got.text;
            end = got.end;
          }
          if (!xml.startsWith('</is>', end)) return false;
          inline = decodeOoxmlString(text);
          i = end + 5;
        } else return false;
      }
      const value = v === null && inline === null && formula !== null ? `=${formula}` : cells.value(type, v, inline);
      if (value !== null && value !== undefined) cells.place(row, colIndex, value);
    } else if (isTag(xml, lt, '<row')) {
      if (!a.read(xml, lt + 4)) return false;
      rowIndex = a.r === null ? rowIndex + 1 : Number(a.r) - 1;
      colIndex = -1;
      i = a.end;
    } else if (xml.startsWith('</row>', lt)) {
      i = lt + 6;
    } else if (xml.startsWith('</sheetData>', lt)) {
      return readMerges(xml, lt + 12, cells, merges);
    } else return false;
    if (i >= n) return false;
  }
}

function readMerges(xml: string, from: number, cells: Cells, merges: MergeRange[]): boolean {
  const a = new Attributes();
  for (let at = xml.indexOf('<mergeCell', from); at >= 0; at = xml.indexOf('<mergeCell', at + 10)) {
    if (!isTag(xml, at, '<mergeCell')) continue;
    if (!a.read(xml, at + 10)) return false;
    const ref = a.ref ?? '';
    const range = parseRangeRef(ref);
    if (range) {
      cells.checkMerge(range, ref);
      merges.push(range);
    }
  }
  return true;
}
