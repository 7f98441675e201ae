import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitDifferences, parseReport } from '../golden/compare';
import { loadFixture } from '../golden/fixtures';
import { clip, REPO } from '../golden/run-cli';

/**
 * The `perf` a clerk installs: `npm pack` (prepack compiles dist-cli/perf.js), the tarball
 * unpacked the way npm installs a package (node_modules/<name>, node_modules/.bin/perf),
 * then run from an unrelated folder. npm itself does not install it here: the package's
 * dependencies are the add-in's browser libraries (React, Fluent UI, office.js), which are
 * not in an offline cache, and the command line needs none of them: its one bundled file
 * requires only Node's built-in modules, which this run proves (no node_modules above it).
 */
const work = mkdtempSync(join(tmpdir(), 'perf-installed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = loadFixture('county-seed002');
const clerk = join(work, '科员的文件夹');
let perf: string;

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const pack = run('npm', ['pack', '--silent', '--pack-destination', work], REPO);
  expect(pack.status, clip(pack.stderr)).toBe(0);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  const modules = join(work, 'prefix', 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  expect(run('tar', ['xzf', join(work, tarball), '-C', modules], work).status).toBe(0);
  const name = 'perf-excel-addin';
  rmSync(join(modules, name), { recursive: true, force: true });
  // npm unpacks a tarball's package/ folder as node_modules/<name> and links its bin
  symlinkSync(join(modules, 'package'), join(modules, name));
  perf = join(modules, '.bin', 'perf');
  symlinkSync(join('..', name, 'bin', 'perf.js'), perf);
  mkdirSync(clerk);
  copyFileSync(fixture.input, join(clerk, '汇总表.xlsx'));
}, 180_000);

describe('the installed perf', () => {
  it('holds only the launcher, the compiled command line and its code cache', () => {
    const files = readdirSync(join(work, 'prefix', 'node_modules', 'package'), { recursive: true }).map(String).sort();
    expect(files).toEqual(['README.md', 'bin', 'bin/perf.js', 'dist-cli', 'dist-cli/perf-main.cache', 'dist-cli/perf-main.js', 'dist-cli/perf.js', 'package.json']);
  });

  it('ranks a workbook named from the clerk’s folder and gives the hand-worked result', () => {
    const r = run(perf, ['rank', '汇总表.xlsx', ...fixture.args, '--json', '-'], clerk);
    expect(r.status, clip(r.stderr)).toBe(0);
    expect(unitDifferences(fixture.expected!.units, parseReport(r.stdout, r.stderr).units)).toEqual([]);
  });

  it('writes --out next to the clerk’s file, and a re-run replaces its own output', () => {
    for (let i = 0; i < 2; i++) {
      const r = run(perf, ['rank', '汇总表.xlsx', '--out', '排名结果.xlsx'], clerk);
      expect(r.status, clip(r.stderr)).toBe(0);
    }
    expect(readdirSync(clerk).sort()).toEqual(['排名结果.xlsx', '汇总表.xlsx']);
  });

  it('perf --help exits 0; a user error is a Chinese message without a stack trace', () => {
    const help = run(perf, ['--help'], clerk);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('perf rank');
    const bad = run(perf, ['rank', '汇总表.xlsx', '--json', '汇总表.xlsx'], clerk);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--json 不能与输入文件相同');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when what reads its output has closed (perf rank … | true)', () => {
    const r = run('sh', ['-c', `"${perf}" rank 汇总表.xlsx | true`], clerk);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

describe('npm run perf (compiled, not through a TypeScript loader)', () => {
  it('keeps its arguments and JSON contract in the project folder', () => {
    const r = run('npm', ['run', '--silent', 'perf', '--', 'rank', fixture.input, ...fixture.args, '--json', '-'], REPO);
    expect(r.status, clip(r.stderr)).toBe(0);
    expect(unitDifferences(fixture.expected!.units, parseReport(r.stdout, r.stderr).units)).toEqual([]);
  });

  it('runs from the clerk’s folder with npm --prefix, taking file names from there', () => {
    const r = run('npm', ['--prefix', REPO, 'run', '--silent', 'perf', '--', 'rank', '汇总表.xlsx', ...fixture.args, '--json', '-'], clerk);
    expect(r.status, clip(r.stderr)).toBe(0);
    expect(unitDifferences(fixture.expected!.units, parseReport(r.stdout, r.stderr).units)).toEqual([]);
  });
});
