import { unzip, unzipSync, zip, zipSync, type Unzipped } from 'fflate';

/**
 * fflate's asynchronous zip runs in a worker, so a browser page stays responsive; in
 * Node (the command line, tests) the synchronous form is faster and needs no worker.
 */
const inBrowser = typeof window !== 'undefined' && typeof Worker !== 'undefined';

export function inflateAll(bytes: Uint8Array): Promise<Unzipped> {
  if (!inBrowser) return Promise.resolve(unzipSync(bytes));
  return new Promise((resolve, reject) => unzip(bytes, (err, data) => (err ? reject(err) : resolve(data))));
}

export function deflateAll(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  if (!inBrowser) return Promise.resolve(zipSync(files, { level: 6 }));
  return new Promise((resolve, reject) => zip(files, { level: 6 }, (err, data) => (err ? reject(err) : resolve(data))));
}
