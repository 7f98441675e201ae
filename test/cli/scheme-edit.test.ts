import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { schemeToJson } from '../../src/engine/scheme/json';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'perf-scheme-edit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function summaryWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总');
  ws.addRow(['2025年度县区绩效考评汇总表']);
  ws.addRow(['县区', '指标考核(80%)', '公众评议(20%)']);
  ws.addRow(['东城区', 95, 90]); // 94
  ws.addRow(['西城区', 92, 88]); // 91.2
  ws.addRow(['南山县', 85, 80]); // 84
  await wb.xlsx.writeFile(path);
}

/** The clerk opens the workbook, changes one cell of the 方案 sheet next to `label`, and saves. */
async function editSchemeCell(path: string, out: string, label: string, value: number | string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('方案')!;
  let done = false;
  ws.eachRow((row) => {
    if (!done && row.getCell(1).value === label) {
      row.getCell(2).value = value;
      done = true;
    }
  });
  expect(done, `no row ${label} on 方案`).toBe(true);
  await wb.xlsx.writeFile(out);
}

const grades = (stdout: string) =>
  Object.fromEntries(JSON.parse(stdout).units.map((u: { name: string; grade: string; award: string | null }) => [u.name, [u.grade, u.award]]));

describe('a clerk’s edit on the 方案 sheet drives the one-click ranking', () => {
  it('raising 优秀 from 90 to 92 turns 西城区 (91.2) into 良好 and moves the first prize', async () => {
    const input = join(work, 'in.xlsx');
    await summaryWorkbook(input);
    const scheme = defaultScheme();
    scheme.name = '2025年度县区考评方案';
    scheme.awards = [{ kind: 'places', categories: [], tiers: [{ name: '一等奖', count: '1', minGrade: '优秀' }, { name: '二等奖', count: '1', minGrade: '优秀' }] }];
    const schemeFile = join(work, 'scheme.json');
    writeFileSync(schemeFile, schemeToJson(scheme));

    const withScheme = join(work, 'with-scheme.xlsx');
    const imported = await runCli(['scheme', 'import', schemeFile, input, '--out', withScheme]);
    expect(imported.code, imported.stderr).toBe(0);

    const before = await runCli(['rank', withScheme, '--json', '-']);
    expect(before.code, before.stderr).toBe(0);
    expect(grades(before.stdout)).toEqual({ 东城区: ['优秀', '一等奖'], 西城区: ['优秀', '二等奖'], 南山县: ['良好', null] });

    const edited = join(work, 'edited.xlsx');
    await editSchemeCell(withScheme, edited, '优秀', 92);
    const after = await runCli(['rank', edited, '--json', '-']);
    expect(after.code, after.stderr).toBe(0);
    expect(grades(after.stdout)).toEqual({ 东城区: ['优秀', '一等奖'], 西城区: ['良好', null], 南山县: ['良好', null] });
  });

  it('blocks the run and names the cell when the edit breaks the scheme', async () => {
    const input = join(work, 'in2.xlsx');
    await summaryWorkbook(input);
    const withScheme = join(work, 'with-scheme2.xlsx');
    const schemeFile = join(work, 'scheme2.json');
    writeFileSync(schemeFile, schemeToJson(defaultScheme()));
    expect((await runCli(['scheme', 'import', schemeFile, input, '--out', withScheme])).code).toBe(0);
    const edited = join(work, 'edited2.xlsx');
    await editSchemeCell(withScheme, edited, '良好', 90); // same bound as 优秀
    const out = join(work, 'never.xlsx');
    const r = await runCli(['rank', edited, '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/方案!B\d+/);
    expect(() => readFileSync(out)).toThrow();
  });
});
