import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../golden/fixtures';
import { failingFs } from './failing-fs';
import { runCli } from './run-cli';

/**
 * File errors a clerk meets on Windows (a file open in Excel, no permission, a folder
 * given as --out), injected through the command line's file system: CI runs as root.
 */
const FIXTURE = join(FIXTURES_DIR, 'county-seed002', 'input.xlsx');
const root = mkdtempSync(join(tmpdir(), 'perf-file-errors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dir: string;
let input: string;
let n = 0;
beforeEach(() => {
  dir = join(root, `case-${n++}`);
  mkdirSync(dir);
  input = join(dir, '汇总表.xlsx');
  copyFileSync(FIXTURE, input);
});

function expectPlainChinese(r: { code: number; stderr: string }) {
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/(^|\n)错误：/);
  expect(r.stderr).not.toMatch(/\n\s+at |内部错误|simulated/);
}

const files = () => readdirSync(dir).sort();

describe('reading', () => {
  it('an input without read permission is not “找不到”', async () => {
    const r = await runCli(['rank', input, '--json', '-'], failingFs('readFile', 'EACCES', (p) => p === input));
    expectPlainChinese(r);
    expect(r.stderr).toContain(`没有权限读取文件 ${input}`);
    expect(r.stderr).not.toContain('找不到');
  });

  it('a scheme file without permission names the scheme file', async () => {
    const scheme = join(dir, '方案.json');
    writeFileSync(scheme, '{}');
    const r = await runCli(['rank', input, '--scheme', scheme], failingFs('readFile', 'EPERM', (p) => p === scheme));
    expectPlainChinese(r);
    expect(r.stderr).toContain(`没有权限读取方案文件 ${scheme}`);
  });

  it('a missing input is “找不到”, a folder as input says it is a folder', async () => {
    const missing = await runCli(['rank', join(dir, '没有这个.xlsx')]);
    expectPlainChinese(missing);
    expect(missing.stderr).toContain('找不到文件');
    const folder = await runCli(['rank', dir]);
    expectPlainChinese(folder);
    expect(folder.stderr).toContain('是一个文件夹');
  });
});

describe('writing', () => {
  it('--out naming a folder says so and how to fix it, writes nothing', async () => {
    mkdirSync(join(dir, '结果'));
    const r = await runCli(['rank', input, '--out', join(dir, '结果'), '--json', join(dir, 'r.json')]);
    expectPlainChinese(r);
    expect(r.stderr).toContain('是一个文件夹：请在文件夹后面写上文件名');
    expect(files()).toEqual(['汇总表.xlsx', '结果']);
  });

  it('EISDIR from the file system (a folder appearing at the target) is a folder message, not an internal error', async () => {
    const out = join(dir, '结果.xlsx');
    const r = await runCli(['rank', input, '--out', out], failingFs('rename', 'EISDIR', (p) => p === out));
    expectPlainChinese(r);
    expect(r.stderr).toContain(`无法写入 ${out}（这是一个文件夹`);
    expect(files()).toEqual(['汇总表.xlsx']);
  });

  for (const code of ['EBUSY', 'EPERM']) {
    it(`an existing output open in Excel (${code}) is refused before anything is written`, async () => {
      const out = join(dir, '排名结果.xlsx');
      const json = join(dir, '结果.json');
      expect((await runCli(['rank', input, '--out', out])).code).toBe(0);
      const before = readFileSync(out);
      const r = await runCli(['rank', input, '--json', json, '--out', out], failingFs('probeWritable', code, (p) => p === out));
      expectPlainChinese(r);
      expect(r.stderr).toContain(`无法写入 ${out}（文件正在 Excel/WPS`);
      expect(r.stderr).toContain('本次没有写出任何文件');
      expect(existsSync(json)).toBe(false);
      expect(readFileSync(out).equals(before)).toBe(true);
      expect(files()).toEqual(['排名结果.xlsx', '汇总表.xlsx']);
    });
  }

  it('a folder without write permission (EACCES) says so and leaves no temporary file', async () => {
    const out = join(dir, '排名结果.xlsx');
    const r = await runCli(['rank', input, '--out', out], failingFs('writeFile', 'EACCES', () => true));
    expectPlainChinese(r);
    expect(r.stderr).toContain('没有写入权限');
    expect(files()).toEqual(['汇总表.xlsx']);
  });

  it('when the second rename fails the message says which file was written', async () => {
    const out = join(dir, '排名结果.xlsx');
    const json = join(dir, '结果.json');
    const r = await runCli(['rank', input, '--json', json, '--out', out], failingFs('rename', 'EBUSY', (p) => p === out));
    expectPlainChinese(r);
    expect(r.stderr).toContain(`已写出 ${json}，其余未写出`);
    expect(files()).toEqual(['汇总表.xlsx', '结果.json']);
  });

  it('scheme export --out and scheme import --out go through the same messages', async () => {
    const json = join(dir, '方案.json');
    const exp = await runCli(['scheme', 'export', input, '--out', json], failingFs('writeFile', 'EROFS', () => true));
    expectPlainChinese(exp);
    expect(exp.stderr).toContain('只读');
    writeFileSync(json, '{}');
    const out = join(dir, '带方案.xlsx');
    const imp = await runCli(['scheme', 'import', json, input, '--out', out], failingFs('readFile', 'EACCES', (p) => p === json));
    expectPlainChinese(imp);
    expect(imp.stderr).toContain(`没有权限读取方案文件 ${json}`);
  });
});
