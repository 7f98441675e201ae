import { decodeEntities } from './xml-scan';

/**
 * A part's XML read straight from its UTF-8 bytes (worksheet-fast.ts, strings-read.ts): no
 * string of the whole part is made, only of the short texts kept. Every byte markup is made
 * of is ASCII, and in UTF-8 no byte of a multi-byte character is below 0x80, so markup can be
 * found byte by byte. One class rather than loose functions: its methods are called per byte
 * and per cell, and an import is a property read in some module systems.
 *
 * `attributes` reads a tag's attributes from just after its name: where the values of `r`,
 * `t` and `ref` stand (by local name, the first of each counting, as the general reader's
 * attrValue finds it); false when they are not plain enough to read here.
 */
const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const QUOT = 34; // "
const APOS = 39; // '
const AMP = 38; // &
const EQ = 61; // =
const COLON = 58; // :

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

const MAX_DIGITS = 15;

const decoder = new TextDecoder('utf-8');

export class ByteXml {
  /** Set by `attributes`: just past the tag, and whether it closed itself. */
  end = 0;
  selfClosing = false;
  rStart = -1;
  rEnd = -1;
  rAmp = false;
  tStart = -1;
  tEnd = -1;
  tAmp = false;
  refStart = -1;
  refEnd = -1;
  refAmp = false;
  /** Set by `textEnd`: whether the text holds an entity. */
  amp = false;
  /** Set by `tagName`: the name's bytes and its colon (-1 without a prefix). */
  nameStart = 0;
  nameEnd = 0;
  nameColon = -1;

  constructor(readonly b: Uint8Array) {}

  isSpace(c: number): boolean {
    return c === 32 || c === 9 || c === 10 || c === 13;
  }

  /** After a tag's name: a space, `>` or `/` (so `<c` is not `<col`). */
  isNameEnd(at: number): boolean {
    const c = this.b[at];
    return c === GT || c === SLASH || c === 32 || c === 9 || c === 10 || c === 13;
  }

  /** The ASCII `word` at `at`. */
  startsWith(at: number, word: string): boolean {
    const b = this.b;
    if (at + word.length > b.length) return false;
    for (let k = 0; k < word.length; k++) if (b[at + k] !== word.charCodeAt(k)) return false;
    return true;
  }

  /** The next `<` from `from`, or -1 when anything but whitespace comes first (or nothing). */
  nextTagAfterSpace(from: number): number {
    const b = this.b;
    for (let k = from; k < b.length; k++) {
      const c = b[k];
      if (c === LT) return k;
      if (!(c === 32 || c === 9 || c === 10 || c === 13)) return -1;
    }
    return -1;
  }

  /** The next `<` from `from`, or -1. */
  nextLt(from: number): number {
    return this.b.indexOf(LT, from);
  }

  /** Where the ASCII `word` next starts at or after `from`, or -1. */
  indexOfWord(word: string, from: number): number {
    const first = word.charCodeAt(0);
    for (let k = this.b.indexOf(first, from); k >= 0; k = this.b.indexOf(first, k + 1)) if (this.startsWith(k, word)) return k;
    return -1;
  }

  /** The name of the tag at `lt` (into nameStart, nameEnd, nameColon). */
  tagName(lt: number): void {
    const b = this.b;
    let k = lt + 1;
    let colon = -1;
    for (; k < b.length && !this.isNameEnd(k); k++) if (b[k] === COLON) colon = k;
    this.nameStart = lt + 1;
    this.nameEnd = k;
    this.nameColon = colon;
  }

  /** The last tagName is `word`, unprefixed. */
  nameIs(word: string): boolean {
    return this.nameEnd - this.nameStart === word.length && this.startsWith(this.nameStart, word);
  }

  /** The last tagName is `word` with a prefix (x:word). */
  prefixedNameIs(word: string): boolean {
    return this.nameColon >= 0 && this.nameEnd - this.nameColon - 1 === word.length && this.startsWith(this.nameColon + 1, word);
  }

  /** The text of bytes [start, end), entities decoded when `amp` says there are any. */
  textOf(start: number, end: number, amp: boolean): string {
    const b = this.b;
    let ascii = end - start <= 32;
    if (ascii) for (let k = start; k < end; k++) if (b[k] >= 0x80) (ascii = false), (k = end);
    let s: string;
    if (ascii) {
      s = '';
      for (let k = start; k < end; k++) s += String.fromCharCode(b[k]);
    } else s = decoder.decode(b.subarray(start, end));
    return amp ? decodeEntities(s) : s;
  }

  /**
   * Where the text inside an element ends: the `<` of `close` (`</v>`) right after it, or -1
   * when other markup comes first; `amp` tells whether the text holds an entity.
   */
  textEnd(from: number, close: string): number {
    const b = this.b;
    let amp = false;
    for (let k = from; k < b.length; k++) {
      const c = b[k];
      if (c === LT) {
        this.amp = amp;
        return this.startsWith(k, close) ? k : -1;
      }
      if (c === AMP) amp = true;
    }
    return -1;
  }

  attributes(at: number): boolean {
    this.rStart = this.tStart = this.refStart = -1;
    const b = this.b;
    const n = b.length;
    let i = at;
    for (;;) {
      while (i < n && this.isSpace(b[i])) i++;
      if (i >= n) return false;
      const c = b[i];
      if (c === GT) {
        this.end = i + 1;
        this.selfClosing = false;
        return true;
      }
      if (c === SLASH) {
        if (b[i + 1] !== GT) return false;
        this.end = i + 2;
        this.selfClosing = true;
        return true;
      }
      const nameStart = i;
      let colon = -1;
      for (; i < n; i++) {
        const d = b[i];
        if (d === EQ || this.isSpace(d)) break;
        if (d === LT || d === GT || d === QUOT || d === APOS || d === SLASH) return false;
        if (d === COLON) colon = i;
      }
      const nameEnd = i;
      while (i < n && this.isSpace(b[i])) i++;
      if (b[i] !== EQ) return false;
      i++;
      while (i < n && this.isSpace(b[i])) i++;
      const quote = b[i];
      if (quote !== QUOT && quote !== APOS) return false;
      const valueStart = i + 1;
      let amp = false;
      for (i = valueStart; i < n && b[i] !== quote; i++) {
        if (b[i] === LT) return false;
        if (b[i] === AMP) amp = true;
      }
      if (i >= n) return false;
      const valueEnd = i;
      const local = colon < 0 ? nameStart : colon + 1;
      const length = nameEnd - local;
      if (length === 1 && b[local] === 114 /* r */) {
        if (this.rStart < 0) (this.rStart = valueStart), (this.rEnd = valueEnd), (this.rAmp = amp);
      } else if (length === 1 && b[local] === 116 /* t */) {
        if (this.tStart < 0) (this.tStart = valueStart), (this.tEnd = valueEnd), (this.tAmp = amp);
      } else if (length === 3 && b[local] === 114 && b[local + 1] === 101 && b[local + 2] === 102 /* ref */) {
        if (this.refStart < 0) (this.refStart = valueStart), (this.refEnd = valueEnd), (this.refAmp = amp);
      }
      i++;
      if (i < n && !this.isNameEnd(i)) return false;
    }
  }

  /**
   * A number written in a cell's <v> as spreadsheet programs write it ("-12.5", "0.1",
   * "1E-3"), read straight from the bytes, with exactly the double Number() gives: with at
   * most 15 significant digits the digits are an exact integer, 10^k is exact up to 10^22,
   * and one IEEE multiplication or division of exact operands is correctly rounded, as
   * Number() is (Clinger's fast path). NaN for anything else (signs, spaces, hex, long
   * digit strings, large exponents): the caller then reads the text the general way.
   */
  number(start: number, end: number): number {
      const b = this.b;
    let i = start;
    const negative = b[i] === 45; // -
    if (negative) i++;
    let m = 0;
    let digits = 0;
    let sawDigit = false;
    let scale = 0;
    for (; i < end; i++) {
      const d = b[i] - 48;
      if (d < 0 || d > 9) break;
      sawDigit = true;
      if (m === 0 && d === 0) continue;
      if (++digits > MAX_DIGITS) return NaN;
      m = m * 10 + d;
    }
    if (i < end && b[i] === 46) {
      // .
      for (i++; i < end; i++) {
        const d = b[i] - 48;
        if (d < 0 || d > 9) break;
        sawDigit = true;
        scale--;
        if (m === 0 && d === 0) continue;
        if (++digits > MAX_DIGITS) return NaN;
        m = m * 10 + d;
      }
    }
    if (!sawDigit) return NaN;
    if (i < end && (b[i] === 101 || b[i] === 69)) {
      // e E
      i++;
      let expNegative = false;
      if (b[i] === 45 || b[i] === 43) (expNegative = b[i] === 45), i++;
      let exp = 0;
      let expDigits = 0;
      for (; i < end; i++) {
        const d = b[i] - 48;
        if (d < 0 || d > 9) break;
        if (++expDigits > 4) return NaN;
        exp = exp * 10 + d;
      }
      if (expDigits === 0) return NaN;
      scale += expNegative ? -exp : exp;
    }
    if (i !== end) return NaN;
    let x: number;
    if (m === 0) x = 0;
    else if (scale === 0) x = m;
    else if (scale > 0 && scale <= 22) x = m * POW10[scale];
    else if (scale < 0 && scale >= -22) x = m / POW10[-scale];
    else return NaN;
    return negative ? -x : x;
  }
}
