import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'perf-formulas-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('formulas a file holds no result for (written by a program that does not calculate)', () => {
  it('computes the total from the components and says so, instead of calling the cell blank', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('汇总');
    ws.addRow(['单位', '指标考核(80%)', '公众评议(20%)', '总分']);
    ws.addRow(['甲', 90, 80, { formula: 'B2*0.8+C2*0.2' }]);
    ws.addRow(['乙', 85, 80, { formula: 'B3*0.8+C3*0.2', result: 84 }]);
    const input = join(work, 'f.xlsx');
    await wb.xlsx.writeFile(input);
    const r = await runCli(['rank', input, '--json', '-']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.units.map((u: { total: number }) => u.total)).toEqual([88, 84]);
    const w = json.warnings.find((x: { cell: string }) => x.cell === '汇总!D2');
    expect(w.message).toContain('公式');
    expect(w.message).not.toContain('尚未填写');
  });

  it('does not rank a unit whose only total is an uncalculated formula, and names the formula', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('汇总');
    ws.addRow(['单位', '总分']);
    ws.addRow(['甲', { formula: 'SUM(X1:X9)' }]);
    ws.addRow(['乙', 84]);
    const input = join(work, 'g.xlsx');
    await wb.xlsx.writeFile(input);
    const json = JSON.parse((await runCli(['rank', input, '--json', '-'])).stdout);
    expect(json.units[0]).toMatchObject({ name: '甲', total: null, rank: null });
    expect(json.warnings.find((x: { cell: string }) => x.cell === '汇总!B2').message).toContain('SUM(X1:X9)');
  });
});
