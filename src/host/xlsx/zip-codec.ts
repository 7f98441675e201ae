/**
 * What a host may lend the zip reader and writer to go faster (the command line: Node's
 * zlib); without it fflate does both, here, in JavaScript. Nothing host-specific is
 * imported here: the browser pane runs the same reader and writer in a worker.
 */
export interface ZipCodec {
  /**
   * A raw deflate stream inflated, or null as soon as it would pass `maxBytes`. `expected` is
   * what the zip says the part inflates to (it can lie): `crcChecked` tells that the inflated
   * bytes were found to have the zip's CRC-32 and size.
   */
  inflateRaw?(data: Uint8Array, maxBytes: number, expected?: { size: number; crc: number }): { data: Uint8Array; crcChecked: boolean } | null;
  /** One part as a gzip member (RFC 1952) at this level: the zip takes its deflate stream and CRC-32 from it. */
  gzip(data: Uint8Array, level: number): Uint8Array | Promise<Uint8Array>;
  /** A raw deflate stream fed a piece at a time (a big sheet as it is written); fflate's Deflate without it. */
  deflateStream?(level: number, ondata: (compressed: Uint8Array) => void): DeflateStream;
  /** CRC-32 continued over more bytes, as zlib's crc32(data, crc); PERF's own (crc32.ts) without it. */
  crc32?(data: Uint8Array, crc: number): number;
}

export interface DeflateStream {
  /**
   * Compresses the next piece of a part, handing what it made to `ondata` in order, now or (when
   * the stream `keeps` its pieces) later; `final`: the part's last piece, after which the stream is
   * finished.
   */
  push(piece: Uint8Array, final: boolean): void;
  /** Whether the stream keeps the pieces it is given, compressing them meanwhile: the caller must not write over them. */
  readonly keeps?: boolean;
  /** Bytes given and not yet compressed. */
  held?(): number;
  /** A buffer a piece was given in, now compressed, for the caller to write the next one into (a stream that keeps its pieces). */
  spare?(): Uint8Array | undefined;
  /** Resolves once the stream holds at most `bytes` not yet compressed (0: everything pushed has been handed to ondata). */
  settled?(bytes: number): Promise<void>;
}
