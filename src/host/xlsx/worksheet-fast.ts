import type { CellValue } from '../../engine/cell';
import { MAX_COLUMNS, MAX_ROWS, parseCellRef, parseRangeRef } from '../../sheet/address';
import type { MergeRange } from '../../sheet/source-table';
import { decodeOoxmlString } from './xml';
import { ByteXml } from './xml-byte-scan';

/**
 * The worksheet reader's fast path, for sheet XML as spreadsheet programs write it: no
 * prefixes, comments or CDATA, cells of <v>, <f> and plain inline strings (<is><t>…</t></is>).
 * It reads the part's UTF-8 bytes as they come out of the zip, byte by byte, making a string
 * only of the texts a cell keeps (numbers and shared-string indices are read from the bytes).
 * On anything else it gives up (returns false) and the general scanner reads the part
 * (worksheet-read.ts), so that both always give the same values; what a cell means is decided
 * by the same functions (`Cells`).
 */
export interface Cells {
  /** Checks a position against Excel's grid (throws the Chinese message when outside); called for positions outside it. */
  checkGrid(row: number, col: number, ref: string | null): void;
  checkMerge(range: MergeRange, ref: string): void;
  value(type: string, v: string | null, inline: string | null): CellValue;
  /** The shared string at this index (a <c t="s"> whose <v> is plain digits). */
  sharedString(index: number): CellValue;
  place(row: number, col: number, value: CellValue): void;
}

// read once: an imported binding can be a property read on every use
const ROWS = MAX_ROWS;
const COLUMNS = MAX_COLUMNS;

const position = { row: 0, col: 0 };

/** "AB12" (upper-case letters, then digits, nothing else) from the bytes; else null. */
function plainRef(b: Uint8Array, start: number, end: number): { row: number; col: number } | null {
  let col = 0;
  let i = start;
  for (; i < end && i < start + 4; i++) {
    const c = b[i];
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === start || i === end || end - i > 12) return null;
  let row = 0;
  for (let k = i; k < end; k++) {
    const d = b[k] - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  position.row = row - 1;
  position.col = col - 1;
  return position;
}

/** Plain digits (at most 9) as a number; -1 otherwise. */
function smallInteger(b: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let k = start; k < end; k++) {
    const d = b[k] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A cell's t="…", without making a string for the usual ones. */
function typeOf(x: ByteXml): string {
  const s = x.tStart;
  if (s < 0) return 'n';
  const length = x.tEnd - s;
  if (!x.tAmp) {
    if (length === 1) {
      const c = x.b[s];
      if (c === 115) return 's';
      if (c === 110) return 'n';
      if (c === 98) return 'b';
      if (c === 101) return 'e';
      if (c === 100) return 'd';
    } else if (length === 3 && x.startsWith(s, 'str')) return 'str';
    else if (length === 9 && x.startsWith(s, 'inlineStr')) return 'inlineStr';
  }
  return x.textOf(s, x.tEnd, x.tAmp);
}

/** Where <sheetData starts, or -1 when the part needs the general reader (a comment, a prefix …). */
function findSheetData(x: ByteXml): number {
  for (let lt = x.nextLt(0); lt >= 0; lt = x.nextLt(lt + 1)) {
    const c = x.b[lt + 1];
    if (c === 63 /* ? */ || c === 47 /* / */) continue;
    if (c === 33 /* ! */) return -1;
    x.tagName(lt);
    if (x.nameIs('sheetData')) return lt;
    if (x.prefixedNameIs('sheetData')) return -1;
  }
  return -1;
}

/** Reads the part's cells and merges through `cells`; false when the part needs the general reader. */
export function readSheetFast(bytes: Uint8Array, cells: Cells, merges: MergeRange[]): boolean {
  const x = new ByteXml(bytes);
  const b = bytes;
  const start = findSheetData(x);
  if (start < 0) return false;
  if (!x.attributes(start + 10)) return false;
  if (x.selfClosing) return readMerges(x, x.end, cells, merges);
  let i = x.end;
  let rowIndex = -1;
  let colIndex = -1;
  for (;;) {
    // only whitespace may stand between the tags of sheetData
    const lt = x.nextTagAfterSpace(i);
    if (lt < 0) return false;
    const c1 = b[lt + 1];
    if (c1 === 99 /* c */ && x.isNameEnd(lt + 2)) {
      if (!x.attributes(lt + 2)) return false;
      let row = rowIndex;
      let ref: string | null = null;
      if (x.rStart >= 0) {
        const pos = x.rAmp ? null : plainRef(b, x.rStart, x.rEnd);
        if (pos) {
          colIndex = pos.col;
          row = pos.row;
        } else {
          ref = x.textOf(x.rStart, x.rEnd, x.rAmp);
          const parsed = parseCellRef(ref);
          colIndex = parsed ? parsed.col : colIndex + 1;
          if (parsed) row = parsed.row;
        }
      } else colIndex += 1;
      if (!(row >= 0 && row < ROWS && colIndex >= 0 && colIndex < COLUMNS)) {
        cells.checkGrid(row, colIndex, ref ?? (x.rStart >= 0 ? x.textOf(x.rStart, x.rEnd, x.rAmp) : null));
      }
      const type = typeOf(x);
      i = x.end;
      if (x.selfClosing) continue;
      let vStart = -1;
      let vEnd = -1;
      let vAmp = false;
      let fStart = -1;
      let fEnd = -1;
      let fAmp = false;
      let inline: string | null = null;
      for (;;) {
        const at = x.nextTagAfterSpace(i);
        if (at < 0) return false;
        const c = b[at + 1];
        if (c === 47 /* / */ && b[at + 2] === 99 /* c */ && b[at + 3] === 62 /* > */) {
          i = at + 4;
          break;
        }
        if (c === 118 /* v */ && x.isNameEnd(at + 2)) {
          // <v> as nearly every cell has it, without reading attributes
          const plain = b[at + 2] === 62; /* > */
          if (!plain && !x.attributes(at + 2)) return false;
          const open = plain ? at + 3 : x.end;
          if (!plain && x.selfClosing) (vStart = vEnd = open), (vAmp = false), (i = open);
          else {
            const end = x.textEnd(open, '</v>');
            if (end < 0) return false;
            vStart = open;
            vEnd = end;
            vAmp = x.amp;
            i = end + 4;
          }
        } else if (c === 102 /* f */ && x.isNameEnd(at + 2)) {
          if (!x.attributes(at + 2)) return false;
          if (x.selfClosing) (fStart = fEnd = x.end), (fAmp = false), (i = x.end);
          else {
            const end = x.textEnd(x.end, '</f>');
            if (end < 0) return false;
            fStart = x.end;
            fEnd = end;
            fAmp = x.amp;
            i = end + 4;
          }
        } else if (x.startsWith(at, '<is>')) {
          // only a plain <is><t>…</t></is>; runs and phonetic guides go to the general reader
          if (!(b[at + 4] === 60 /* < */ && b[at + 5] === 116 /* t */ && x.isNameEnd(at + 6)) || !x.attributes(at + 6)) return false;
          let text = '';
          let end = x.end;
          if (!x.selfClosing) {
            const close = x.textEnd(x.end, '</t>');
            if (close < 0) return false;
            text = x.textOf(x.end, close, x.amp);
            end = close + 4;
          }
          if (!x.startsWith(end, '</is>')) return false;
          inline = decodeOoxmlString(text);
          i = end + 5;
        } else return false;
      }
      let value: CellValue;
      if (vStart < 0 && inline === null && fStart >= 0) value = `=${x.textOf(fStart, fEnd, fAmp)}`;
      else if (vStart < 0 || vAmp || type === 'inlineStr') value = cells.value(type, vStart < 0 ? null : x.textOf(vStart, vEnd, vAmp), inline);
      else if (type === 's') {
        const index = smallInteger(b, vStart, vEnd);
        value = index >= 0 ? cells.sharedString(index) : cells.value(type, x.textOf(vStart, vEnd, false), inline);
      } else if (type === 'n') {
        const n = x.number(vStart, vEnd);
        value = n === n ? n : cells.value(type, x.textOf(vStart, vEnd, false), inline);
      } else value = cells.value(type, x.textOf(vStart, vEnd, false), inline);
      if (value !== null && value !== undefined) cells.place(row, colIndex, value);
    } else if (c1 === 114 /* r */ && b[lt + 2] === 111 /* o */ && b[lt + 3] === 119 /* w */ && x.isNameEnd(lt + 4)) {
      if (!x.attributes(lt + 4)) return false;
      if (x.rStart < 0) rowIndex += 1;
      else {
        const r = x.rAmp ? -1 : smallInteger(b, x.rStart, x.rEnd);
        rowIndex = r >= 0 ? r - 1 : Number(x.textOf(x.rStart, x.rEnd, x.rAmp)) - 1;
      }
      colIndex = -1;
      i = x.end;
    } else if (x.startsWith(lt, '</row>')) {
      i = lt + 6;
    } else if (x.startsWith(lt, '</sheetData>')) {
      return readMerges(x, lt + 12, cells, merges);
    } else return false;
  }
}

/** The <mergeCell>s after sheetData; false when something there needs the general reader. */
function readMerges(x: ByteXml, from: number, cells: Cells, merges: MergeRange[]): boolean {
  for (let lt = x.nextLt(from); lt >= 0; lt = x.nextLt(lt + 1)) {
    const c = x.b[lt + 1];
    if (c === 63 /* ? */ || c === 47 /* / */) continue;
    if (c === 33 /* ! */) return false;
    x.tagName(lt);
    if (x.prefixedNameIs('mergeCell') || x.prefixedNameIs('sheetData') || x.nameIs('sheetData')) return false;
    if (!x.nameIs('mergeCell')) continue;
    if (!x.attributes(x.nameEnd)) return false;
    const ref = x.refStart < 0 ? '' : x.textOf(x.refStart, x.refEnd, x.refAmp);
    const range = parseRangeRef(ref);
    if (range) {
      cells.checkMerge(range, ref);
      merges.push(range);
    }
  }
  return true;
}
