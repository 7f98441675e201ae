import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/cli/file-system';
import { readWorkbook } from '../../src/host/xlsx';
import { FIXTURES_DIR } from '../golden/fixtures';
import { runCli } from './run-cli';

const FIXTURE = join(FIXTURES_DIR, 'county-seed002', 'input.xlsx');
const root = mkdtempSync(join(tmpdir(), 'perf-out-rule-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

let dir: string;
let input: string;
let n = 0;
beforeEach(() => {
  dir = join(root, `case-${n++}`);
  mkdirSync(join(dir, 'sub'), { recursive: true });
  input = join(dir, '汇总表.xlsx');
  copyFileSync(FIXTURE, input);
});

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |内部错误/);

describe('an existing output file', () => {
  it('is not replaced when it is some other file; --force replaces it', async () => {
    const out = join(dir, '排名结果.xlsx');
    writeFileSync(out, '科员自己的文件');
    const refused = await runCli(['rank', input, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('已经存在');
    expect(refused.stderr).toContain('--force');
    noStack(refused.stderr);
    expect(readFileSync(out, 'utf8')).toBe('科员自己的文件');

    const forced = await runCli(['rank', input, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect((await readWorkbook(new Uint8Array(readFileSync(out)))).map((s) => s.name)).toContain('排名');
  });

  it("is replaced without --force when it is PERF's own earlier output for the same input", async () => {
    const out = join(dir, '排名结果.xlsx');
    const json = join(dir, '结果.json');
    expect((await runCli(['rank', input, '--out', out, '--json', json])).code).toBe(0);
    const first = readFileSync(json, 'utf8');
    const again = await runCli(['rank', input, '--out', out, '--json', json, '--bonus-cap', '0']);
    expect(again.stderr).toContain('已写入');
    expect(again.code).toBe(0);
    expect(readFileSync(json, 'utf8')).not.toBe(first); // the new run's result, not the old file
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it("is not PERF's own output for this input when it was made from a workbook with other sheets", async () => {
    const out = join(dir, '排名结果.xlsx');
    const stranger = join(dir, 'stranger.xlsx');
    copyFileSync(join(FIXTURES_DIR, 'city-departments', 'input.xlsx'), stranger);
    expect((await runCli(['rank', stranger, '--out', out])).code).toBe(0);
    const before = sha(out);
    const r = await runCli(['rank', input, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是 PERF 为同一输入写出的结果');
    expect(sha(out)).toBe(before);
  });

  it('an exported scheme file is re-exported without --force, but not after the clerk edited it', async () => {
    const out = join(dir, '方案.json');
    expect((await runCli(['scheme', 'export', input, '--out', out])).code).toBe(0);
    expect((await runCli(['scheme', 'export', input, '--out', out])).code).toBe(0);
    writeFileSync(out, readFileSync(out, 'utf8').replace('"90"', '"91"'));
    const edited = readFileSync(out, 'utf8');
    const r = await runCli(['scheme', 'export', input, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe(edited);
  });
});

async function defaultSchemeFile(): Promise<string> {
  const file = join(dir, '默认方案.json');
  expect((await runCli(['scheme', 'export', input, '--out', file])).code).toBe(0);
  return file;
}

describe('an output that is the input', () => {
  const ways: [string, () => string][] = [
    ['the same path', () => input],
    ['through sub/../', () => join(dir, 'sub', '..', '汇总表.xlsx')],
    ['a symlink to it', () => (symlinkSync(input, join(dir, 'link.json')), join(dir, 'link.json'))],
    ['a hard link to it', () => (linkSync(input, join(dir, 'hard.json')), join(dir, 'hard.json'))],
  ];
  for (const [how, path] of ways) {
    it(`--json is refused when it names the input (${how}); the input keeps its bytes`, async () => {
      const before = sha(input);
      const r = await runCli(['rank', input, '--json', path()]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('--json 不能与输入文件相同');
      noStack(r.stderr);
      expect(sha(input)).toBe(before);
    });
  }

  it('--out through a symlink to the input is refused too, and so is --scheme’s file as --json', async () => {
    symlinkSync(input, join(dir, 'link.xlsx'));
    const r = await runCli(['rank', input, '--out', join(dir, 'link.xlsx')]);
    expect(r.stderr).toContain('--out 不能与输入文件相同');
    const scheme = await defaultSchemeFile();
    const before = sha(scheme);
    const s = await runCli(['rank', input, '--scheme', scheme, '--json', scheme, '--force']);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('--json 不能与输入文件相同');
    expect(sha(scheme)).toBe(before);
  });

  it('is compared without regard to case on Windows', async () => {
    const windows = { ...nodeFileSystem, platform: 'win32' as const };
    const r = await runCli(['rank', input, '--out', join(dir, '汇总表.XLSX')], windows);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--out 不能与输入文件相同');
    const twice = await runCli(['rank', input, '--out', join(dir, 'A.xlsx'), '--json', join(dir, 'a.XLSX')], windows);
    expect(twice.stderr).toContain('指向同一个文件');
  });
});

describe('two outputs naming the same file', () => {
  it('are refused before anything is written', async () => {
    const x = join(dir, 'x.xlsx');
    const r = await runCli(['rank', input, '--out', x, '--json', x]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--out 和 --json 指向同一个文件');
    noStack(r.stderr);
    expect(readdirSync(dir).sort()).toEqual(['sub', '汇总表.xlsx']);
  });

  it('are refused through sub/../ as well', async () => {
    const r = await runCli(['rank', input, '--out', join(dir, 'r.xlsx'), '--json', join(dir, 'sub', '..', 'r.xlsx')]);
    expect(r.stderr).toContain('指向同一个文件');
    expect(existsSync(join(dir, 'r.xlsx'))).toBe(false);
  });
});

describe('the output’s extension', () => {
  it('--out must be a workbook: .csv is refused', async () => {
    const r = await runCli(['rank', input, '--out', join(dir, '排名.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('扩展名应为 .xlsx 或 .xlsm');
    expect(existsSync(join(dir, '排名.csv'))).toBe(false);
  });

  it('an .xlsm input keeps its macros only in an .xlsm output', async () => {
    const xlsm = join(dir, '汇总表.xlsm');
    copyFileSync(input, xlsm);
    const r = await runCli(['rank', xlsm, '--out', join(dir, '结果.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('应以 .xlsm 结尾');
  });

  it('--json FILE is not written under a workbook’s name', async () => {
    const r = await runCli(['rank', input, '--json', join(dir, '结果.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('请改为 .json');
  });
});
