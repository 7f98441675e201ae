import * as zlib from 'node:zlib';
import { gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';
import type { ZipCodec } from '../host/xlsx/zip-codec';
import { zlibDeflateStream } from './node-deflate-stream';

/** Deflate expands a byte to at most about this many. */
const MAX_RATIO = 1032;

/**
 * Room for the whole part in one chunk when the zip says how large it is (zlib then hands the
 * chunk back instead of joining many 16 KiB ones: one copy of a 35 MB sheet less). The
 * declared size is trusted only as far as the data could inflate and the limit allows;
 * zlib's default otherwise.
 */
function chunkFor(compressed: number, maxBytes: number, declared: number | undefined): number | undefined {
  if (!declared || declared < 64 * 1024) return undefined;
  return Math.min(declared, compressed * MAX_RATIO, maxBytes) + 1;
}

/**
 * Node's zlib for the workbook's zip: native inflate and deflate, several times faster than
 * fflate's JavaScript (bench/e2e). Inflating stops at the limit the reader gives, as fflate's
 * slices do.
 */
/** A zlib result as bytes; when the zip said more than it held, only what was inflated, not the chunk made for it. */
function kept(out: Buffer, chunkSize: number | undefined): Uint8Array {
  if (chunkSize && out.buffer.byteLength > 2 * out.length) return new Uint8Array(out);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

const GZIP_HEADER = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** A raw deflate stream as a gzip member (RFC 1952) whose trailer is the zip's CRC-32 and size. */
function gzipMember(data: Uint8Array, expected: { size: number; crc: number }): Uint8Array {
  const member = new Uint8Array(GZIP_HEADER.length + data.length + 8);
  member.set(GZIP_HEADER, 0);
  member.set(data, GZIP_HEADER.length);
  const view = new DataView(member.buffer);
  view.setUint32(member.length - 8, expected.crc >>> 0, true);
  view.setUint32(member.length - 4, expected.size >>> 0, true);
  return member;
}

export const NODE_ZIP: ZipCodec = {
  inflateRaw(data, maxBytes, expected) {
    if (data.length === 0) return { data: new Uint8Array(0), crcChecked: expected?.crc === 0 && expected.size === 0 };
    const chunkSize = chunkFor(data.length, maxBytes, expected?.size);
    try {
      if (expected) {
        // as a gzip member with the zip's CRC-32 and size, zlib checks them while it inflates
        try {
          return { data: kept(gunzipSync(gzipMember(data, expected), { maxOutputLength: maxBytes, chunkSize }), chunkSize), crcChecked: true };
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'Z_DATA_ERROR') throw e;
          // a CRC-32 or size the zip has wrong (or damaged data): inflated again without the check, below
        }
      }
      return { data: kept(inflateRawSync(data, { maxOutputLength: maxBytes, chunkSize }), chunkSize), crcChecked: false };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
      throw e;
    }
  },
  gzip(data, level) {
    const out = gzipSync(data, { level });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  },
  deflateStream: zlibDeflateStream,
  // zlib's crc32 came in Node 20.15: PERF's own before
  crc32: typeof zlib.crc32 === 'function' ? (data, crc) => zlib.crc32(data, crc) : undefined,
};
