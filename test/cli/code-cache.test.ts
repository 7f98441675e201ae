import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../golden/fixtures';
import { clip, REPO } from '../golden/run-cli';

/**
 * The compiled command line starts with V8's code cache made when it was built
 * (src/cli/code-cache.ts). The cache only saves compiling: with it, without it, or with a
 * cache that is not for this code, `perf rank` gives the same result.
 */
const work = mkdtempSync(join(tmpdir(), 'perf-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = loadFixture('county-seed002');

/** A copy of the built command line (bin/ and dist-cli/), changed by `change`. */
function installed(name: string, change: (dist: string) => void = () => undefined): string {
  const root = join(work, name);
  cpSync(join(REPO, 'bin'), join(root, 'bin'), { recursive: true });
  cpSync(join(REPO, 'dist-cli'), join(root, 'dist-cli'), { recursive: true });
  change(join(root, 'dist-cli'));
  return join(root, 'bin', 'perf.js');
}

function rank(perf: string): string {
  const r = spawnSync(process.execPath, [perf, 'rank', fixture.input, ...fixture.args, '--json', '-'], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, clip(r.stderr)).toBe(0);
  return r.stdout;
}

describe("the command line's code cache", () => {
  it('is built for the code beside it', () => {
    const cache = readFileSync(join(REPO, 'dist-cli', 'perf-main.cache'));
    const code = readFileSync(join(REPO, 'dist-cli', 'perf-main.js'));
    expect(cache.subarray(0, 32).equals(createHash('sha256').update(code).digest())).toBe(true);
    expect(cache.length).toBeGreaterThan(100_000);
  });

  it('changes nothing in the result, and a missing, cut or foreign cache is not used', () => {
    const expected = rank(installed('as-built'));
    expect(expected).toContain('"units"');
    expect(rank(installed('without', (dist) => rmSync(join(dist, 'perf-main.cache'))))).toBe(expected);
    expect(rank(installed('cut', (dist) => writeFileSync(join(dist, 'perf-main.cache'), readFileSync(join(dist, 'perf-main.cache')).subarray(0, 20))))).toBe(expected);
    // the code changed after the cache was made (a rebuild without it): the cache is for other code
    expect(rank(installed('other-code', (dist) => appendFileSync(join(dist, 'perf-main.js'), '\n// changed\n')))).toBe(expected);
  }, 120_000);
});
