import { zip, zipSync } from 'fflate';
import { inflateWithin, type InflateOptions } from './zip-read';

/**
 * In a browser, unzipping pauses now and then so the page stays responsive and zipping
 * runs in fflate's worker; in Node (the command line, tests) both run straight through.
 */
const inBrowser = typeof window !== 'undefined' && typeof Worker !== 'undefined';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function inflateAll(bytes: Uint8Array, options: InflateOptions = {}): Promise<Record<string, Uint8Array>> {
  return inflateWithin(bytes, { pause: inBrowser ? nextTask : undefined, ...options });
}

export function deflateAll(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  if (!inBrowser) return Promise.resolve(zipSync(files, { level: 6 }));
  return new Promise((resolve, reject) => zip(files, { level: 6 }, (err, data) => (err ? reject(err) : resolve(data))));
}
