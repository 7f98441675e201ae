import { gzip, gzipSync } from 'fflate';
import type { ZipCodec } from './zip-codec';
import { inflateEntries, type InflateOptions, type StoredEntry } from './zip-read';
import { writeZip, type ZipPart } from './zip-write';

/**
 * In a browser, unzipping pauses now and then so the page stays responsive and zipping
 * runs in fflate's worker; in Node (the command line, tests) both run straight through,
 * with the host's codec when it lends one (src/cli/node-zip.ts).
 */
const inBrowser = typeof window !== 'undefined' && typeof Worker !== 'undefined';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const FFLATE_CODEC: ZipCodec = {
  gzip: inBrowser
    ? (data, level) =>
        new Promise((resolve, reject) => gzip(data, { level: level as 2 }, (err, out) => (err ? reject(err) : resolve(out))))
    : (data, level) => gzipSync(data, { level: level as 2 }),
};

/** Whether a codec's gzip gives its bytes at once: all but fflate's in a browser, which zips in its worker. */
export function gzipsAtOnce(codec: ZipCodec): boolean {
  return !(inBrowser && codec === FFLATE_CODEC);
}

export function inflateAll(bytes: Uint8Array, options: InflateOptions = {}): Promise<{ parts: Record<string, Uint8Array>; stored: Map<string, StoredEntry> }> {
  return inflateEntries(bytes, { pause: inBrowser ? nextTask : undefined, ...options });
}

export function deflateAll(parts: ZipPart[], codec: ZipCodec = FFLATE_CODEC): Promise<Uint8Array> {
  return writeZip(parts, codec);
}
