import { Deflate } from 'fflate';
import { crc32 } from './crc32';
import type { DeflateStream, ZipCodec } from './zip-codec';
import { DEFLATE_LEVEL, dosDateTime, type DeflatedEntry } from './zip-write';
import type { XmlSink } from './xml-bytes';

/**
 * Bytes of XML handed to the deflater at a time: the writer's buffer is this size and used again,
 * so that a sheet of 100,000 rows (over 100 MB of XML) is never held whole. Chosen by measurement
 * (bench/e2e bytes-child): smaller pieces cost more calls, larger ones more memory for no gain.
 */
export const PIECE_BYTES = 2 << 20;

/** fflate's streaming deflate: what a host without a codec of its own (the browser) compresses with. */
function fflateStream(level: number, ondata: (compressed: Uint8Array) => void): DeflateStream {
  const deflate = new Deflate({ level: level as 1 }, (data) => ondata(data));
  return { push: (piece, final) => deflate.push(piece, final) };
}

/**
 * Pieces a stream that compresses on other threads (zlib's) may hold before the writer waits:
 * it writes the next piece while these are compressed, and the XML held stays a few pieces.
 */
const HELD_PIECES = 2.5;

/**
 * A part compressed as it is written, a piece at a time: the zip's entry (deflate stream, CRC-32,
 * size) is complete once the last piece is given and compressed (finish).
 */
export class PartDeflater implements XmlSink {
  readonly chunk = PIECE_BYTES;
  readonly keeps: boolean;
  /** Whether any piece was given before finish. */
  taken = false;
  private readonly compressed: Uint8Array[] = [];
  private readonly stream: DeflateStream;
  private readonly crcOf: (data: Uint8Array, crc: number) => number;
  private crc = 0;
  private size = 0;

  constructor(codec: ZipCodec) {
    const ondata = (data: Uint8Array) => void this.compressed.push(data);
    this.stream = codec.deflateStream ? codec.deflateStream(DEFLATE_LEVEL, ondata) : fflateStream(DEFLATE_LEVEL, ondata);
    this.keeps = this.stream.keeps === true;
    this.crcOf = codec.crc32 ?? crc32;
  }

  take(piece: Uint8Array): boolean {
    this.taken = true;
    this.add(piece, false);
    return (this.stream.held?.() ?? 0) > HELD_PIECES * this.chunk;
  }

  spare(): Uint8Array | undefined {
    return this.stream.spare?.();
  }

  ready(): Promise<void> {
    return this.stream.settled ? this.stream.settled(HELD_PIECES * this.chunk) : Promise.resolve();
  }

  /** The part's last bytes given: the part as the zip stores it, once every piece is compressed. */
  async finish(rest: Uint8Array, now = new Date()): Promise<DeflatedEntry> {
    this.add(rest, true);
    if (this.stream.settled) await this.stream.settled(0);
    return { method: 8, crc: this.crc, size: this.size, pieces: this.compressed.splice(0), ...dosDateTime(now) };
  }

  private add(piece: Uint8Array, final: boolean): void {
    this.size += piece.length;
    if (this.size > 0xffffffff) throw new Error('zip too large for a workbook');
    this.crc = this.crcOf(piece, this.crc) >>> 0;
    this.stream.push(piece, final);
  }
}
