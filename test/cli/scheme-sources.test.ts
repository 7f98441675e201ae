import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { schemeToJson } from '../../src/engine/scheme/json';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'perf-sources-'));
const input = join(work, 'in.xlsx');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总');
  ws.addRow(['单位', '类别', '总分']);
  ws.addRow(['甲', 'A类', 95]);
  ws.addRow(['乙', 'A类', 85]);
  ws.addRow(['丙', 'B类', 91]);
  await wb.xlsx.writeFile(input);
});

describe('problems in a scheme that has no cell name where it came from', () => {
  it('names the --bands flag when bands are written out of order, and stops', async () => {
    const r = await runCli(['rank', input, '--bands', '优秀:90,良好:95,差']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--bands');
    expect(r.stderr).toContain('良好');
  });

  it('warns, naming --awards, when a fixed count is larger than a category, and still ranks', async () => {
    const r = await runCli(['rank', input, '--json', '-', '--awards', '一等奖:1:优秀,二等奖:2:良好']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    const w = json.warnings.find((x: { message: string }) => x.message.includes('B类'));
    expect(w.cell).toBe('');
    expect(w.message).toContain('--awards');
    expect(json.units.map((u: { award: string | null }) => u.award)).toEqual(['一等奖', '二等奖', '一等奖']);
  });

  it('names the scheme file and the path inside it', async () => {
    const scheme = defaultScheme();
    scheme.awards = [{ kind: 'places', categories: [], tiers: [{ name: '一等奖', count: '1', minGrade: '特优' }] }];
    const file = join(work, '县区方案.json');
    writeFileSync(file, schemeToJson(scheme));
    const r = await runCli(['rank', input, '--scheme', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('县区方案.json');
    expect(r.stderr).toContain('特优');
  });
});
