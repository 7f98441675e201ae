import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx';
import { inflateAll } from '../../src/host/xlsx/zip';
import { runCli } from '../cli/run-cli';

const work = mkdtempSync(join(tmpdir(), 'perf-template-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('perf template', () => {
  it('--list prints one line per template, its name first', async () => {
    const r = await runCli(['template', '--list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^方案　/);
    expect(lines[6]).toMatch(/^综合评估汇总　.*一键排名/);
  });

  it('writes the summary with its 方案, which the one-click ranking then ranks as the sheet shows', async () => {
    const out = join(work, '汇总.xlsx');
    const r = await runCli(['template', '综合评估汇总', '--variant', 'county', '--out', out]);
    expect(r.stderr).toContain('已写出模板');
    expect(r.code).toBe(0);
    const sheets = await readWorkbook(new Uint8Array(readFileSync(out)), out);
    expect(sheets.map((s) => s.name)).toEqual(['方案', '综合评估汇总', 'PERF_RECORD']);
    const ranked = join(work, '排名.xlsx');
    const rank = await runCli(['rank', out, '--out', ranked, '--json', '-']);
    expect(rank.code, rank.stderr).toBe(0);
    const units = JSON.parse(rank.stdout).units as { name: string; total: string; grade: string; rank: number }[];
    expect(units.map((u) => [u.name, Number(u.total), u.grade, u.rank])).toEqual([
      ['东城区', 96, '优秀', 1],
      ['西城区', 90, '优秀', 2],
      ['南山县', 80, '良好', 4],
      ['北川县', 85, '一般', 3],
      ['青河县', 79.5, '一般', 6],
      ['白石县', 74.8, '一般', 7],
      ['红岭县', 80, '良好', 4],
    ]);
  });

  it('--protect writes sheet protection without a password; --password sets one', async () => {
    const out = join(work, '任务.xlsx');
    expect((await runCli(['template', 'tasks', '--protect', '--out', out])).code).toBe(0);
    const files = await inflateAll(new Uint8Array(readFileSync(out)));
    const sheetXml = new TextDecoder().decode(files.parts['xl/worksheets/sheet1.xml']);
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheetXml).not.toMatch(/<sheetProtection [^>]*(hashValue|password)=/);
    const out2 = join(work, '任务-密码.xlsx');
    expect((await runCli(['template', 'tasks', '--protect', '--password', 'abc', '--out', out2])).code).toBe(0);
    const xml2 = new TextDecoder().decode((await inflateAll(new Uint8Array(readFileSync(out2)))).parts['xl/worksheets/sheet1.xml']);
    expect(xml2).toMatch(/<sheetProtection [^>]*(hashValue|password)=/);
  });

  it('never replaces another file without --force, and says why in Chinese', async () => {
    const out = join(work, '别的.xlsx');
    writeFileSync(out, 'not mine');
    const r = await runCli(['template', '方案', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('已经存在');
    expect(readFileSync(out, 'utf8')).toBe('not mine');
    expect((await runCli(['template', '方案', '--out', out, '--force'])).code).toBe(0);
  });

  it('refuses a missing --out, an unknown template and a wrong extension', async () => {
    expect((await runCli(['template', '方案'])).stderr).toContain('--out');
    const unknown = await runCli(['template', '考勤表', '--out', join(work, 'x.xlsx')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('没有名为“考勤表”的模板');
    expect((await runCli(['template', '方案', '--out', join(work, 'x.csv')])).code).toBe(1);
  });
});
