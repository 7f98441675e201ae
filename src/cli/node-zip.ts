import { gzipSync, inflateRawSync } from 'node:zlib';
import type { ZipCodec } from '../host/xlsx/zip-codec';

/**
 * Node's zlib for the workbook's zip: native inflate and deflate, several times faster than
 * fflate's JavaScript (bench/e2e). Inflating stops at the limit the reader gives, as fflate's
 * slices do.
 */
export const NODE_ZIP: ZipCodec = {
  inflateRaw(data, maxBytes) {
    if (data.length === 0) return new Uint8Array(0);
    try {
      const out = inflateRawSync(data, { maxOutputLength: maxBytes });
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
