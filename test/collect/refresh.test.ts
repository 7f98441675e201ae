import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/host/xlsx';
import { readRecord } from '../../src/sheet/write/record';
import { workbook } from '../fixtures/collect-build';
import { reportView } from './report-view';
import { FIXTURES } from './run-core';

/**
 * A second round on the collected summary: 信访局 sends a corrected file (宁江区 0.9 → 0.95,
 * 长岭县 1 → 0.85). PERF filled 汇总!H4 the first time; 长岭县's H6 (0.9) the clerk typed.
 */
async function secondRound(extra: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'perf-refresh-'));
  cpSync(join(FIXTURES, 'collect-county', 'files'), join(dir, 'files'), { recursive: true });
  const first = join(dir, '第一轮.xlsx');
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  expect(await main(['collect', join(dir, 'files'), '--into', join(FIXTURES, 'collect-county', 'summary.xlsx'), '--out', first], quiet)).toBe(0);
  const corrected = await workbook([{ name: 'Sheet1', rows: [['单位', '信访(1分)'], ['宁江区', 0.95], ['前郭县', 1], ['长岭县', 0.85], ['乾安县', 0.95], ['扶余市', 0.9]] }], new Date(Date.UTC(2026, 0, 9)));
  writeFileSync(join(dir, 'files', '信访局-信访.xlsx'), corrected);
  const second = join(dir, '第二轮.xlsx');
  expect(await main(['collect', join(dir, 'files'), '--into', first, '--out', second, ...extra], quiet)).toBe(0);
  return readWorkbook(new Uint8Array(readFileSync(second)));
}

const at = (sheets: Awaited<ReturnType<typeof readWorkbook>>, ref: [number, number]) => sheets.find((s) => s.name === '汇总')!.values[ref[0]]![ref[1]];

describe('collecting again into a summary PERF filled before', () => {
  it('keeps every filled cell without --refresh, and says --refresh would take the new value', async () => {
    const sheets = await secondRound([]);
    expect(at(sheets, [3, 7])).toBe(0.9);
    const kept = reportView(sheets).problems.find((p) => p.cell === 'Sheet1!B2')!;
    expect(kept.message).toContain('已有 0.9');
    expect(kept.message).toContain('--refresh');
  });

  it('with --refresh replaces what PERF filled (saying where from), never what the clerk typed', async () => {
    const sheets = await secondRound(['--refresh']);
    expect(at(sheets, [3, 7])).toBe(0.95);
    // H6 was the clerk's 0.9: kept, even with --refresh
    expect(at(sheets, [5, 7])).toBe(0.9);
    const h6 = reportView(sheets).problems.find((p) => p.message.includes('汇总!H6'))!;
    expect(h6.message).toContain('PERF 只填空白单元格');
    expect(readRecord(sheets).find((e) => e.cell === 'H4')).toMatchObject({ what: 'filled', value: 0.95, source: '来自 信访局-信访.xlsx / Sheet1!B2' });
    // the first round's other entries are still in the record
    expect(readRecord(sheets).filter((e) => e.what === 'filled')).toHaveLength(34);
  });
});
