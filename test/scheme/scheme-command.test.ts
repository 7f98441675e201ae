import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSchemeCommand } from '../../src/cli/scheme-command';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { schemeFromJson, schemeToJson } from '../../src/engine/scheme/json';
import { readWorkbook } from '../../src/host/xlsx';
import { schemeFromSheet } from '../../src/sheet/scheme-sheet';
import { seed002DepartmentPoints, seed002Departments } from './fixtures';

let dir: string;
let book: string;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'perf-scheme-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总');
  ws.addRow(['单位', '类别', '总分']);
  ws.addRow(['发改委', '经济调节和经济管理类', 92]);
  book = join(dir, '汇总.xlsx');
  await writeFile(book, new Uint8Array(await wb.xlsx.writeBuffer()));
});

describe('perf scheme import / export', () => {
  it('import writes the 方案 sheet with its named ranges; export reads it back to the same JSON', async () => {
    const json = join(dir, '方案.json');
    await writeFile(json, schemeToJson(seed002Departments()), 'utf8');
    const out = join(dir, '带方案.xlsx');
    const a = capture();
    expect(await runSchemeCommand(['import', json, book, '--out', out], a.io)).toBe(0);
    // Each fact once: where the sheet went, then where the file went.
    expect(a.err).toEqual(['已新建工作表“方案”。', `已写入 ${out}（原文件 ${book} 未改动；工作簿原有的公示设置和单位名册保留）`]);

    const bytes = new Uint8Array(await readFile(out));
    const sheets = await readWorkbook(bytes);
    const sheet = sheets.find((s) => s.name === '方案')!;
    expect(sheet.perfKind).toBe('scheme');
    expect(schemeFromSheet(sheet).scheme).toEqual(seed002Departments());
    const workbookXml = strFromU8(unzipSync(bytes)['xl/workbook.xml']);
    expect(workbookXml).toContain('PERF_等次表');
    expect(workbookXml).toContain('PERF_满分');

    const b = capture();
    expect(await runSchemeCommand(['export', out], b.io)).toBe(0);
    expect(b.out.join('')).toBe(schemeToJson(seed002Departments()));

    const file = join(dir, 'exported.json');
    expect(await runSchemeCommand(['export', out, '--out', file], capture().io)).toBe(0);
    expect(schemeFromJson(await readFile(file, 'utf8'))).toEqual(seed002Departments());
  });

  it('import refuses a scheme with errors, names the problem and writes nothing', async () => {
    const json = join(dir, 'bad.json');
    await writeFile(json, schemeToJson(seed002DepartmentPoints()), 'utf8');
    const out = join(dir, 'never.xlsx');
    const c = capture();
    expect(await runSchemeCommand(['import', json, book, '--out', out], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('方案文件 bad.json 中 components[1].weight “共性工作目标”的下级项目分值合计 22 分');
    expect(existsSync(out)).toBe(false);
  });

  it('export from a workbook without a 方案 sheet gives the default scheme; a missing file, --out equal to the input: Chinese errors', async () => {
    const d = capture();
    expect(await runSchemeCommand(['export', book], d.io)).toBe(0);
    expect(d.out.join('')).toBe(schemeToJson(defaultScheme()));
    expect(d.err.join('\n')).toContain('默认方案');
    await expect(runSchemeCommand(['export', join(dir, 'nope.xlsx')], capture().io)).rejects.toThrow(/找不到文件/);
    await expect(runSchemeCommand(['import', 'x.json', book, '--out', book], capture().io)).rejects.toThrow(/--out 不能与输入文件相同/);
    await expect(runSchemeCommand(['import', 'x.json', book], capture().io)).rejects.toThrow(/需要 --out/);
    await expect(runSchemeCommand(['publish'], capture().io)).rejects.toThrow(/未知的 scheme 子命令“publish”/);
  });

  it("export refuses a clerk's 方案 sheet with errors, naming the cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('方案');
    ws.addRow(['三、等次']);
    ws.addRow(['等次', '下限（含）', '上限（不含）']);
    ws.addRow(['优秀', 90]);
    ws.addRow(['良好', '八十']);
    ws.addRow(['较差', null]);
    const file = join(dir, 'clerk.xlsx');
    await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const c = capture();
    expect(await runSchemeCommand(['export', file], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('方案!B4 等次“良好”的下限 “八十” 不是数字');
    expect(c.out).toEqual([]);
  });
});
