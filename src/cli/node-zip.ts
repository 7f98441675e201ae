import { gzipSync, inflateRawSync } from 'node:zlib';
import type { ZipCodec } from '../host/xlsx/zip-codec';

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
export const NODE_ZIP: ZipCodec = {
  inflateRaw(data, maxBytes, declaredSize) {
    if (data.length === 0) return new Uint8Array(0);
    try {
      const chunkSize = chunkFor(data.length, maxBytes, declaredSize);
      const out = inflateRawSync(data, { maxOutputLength: maxBytes, chunkSize });
      // a zip that said more than it held: keep only what was inflated, not the chunk made for it
      if (chunkSize && out.buffer.byteLength > 2 * out.length) return new Uint8Array(out);
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
      throw e;
    }
  },
  gzip(data, level) {
    const out = gzipSync(data, { level });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  },
};
