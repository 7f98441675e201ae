import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { FIXTURES } from './run-core';

async function run(args: string[]) {
  const err: string[] = [];
  const code = await main(['collect', ...args], { stdout: (s) => err.push(s), stderr: (s) => err.push(s) });
  return { code, said: err.join('\n') };
}

const county = (p: string) => join(FIXTURES, 'collect-county', p);

describe('perf collect refuses, in Chinese, what it cannot do — and writes nothing', () => {
  it('without --out', async () => {
    expect(await run([county('files'), '--into', county('summary.xlsx')])).toMatchObject({ code: 1, said: expect.stringContaining('缺少 --out') });
  });

  it('a file or folder that is not there', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'perf-cli-')), 'x.xlsx');
    expect(await run([county('没有这个文件夹'), '--into', county('summary.xlsx'), '--out', out])).toMatchObject({ code: 1, said: expect.stringContaining('找不到要收集的文件或文件夹') });
    expect(existsSync(out)).toBe(false);
  });

  it('no summary and no roster among the files', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'perf-cli-')), 'x.xlsx');
    const r = await run([county('files'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.said).toContain('请用 --into 指定汇总表');
    expect(existsSync(out)).toBe(false);
  });

  it('--out onto the summary itself (the no-loss rule of every output)', async () => {
    expect(await run([county('files'), '--into', county('summary.xlsx'), '--out', county('summary.xlsx')])).toMatchObject({ code: 1, said: expect.stringContaining('不能与输入文件相同') });
  });

  it('--prefer with anything but newer', async () => {
    expect(await run([county('files'), '--into', county('summary.xlsx'), '--out', 'x.xlsx', '--prefer', 'older'])).toMatchObject({ code: 2, said: expect.stringContaining('--prefer 只能是 newer') });
  });
});

describe('perf collect says what it wrote, in the clerk’s words', () => {
  it('names the sheets the clerk sees (报送情况), not PERF’s very hidden record', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'perf-cli-')), '收集后.xlsx');
    const r = await run([county('files'), '--into', county('summary.xlsx'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.said).toContain('已新建工作表“报送情况”');
    expect(r.said).toContain('填入 34 个单元格');
    expect(r.said).not.toContain('PERF_RECORD');
  });
});
