import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../golden/fixtures';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'perf-help-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--help', () => {
  const cases: [string[], string][] = [
    [['--help'], 'perf scheme export'],
    [['-h'], 'perf rank'],
    [['help'], 'perf rank'],
    [['rank', '--help'], '--force'],
    [['rank', '汇总表.xlsx', '--help'], '--json 文件|-'],
    [['scheme', '--help'], 'perf scheme import'],
    [['scheme', 'export', '--help'], 'perf scheme export'],
  ];
  for (const [args, shown] of cases) {
    it(`perf ${args.join(' ')} prints the usage and exits 0`, async () => {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(shown);
      expect(r.stderr).toBe('');
    });
  }

  it('perf alone, and perf scheme alone, print the usage but exit 2: nothing was done', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('perf rank <汇总表.xlsx>');
    const s = await runCli(['scheme']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('perf scheme export');
  });
});

describe('a file that is not an .xlsx', () => {
  const SAVE_AS = 'PERF 只能读取 .xlsx/.xlsm：请在 Excel/WPS 中另存为 .xlsx';

  it('a CSV renamed to .xlsx gets the save-as message, not zip jargon', async () => {
    const csv = join(dir, '汇总表.xlsx');
    writeFileSync(csv, '单位,总分\n东城区,90\n');
    const r = await runCli(['rank', csv, '--out', join(dir, 'out.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(SAVE_AS);
    expect(r.stderr).not.toMatch(/zip/i);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('a plain text file gets the save-as message too, in scheme export as well', async () => {
    const text = join(dir, '说明.txt');
    writeFileSync(text, '这是一个文本文件');
    const r = await runCli(['rank', text]);
    expect(r.stderr).toContain(SAVE_AS);
    const s = await runCli(['scheme', 'export', text]);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain(SAVE_AS);
  });

  it('an old .xls keeps its own message', async () => {
    const xls = join(dir, '旧表.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await runCli(['rank', xls]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('旧版 .xls 格式');
  });
});

describe('perf scheme export without a 方案 sheet', () => {
  it('writes the default scheme and says it is the default, a starting point', async () => {
    const input = join(dir, '无方案.xlsx');
    copyFileSync(join(FIXTURES_DIR, 'county-seed002', 'input.xlsx'), input);
    const out = join(dir, '方案.json');
    const r = await runCli(['scheme', 'export', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('默认方案');
    expect(r.stderr).toContain('在它的基础上修改');
    const ranked = await runCli(['rank', input, '--scheme', out, '--json', '-']);
    expect(ranked.code).toBe(0);
    expect(JSON.parse(ranked.stdout).units.length).toBeGreaterThan(0);
  });
});
