const ENCODER = new TextEncoder();

/** Text written as UTF-8 into one growing buffer (the snapshot's entries). */
export class Utf8Writer {
  bytes: Uint8Array;
  at = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Room for n more bytes. */
  room(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.at + n));
    grown.set(this.bytes.subarray(0, this.at));
    this.bytes = grown;
  }

  /**
   * Bytes start..end of `from`, copied (a few bytes each time: a loop here, optimised on its own,
   * costs less than a call to set, and stays fast however the caller's long loop is compiled).
   */
  copy(from: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    const bytes = this.bytes;
    let at = this.at;
    for (let i = start; i < end; i++) bytes[at++] = from[i]!;
    this.at = at;
  }

  /**
   * Text as TextEncoder writes it (a lone surrogate as U+FFFD). Characters of the plane are
   * written here: a view per text for TextEncoder was a tenth of a plan's allocation. Text
   * with a surrogate is TextEncoder's.
   */
  text(s: string): void {
    this.room(3 * s.length);
    const bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) bytes[at++] = c;
      else if (c < 0x800) {
        bytes[at++] = 0xc0 | (c >> 6);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        bytes[at++] = 0xe0 | (c >> 12);
        bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else {
        this.at += ENCODER.encodeInto(s, bytes.subarray(this.at)).written;
        return;
      }
    }
    this.at = at;
  }
}
