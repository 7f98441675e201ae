// @ts-check
/**
 * After the command line is built (npm run build:cli): makes dist-cli/perf-main.cache, V8's
 * code cache for dist-cli/perf-main.js (src/cli/code-cache.ts), by running one ranking of a
 * small workbook with --out, so that what a ranking compiles is in it. Nothing is kept but
 * the cache; a failure here fails the build.
 */
const { spawnSync } = require('child_process');
const { existsSync, mkdtempSync, rmSync } = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const cache = path.join(root, 'dist-cli', 'perf-main.cache');
const sample = path.join(root, 'test', 'fixtures', 'city-departments', 'input.xlsx');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'perf-code-cache-'));
try {
  rmSync(cache, { force: true });
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'perf.js'), 'rank', sample, '--out', path.join(scratch, 'out.xlsx')], {
    env: { ...process.env, PERF_BUILD_CODE_CACHE: cache },
    encoding: 'utf8',
  });
  if (run.status !== 0 || !existsSync(cache)) {
    process.stderr.write(`cli-code-cache: the sample ranking failed (exit ${run.status}):\n${run.stderr}\n`);
    process.exit(1);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
