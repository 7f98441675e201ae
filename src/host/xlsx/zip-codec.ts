/**
 * What a host may lend the zip reader and writer to go faster (the command line: Node's
 * zlib); without it fflate does both, here, in JavaScript. Nothing host-specific is
 * imported here: the browser pane runs the same reader and writer in a worker.
 */
export interface ZipCodec {
  /**
   * A raw deflate stream inflated, or null as soon as it would pass `maxBytes`. `declaredSize`
   * is what the zip says it inflates to (a hint only: it can lie).
   */
  inflateRaw?(data: Uint8Array, maxBytes: number, declaredSize?: number): Uint8Array | null;
  /** One part as a gzip member (RFC 1952) at this level: the zip takes its deflate stream and CRC-32 from it. */
  gzip(data: Uint8Array, level: number): Uint8Array | Promise<Uint8Array>;
}
