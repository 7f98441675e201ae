import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankWorkbook } from '../../src/collect';
import { main } from '../../src/cli/main';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { defaultOfficeSettings } from '../../src/engine/scheme/office';
import { applyPlan, readWorkbook } from '../../src/host/xlsx';
import { schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { COUNTY_ROSTER } from '../fixtures/collect-build';
import { FIXTURES } from './run-core';

/**
 * No --into: among the files, a workbook holding only the 方案 sheet with the 单位名册. PERF
 * makes a plain summary from the roster (单位, one column per item the files name, 总分 as
 * their sum) in a copy of that workbook, and the ranking runs on it.
 */
describe('collecting without a summary', () => {
  it('creates 汇总 from the roster, fills it, and perf rank ranks it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-new-'));
    cpSync(join(FIXTURES, 'collect-county', 'files'), dir, { recursive: true });
    const roster = await applyPlan(blankWorkbook(), { sheets: [schemeToSheetPlan(defaultScheme(), { office: defaultOfficeSettings(), roster: COUNTY_ROSTER })] });
    writeFileSync(join(dir, '单位名册.xlsx'), roster.bytes);
    const out = join(mkdtempSync(join(tmpdir(), 'perf-new-out-')), '汇总.xlsx');
    const said: string[] = [];
    expect(await main(['collect', dir, '--out', out], { stdout: (s) => said.push(s), stderr: (s) => said.push(s) })).toBe(0);
    expect(said.join('\n')).toContain('（新建）');
    const sheets = await readWorkbook(new Uint8Array(readFileSync(out)));
    expect(sheets.map((s) => [s.name, s.perfKind])).toEqual([
      ['方案', 'scheme'],
      ['汇总', null],
      ['报送情况', 'collect'],
      ['PERF_RECORD', 'record'],
    ]);
    const summary = sheets.find((s) => s.name === '汇总')!.values;
    // items in the order of their names' keys (not of the files): 会风文风 among them, 得分 aside
    const header = summary[1]!;
    expect([...header].sort()).toEqual(['单位', '会风文风', '信访', '安全生产', '市长公开电话', '能力建设', '议案提案', '遵纪守法', '总分'].sort());
    expect(header[0]).toBe('单位');
    expect(header[header.length - 1]).toBe('总分');
    const row = (unit: string) => Object.fromEntries(header.map((h, i) => [h, summary.find((r) => r?.[0] === unit)![i]]));
    // hand-worked: 宁江区 1 + 1 + 0.9 + 1 + 0.95 + 0.9 + 1; 长岭县 has no clerk's 信访 now: 1 from 信访局
    expect(row('宁江区')).toMatchObject({ 遵纪守法: 1, 会风文风: 1, 议案提案: 1, 市长公开电话: 0.9, 能力建设: 0.95, '信访': 0.9, 安全生产: 1, 总分: 6.75 });
    expect(row('长岭县')).toMatchObject({ 遵纪守法: 1, 会风文风: 0.7, 议案提案: 0.8, 市长公开电话: 1, 能力建设: 0.9, '信访': 1, 安全生产: 0.95, 总分: 6.35 });
    const ranked = join(dir, '排名.xlsx');
    expect(await main(['rank', out, '--out', ranked], { stdout: () => undefined, stderr: () => undefined })).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
