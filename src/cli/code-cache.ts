import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

/**
 * The compiled command line (dist-cli/perf-main.js) loaded with V8's code cache, made when it
 * was built (scripts/cli-code-cache.js runs a ranking and saves what V8 compiled): each `perf`
 * then skips compiling some 1.2 MB of JavaScript, about 45 ms of a small ranking's half second.
 * The cache is only ever read from beside the code, never written at run time. It starts with
 * the SHA-256 of the code it was made from; a cache of other code (or another Node, which V8
 * refuses by itself) is not used and the chunk is loaded as usual. Only vm.Script's cachedData
 * (stable since Node 5) and require.cache are used.
 */
const HASH_BYTES = 32;

/** The CommonJS wrapper, written out so that the cache and the code it is used with are compiled from the same text. */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

export function preloadWithCodeCache(dir: string, name: string): void {
  const file = path.join(dir, name);
  const cacheFile = file.replace(/\.js$/, '.cache');
  const building = process.env.PERF_BUILD_CODE_CACHE === cacheFile;
  try {
    let cache: Buffer | null = null;
    if (!building) {
      try {
        cache = readFileSync(cacheFile);
      } catch {
        return;
      }
    }
    const source = readFileSync(file, 'utf8');
    const hash = createHash('sha256').update(source).digest();
    if (cache && (cache.length <= HASH_BYTES || !cache.subarray(0, HASH_BYTES).equals(hash))) return;
    const script = new Script(wrap(source), { filename: file, cachedData: cache?.subarray(HASH_BYTES) });
    const loaded = new Module(file);
    loaded.filename = file;
    const req = createRequire(file);
    (script.runInThisContext() as (...args: unknown[]) => void).call(loaded.exports, loaded.exports, req, loaded, file, dir);
    loaded.loaded = true;
    // the bundle's own require() of the chunk finds it here
    req.cache[file] = loaded;
    if (building) {
      process.on('exit', () => {
        writeFileSync(`${cacheFile}.tmp`, Buffer.concat([hash, script.createCachedData()]));
        renameSync(`${cacheFile}.tmp`, cacheFile);
      });
    }
  } catch (e) {
    if (building) throw e;
    // any trouble: the chunk is loaded the usual way
  }
}
