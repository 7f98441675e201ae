import { DECIMAL_ROOM, shortestDecimalInto } from '../engine/number-bytes';
import type { SentenceSink } from './ranking/notes';
import { Utf8Writer } from './utf8-writer';

const ENCODER = new TextEncoder();

/** A sentence written as UTF-8 into a writer: its fixed words encoded once each, names and numbers in place. */
export class Utf8Sentence implements SentenceSink {
  private readonly encoded = new Map<string, Uint8Array>();

  constructor(readonly out: Utf8Writer) {}

  words(text: string): void {
    let bytes = this.encoded.get(text);
    if (bytes === undefined) this.encoded.set(text, (bytes = ENCODER.encode(text)));
    this.out.copy(bytes, 0, bytes.length);
  }

  name(text: string): void {
    this.out.text(text);
  }

  number(n: number): void {
    const out = this.out;
    out.room(DECIMAL_ROOM);
    const end = shortestDecimalInto(out.bytes, out.at, n);
    if (end >= 0) out.at = end;
    else out.text(String(n));
  }
}
