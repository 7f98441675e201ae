import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/host/xlsx';
import type { WritePlan } from '../../src/sheet/plan';
import { readRecord } from '../../src/sheet/write/record';
import { proposeApply, proposeUndo } from '../../src/workflow/apply';
import { dumpSheet, sheetList } from './cells';

/**
 * Two applications (套用) on test/fixtures/apply-summary-empty (README: the 19 cells): the first
 * fills M, N, O; the clerk then clears N3 (PERF's grade there) and 套用 again, which adds N3
 * alone. 撤销本次套用 takes back one application at a time, the latest first.
 */
const SHEET = '综合评估汇总';
const FIRST = new Date(2026, 0, 5, 9, 30, 0);
const SECOND = new Date(2026, 0, 6, 14, 5, 9);
const input = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'apply-summary-empty', 'input.xlsx')));

async function applyOnce(bytes: Uint8Array, now: Date, change?: (plan: WritePlan) => void): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.open(bytes);
  const outcome = proposeApply(await wb.readSheets(), { sheet: SHEET, now });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  change?.(outcome.plan);
  await wb.apply(outcome.plan);
  return wb.toBytes();
}

async function undoOnce(bytes: Uint8Array, batch?: string) {
  const wb = await XlsxWorkbook.open(bytes);
  const undo = proposeUndo(await wb.readSheets(), { batch });
  if (!undo.ok) throw new Error(undo.problems.map((p) => p.message).join('\n'));
  const report = await wb.apply(undo.plan);
  return { undo, report, bytes: await wb.toBytes() };
}

const record = async (bytes: Uint8Array) => readRecord(await (await XlsxWorkbook.open(bytes)).readSheets());

describe('撤销本次套用 takes back one application at a time', () => {
  let once: Uint8Array;
  let twice: Uint8Array;
  beforeAll(async () => {
    once = await applyOnce(input, FIRST);
    // the clerk clears PERF's grade in N3 (played as a clear the record does not know of)
    const wb = await XlsxWorkbook.open(once);
    const n3 = (await record(once)).find((e) => e.cell === 'N3')!;
    await wb.apply({ sheets: [], edits: [{ sheet: SHEET, clear: [{ row: 2, column: 13, formula: n3.formula! }] }] });
    twice = await applyOnce(await wb.toBytes(), SECOND);
  });

  it('a second 套用 straight after the first adds nothing: PERF’s formulas that show blank (金沙县, row 9) count as filled', async () => {
    const outcome = proposeApply(await (await XlsxWorkbook.open(once)).readSheets(), { sheet: SHEET });
    expect(outcome.ok && outcome.proposal.cells).toEqual([]);
  });

  it('names each application in the record by its time and what it added', async () => {
    const entries = await record(twice);
    expect(entries).toHaveLength(19);
    expect(entries.find((e) => e.cell === 'N3')!.batch).toBe('2026-01-06 14:05:09 综合评估汇总：等次');
    expect(entries.filter((e) => e.batch === '2026-01-05 09:30:00 综合评估汇总：总分、等次、排名')).toHaveLength(18);
  });

  it('by default takes back the latest (N3 alone), then the first (the other 18); the sheet and workbook end as before', async () => {
    const latest = await undoOnce(twice);
    expect(latest.undo.ok && latest.undo.application.label).toBe('2026-01-06 14:05:09 综合评估汇总：等次');
    expect(latest.report.edited![0]!.cleared).toEqual(['N3']);
    expect(latest.undo.ok && latest.undo.remaining.map((a) => [a.label, a.cells.length])).toEqual([['2026-01-05 09:30:00 综合评估汇总：总分、等次、排名', 18]]);
    expect(dumpSheet(latest.bytes, SHEET).cells.get('N3')?.value ?? null).toBeNull();
    expect(dumpSheet(latest.bytes, SHEET).cells.get('M3')!.value).toBe('90');
    const first = await undoOnce(latest.bytes);
    expect(first.report.edited![0]!.cleared).toHaveLength(18);
    expect(dumpSheet(first.bytes, SHEET).cells).toEqual(dumpSheet(input, SHEET).cells);
    expect(dumpSheet(first.bytes, SHEET).dimension).toBe(dumpSheet(input, SHEET).dimension);
    expect(sheetList(first.bytes)).toEqual(sheetList(input));
  });

  it('takes back an earlier one when chosen (by number or time), and says which later formulas used its cells', async () => {
    const earlier = await undoOnce(twice, '2');
    if (!earlier.undo.ok) throw new Error();
    expect(earlier.undo.application.label).toBe('2026-01-05 09:30:00 综合评估汇总：总分、等次、排名');
    expect(earlier.report.edited![0]!.cleared).toHaveLength(18);
    expect(earlier.report.edited![0]!.cleared).not.toContain('N3');
    // N3's grade reads M3, which the first application added
    expect(earlier.undo.notes).toEqual([expect.stringMatching(/^较晚的套用“2026-01-06 14:05:09 综合评估汇总：等次”中 N3 的公式用到了撤销的单元格/)]);
    expect((await record(earlier.bytes)).map((e) => e.cell)).toEqual(['N3']);
    const byTime = await undoOnce(twice, '2026-01-05 09:30');
    expect(byTime.undo.ok && byTime.undo.application.label).toBe('2026-01-05 09:30:00 综合评估汇总：总分、等次、排名');
    const wb = await XlsxWorkbook.open(twice);
    const unknown = proposeUndo(await wb.readSheets(), { batch: '2025-12' });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.problems[0]!.message).toMatch(/没有找到要撤销的套用“2025-12”[\s\S]*1\. 2026-01-06 14:05:09[\s\S]*2\. 2026-01-05 09:30:00/);
  });

  it('a record written before applications were named is taken back as before: every cell 套用 added to the sheet', async () => {
    const old = await applyOnce(input, FIRST, (plan) => plan.record!.forEach((e) => delete e.batch));
    expect((await record(old)).every((e) => e.batch === undefined)).toBe(true);
    const back = await undoOnce(old);
    expect(back.undo.ok && back.undo.application.label).toBe('较早的套用（工作表“综合评估汇总”，记录中没有时间）');
    expect(back.report.edited![0]!.cleared).toHaveLength(19);
    expect(dumpSheet(back.bytes, SHEET).cells).toEqual(dumpSheet(input, SHEET).cells);
  });
});

describe('the emptied PERF_RECORD taken out from between other sheets', () => {
  it('keeps every later sheet’s own names (print titles, PERF’s mark) on that sheet', async () => {
    // 套用, then the one-click ranking adds 排名, 表彰名单, 核对 after PERF_RECORD; then 撤销本次套用
    const wb = await XlsxWorkbook.open(await applyOnce(input, FIRST));
    const { runRanking } = await import('../../src/workflow/rank');
    const ranked = runRanking(await wb.readSheets(), { sheet: SHEET, now: new Date(Date.UTC(2026, 0, 5)) });
    if (!ranked.ok) throw new Error(ranked.problems.map((p) => p.message).join('\n'));
    await wb.apply(ranked.plan);
    const before = sheetList(await wb.toBytes()).sheets;
    expect(before.indexOf('PERF_RECORD (veryHidden)')).toBeLessThan(before.indexOf('排名'));
    const localNames = async (bytes: Uint8Array) => {
      const { strFromU8, unzipSync } = await import('fflate');
      const xml = strFromU8(unzipSync(bytes)['xl/workbook.xml']!);
      const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      return [...xml.matchAll(/<definedName [^>]*name="([^"]+)"[^>]*localSheetId="(\d+)"[^>]*>([^<]*)</g)].map((m) => `${sheets[Number(m[2])]} ${m[1]} ${m[3]}`).sort();
    };
    const namesBefore = (await localNames(await wb.toBytes())).filter((n) => !n.startsWith('PERF_RECORD '));
    const undo = proposeUndo(await wb.readSheets());
    if (!undo.ok) throw new Error(undo.problems.map((p) => p.message).join('\n'));
    await wb.apply(undo.plan);
    const after = await wb.toBytes();
    expect(sheetList(after).sheets).toEqual(before.filter((s) => s !== 'PERF_RECORD (veryHidden)'));
    expect(await localNames(after)).toEqual(namesBefore);
    expect(namesBefore.some((n) => n.startsWith('排名 _xlnm.Print_Titles'))).toBe(true);
  });
});
