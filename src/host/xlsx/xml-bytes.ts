/**
 * XML written straight into UTF-8 bytes, for the large parts PERF writes (its sheets of 100,000
 * rows): no string per cell to concatenate, flatten and encode afterwards, and half the memory
 * of the same text as a JavaScript string.
 */

import { DECIMAL_ROOM, shortestDecimalInto } from '../../engine/number-bytes';

const encoder = new TextEncoder();
/** Text at least this long is encoded by TextEncoder when it needs no escaping (shorter, the call costs more than it saves). */
const LONG_TEXT = 24;
/** What plainText must escape or leave to its caller, and surrogates (TextEncoder would write a lone one as U+FFFD). */
const NEEDS_CARE = /[\u0000-\u001f"&<>_\ud800-\udfff\ufffe\uffff]/;

/** Where a writer with a bounded buffer hands its bytes, a chunk at a time (see XmlBytes.spill). */
export interface XmlSink {
  /** Bytes held before they are handed on. */
  readonly chunk: number;
  /** Whether the sink keeps the bytes it takes (compressing them meanwhile): the writer then writes on into a new buffer. */
  readonly keeps: boolean;
  /** Takes the bytes at once; true when the writer should wait for `ready()` before it writes more (the sink holds enough). */
  take(bytes: Uint8Array): boolean;
  ready(): Promise<void>;
  /** A buffer given before and done with, to write on into (a sink that keeps its bytes). */
  spare?(): Uint8Array | undefined;
}

export class XmlBytes {
  private buf: Uint8Array;
  length = 0;
  /** The digits of the row being written (see row), copied into each of its cells' references. */
  private readonly rowDigits = new Uint8Array(16);
  private rowLength = 0;

  constructor(
    capacity = 1 << 16,
    private readonly sink?: XmlSink,
  ) {
    this.buf = new Uint8Array(sink ? Math.min(capacity, sink.chunk + (sink.chunk >> 3)) : capacity);
  }

  /**
   * A point no rewind goes back past (the end of a row): with a sink, a chunk's worth written is
   * handed to it and the writer starts again at the start of its buffer. True when the writer
   * should wait for ready() before it writes more.
   */
  spill(): boolean {
    const sink = this.sink;
    if (!sink || this.length < sink.chunk) return false;
    const wait = sink.take(this.buf.subarray(0, this.length));
    if (sink.keeps) {
      const spare = sink.spare?.();
      this.buf = spare && spare.length >= this.buf.length ? spare : new Uint8Array(this.buf.length);
    }
    this.length = 0;
    return wait;
  }

  /** Resolves when the sink has room for more (see spill). */
  ready(): Promise<void> {
    return this.sink ? this.sink.ready() : Promise.resolve();
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    grown.set(this.buf.subarray(0, this.length));
    this.buf = grown;
  }

  /** The number of the row whose cells are written next, written here and kept for their references (cell). */
  row(n: number): void {
    const digits = this.rowDigits;
    let length = 1;
    for (let p = 10; p <= n; p *= 10) length++;
    for (let i = length - 1; i >= 0; i--) {
      digits[i] = 48 + (n % 10);
      n = Math.floor(n / 10);
    }
    this.rowLength = length;
    this.raw(digits.subarray(0, length));
  }

  /** A cell's start: `open` ('<c r="AB'), the row's number (see row), then `tail` ('" s="5"><v>'). */
  cell(open: Uint8Array, tail: Uint8Array): void {
    const rowLength = this.rowLength;
    this.room(open.length + rowLength + tail.length);
    const buf = this.buf;
    const digits = this.rowDigits;
    let at = this.length;
    for (let i = 0; i < open.length; i++) buf[at++] = open[i]!;
    for (let i = 0; i < rowLength; i++) buf[at++] = digits[i]!;
    for (let i = 0; i < tail.length; i++) buf[at++] = tail[i]!;
    this.length = at;
  }

  /** Text known to be ASCII (markup, references, numbers), as it is. */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /** A finite number as Excel's <v> holds it (the shortest text that reads back as the same double; -0 as 0). */
  number(v: number): void {
    this.room(DECIMAL_ROOM);
    const end = shortestDecimalInto(this.buf, this.length, v);
    if (end >= 0) this.length = end;
    else this.ascii(String(v));
  }

  /** Any text, escaped for element content and attribute values (& < > "), as UTF-8; a lone surrogate as U+FFFD, as TextEncoder does. */
  text(s: string): void {
    this.utf8(s, true);
  }


  /**
   * Text as `text` writes it, when it holds nothing an OOXML string must encode (see
   * encodeOoxmlString: "_", control characters, a lone surrogate, U+FFFE/U+FFFF) and no tab or
   * line break (kept only with xml:space="preserve"); else false and nothing written, for the
   * caller to encode it first.
   */
  plainText(s: string): boolean {
    const n = s.length;
    this.room(n * 6);
    if (n >= LONG_TEXT && !NEEDS_CARE.test(s)) {
      // a long text (a note) with nothing to escape: the platform's encoder, several times faster a character
      this.length += encoder.encodeInto(s, this.buf.subarray(this.length, this.length + 3 * n)).written;
      return true;
    }
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c > 62) {
          if (c === 95) return false;
          buf[at++] = c;
        } else if (c < 32) return false;
        else if (c !== 38 && c !== 60 && c !== 62 && c !== 34) buf[at++] = c;
        else at = escaped(buf, at, c);
      } else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 63);
      } else if (c < 0xd800 || (c > 0xdfff && c < 0xfffe)) {
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 63);
        buf[at++] = 0x80 | (c & 63);
      } else {
        const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        // a lone surrogate or U+FFFE/U+FFFF: for the caller to encode
        if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) return false;
        at = surrogatePair(buf, at, c, next);
        i++;
      }
    }
    this.length = at;
    return true;
  }

  /**
   * UTF-8 text (bytes[start, end), as TextEncoder makes it) copied as it is, when it holds nothing
   * plainText would leave to its caller or escape (& < > ", "_", control characters,
   * U+FFFE/U+FFFF); else false and nothing written.
   */
  plainUtf8(bytes: Uint8Array, start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      if (b < 0x80) {
        if (b < 32 || b === 34 || b === 38 || b === 60 || b === 62 || b === 95) return false;
      } else if (b === 0xef && bytes[i + 1] === 0xbf && (bytes[i + 2] === 0xbe || bytes[i + 2] === 0xbf)) return false;
    }
    const n = end - start;
    this.room(n);
    const buf = this.buf;
    let at = this.length;
    if (n > 64) buf.set(bytes.subarray(start, end), at);
    else for (let i = start; i < end; i++) buf[at++] = bytes[i]!;
    this.length += n;
    return true;
  }

  /** Markup already escaped (it may hold non-ASCII text), as UTF-8. */
  markup(s: string): void {
    this.utf8(s, false);
  }

  /** Bytes already encoded, as they are. */
  raw(bytes: Uint8Array): void {
    const n = bytes.length;
    this.room(n);
    if (n > 32) this.buf.set(bytes, this.length);
    else {
      const buf = this.buf;
      let at = this.length;
      for (let i = 0; i < n; i++) buf[at++] = bytes[i]!;
    }
    this.length += n;
  }

  /** A copy of what was written from `start` on (since the last spill). */
  copy(start: number): Uint8Array {
    return this.buf.slice(start, this.length);
  }

  /** Back to an earlier length: what was written after it is dropped. */
  rewind(length: number): void {
    this.length = length;
  }

  private utf8(s: string, escape: boolean): void {
    const n = s.length;
    this.room(n * 6);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        if (!escape || c > 62 || (c !== 38 && c !== 60 && c !== 62 && c !== 34)) buf[at++] = c;
        else at = escaped(buf, at, c);
      } else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 63);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
          if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
            at = surrogatePair(buf, at, c, next);
            i++;
            continue;
          }
          c = 0xfffd;
        }
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 63);
        buf[at++] = 0x80 | (c & 63);
      }
    }
    this.length = at;
  }

  /** The bytes written: a view of the buffer, or a copy when much of the buffer is unused. */
  bytes(): Uint8Array {
    return this.buf.length > this.length * 1.5 ? this.buf.slice(0, this.length) : this.buf.subarray(0, this.length);
  }

  /** The bytes written so far, after those handed to the sink (a view: writing more may replace the buffer). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

/** & < > " as their entities, written at `at`; the position after them. */
function escaped(buf: Uint8Array, at: number, c: number): number {
  if (c === 38) (buf[at++] = 38), (buf[at++] = 97), (buf[at++] = 109), (buf[at++] = 112), (buf[at++] = 59); // &amp;
  else if (c === 60) (buf[at++] = 38), (buf[at++] = 108), (buf[at++] = 116), (buf[at++] = 59); // &lt;
  else if (c === 62) (buf[at++] = 38), (buf[at++] = 103), (buf[at++] = 116), (buf[at++] = 59); // &gt;
  else (buf[at++] = 38), (buf[at++] = 113), (buf[at++] = 117), (buf[at++] = 111), (buf[at++] = 116), (buf[at++] = 59); // &quot;
  return at;
}

/** A character outside the Basic Multilingual Plane (a surrogate pair) as its four bytes of UTF-8; the position after them. */
function surrogatePair(buf: Uint8Array, at: number, high: number, low: number): number {
  const c = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  buf[at++] = 0xf0 | (c >> 18);
  buf[at++] = 0x80 | ((c >> 12) & 63);
  buf[at++] = 0x80 | ((c >> 6) & 63);
  buf[at++] = 0x80 | (c & 63);
  return at;
}
