import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx';
import { ALLOWED_TO_CHANGE, changedParts } from '../host/helpers/parts';
import { asXlsm, clerkWorkbook, partText, unzip, withChart } from '../host/helpers/workbooks';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'perf-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('perf rank --out', () => {
  it('adds 排名 and 表彰名单, keeps every original part byte-identical and never touches the clerk’s 排名', async () => {
    const input = join(work, 'clerk.xlsm');
    const bytes = asXlsm(withChart(await clerkWorkbook()));
    writeFileSync(input, bytes);
    const before = sha(input);
    const out = join(work, 'ranked.xlsm');

    const r = await runCli(['rank', input, '--sheet', '汇总', '--out', out, '--awards', '一等奖:1:优秀,二等奖:1:良好']);
    expect(r.stderr).toContain('排名(2)');
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);

    const written = new Uint8Array(readFileSync(out));
    expect(changedParts(bytes, written).every((p) => ALLOWED_TO_CHANGE.includes(p))).toBe(true);
    const parts = unzip(written);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(Object.keys(unzip(bytes))));
    expect(partText(written, 'xl/workbook.xml')).toContain('总分区域');

    const sheets = await readWorkbook(written);
    const names = sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['汇总', '排名', '排名(2)', '表彰名单', 'Data']));
    expect(sheets.find((s) => s.name === '排名')!.values[0][0]).toBe('这是科员自己做的排名表，不能被覆盖');
    const ranking = sheets.find((s) => s.name === '排名(2)')!;
    expect(ranking.perfKind).toBe('ranking');
    const text = ranking.values.flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('东城区');
    // the scheme as applied is the clerk's to check, on 核对; the posted sheet states the rule in plain words
    expect(text).not.toContain('计算方案');
    expect(text).toContain('说明：等次标准：');
    const check = sheets.find((s) => s.name === '核对')!;
    expect(check.perfKind).toBe('check');
    expect(check.values.flat().filter((v) => typeof v === 'string').join('\n')).toContain('四、计算方案');

    // running again on PERF's own output rewrites PERF's sheets, never makes 排名(3)
    const again = join(work, 'again.xlsm');
    const r2 = await runCli(['rank', out, '--sheet', '汇总', '--out', again]);
    expect(r2.code).toBe(0);
    const names2 = (await readWorkbook(new Uint8Array(readFileSync(again)))).map((s) => s.name);
    expect(names2.filter((n) => n.startsWith('排名'))).toEqual(['排名', '排名(2)']);
    expect(names2.filter((n) => n.startsWith('表彰名单'))).toEqual(['表彰名单']);
    expect(names2.filter((n) => n.startsWith('核对'))).toEqual(['核对']);
  });

  it('refuses to write over its input', async () => {
    const input = join(work, 'same.xlsx');
    writeFileSync(input, await clerkWorkbook());
    const r = await runCli(['rank', input, '--sheet', '汇总', '--out', input]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('不能与输入文件相同');
  });

  it('prints the JSON contract on stdout with --json -', async () => {
    const input = join(work, 'json.xlsx');
    writeFileSync(input, await clerkWorkbook());
    const r = await runCli(['rank', input, '--sheet', '汇总', '--json', '-']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json.units[0]).sort()).toEqual(
      ['award', 'awards', 'category', 'excludedFromAwards', 'grade', 'name', 'notes', 'rank', 'total'].sort(),
    );
    expect(json.units.map((u: { name: string }) => u.name)).toEqual(['东城区', '西城区', '南山县', '北湖县']);
    expect(Array.isArray(json.warnings)).toBe(true);
  });

  it('exits non-zero with a Chinese message and writes nothing for a file that is not a workbook', async () => {
    const input = join(work, 'not.xlsx');
    writeFileSync(input, '单位,总分\n甲,90\n');
    const out = join(work, 'not-out.xlsx');
    const r = await runCli(['rank', input, '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/不是有效的 Excel 工作簿/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes nothing, and says which path, when one of the outputs cannot be written', async () => {
    const input = join(work, 'paths.xlsx');
    writeFileSync(input, await clerkWorkbook());
    const json = join(work, 'written-too-early.json');
    const r = await runCli(['rank', input, '--sheet', '汇总', '--json', json, '--out', join(work, 'no-such-folder', 'out.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('无法写入');
    expect(r.stderr).toContain('no-such-folder');
    expect(r.stderr).not.toMatch(/at \w+ \(/);
    expect(existsSync(json)).toBe(false);
  });
});
