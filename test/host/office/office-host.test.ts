import { beforeAll, describe, expect, it } from 'vitest';
import { describeSupport, detectSupport, isCellEditError, OfficeWorkbook, type OfficeApis } from '../../../src/host/office';
import type { PlanCell, SheetPlan } from '../../../src/sheet/plan';
import { fullPlan, rankingSheet, trimValues } from '../helpers/plans';
import { clerkWorkbook } from '../helpers/workbooks';
import { featureSheet } from '../contract/feature-plans';
import { fromXlsx } from './double-from-xlsx';
import { PAYLOAD_LIMIT, type ExcelDouble } from './excel-double';
import { officeHostOver } from './office-view';

let clerk: Uint8Array;
beforeAll(async () => {
  clerk = await clerkWorkbook();
});

async function setUp(sets?: Record<string, string>) {
  const double = await fromXlsx(clerk, sets ? { sets } : undefined);
  return { double, host: officeHostOver(double) };
}

function units(n: number): [string, number, string][] {
  return Array.from({ length: n }, (_, i) => [`第${i + 1}考评单位`, 100 - (i % 400) / 10, i % 3 ? '良好' : '优秀']);
}

const calls = (double: ExcelDouble) => double.runs.flatMap((r) => [...r.calls]);

describe('Office.js host: requests', () => {
  it('applies the full plan in 4 requests plus one per value block, and reads it back in 3', async () => {
    const { double, host } = await setUp();
    await host.apply(fullPlan());
    // worksheets and names; each sheet's mark, protection and used range; adding the sheets; one block per sheet (3); looks and the rest
    expect(double.syncs).toHaveLength(7);
    const before = double.syncs.length;
    await host.readSheets();
    // the sheet list; each sheet's details and merges; all values together (a few hundred cells)
    expect(double.syncsSince(before)).toHaveLength(3);
    expect(double.syncs.every((s) => !s.error)).toBe(true);
  });

  it.each([10, 10_000, 100_000])('keeps every request of a %i-row ranking under 5 MB, one request a value block', async (n) => {
    const { double, host } = await setUp();
    const sheet = rankingSheet(units(n));
    await host.apply({ sheets: [sheet] });
    const writes = double.syncs.filter((s) => s.calls['Range.values=']);
    expect(Math.max(...double.syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT);
    // each block is one request; only the blocks, the two reads, the sheet set-up and the layout
    expect(double.syncs.length).toBe(writes.length + 4);
    expect(writes.every((s) => s.calls['Range.values='] === 1 && s.calculationSuspended)).toBe(true);
    if (n === 100_000) expect(writes.length).toBeGreaterThan(1);
    const read = (await host.readSheets()).find((s) => s.name === '排名(2)')!;
    // 3 rows of title/header, then the units: the last one where the plan put it
    expect(read.values[n + 2]?.[1]).toBe(`第${n}考评单位`);
    expect(Math.max(...double.syncs.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
  });

  it('reads a table with a stray cell far away as the table and the cell, not the blanks between', async () => {
    const { double, host } = await setUp();
    const sheet = double.addSheet('远处', [['单位', '总分'], ['东城区', 90], ['西城区', '=B2-5']]);
    sheet.cells[1_000_000] = [];
    sheet.cells[1_000_000][16_000] = { value: '备注' };
    const before = double.syncs.length;
    const read = (await host.readSheets()).find((s) => s.name === '远处')!;
    expect(read.values[1]).toEqual(['东城区', 90]);
    expect(read.values[1_000_000][16_000]).toBe('备注');
    // the sheets; their details; where the values are; the values
    expect(double.syncsSince(before)).toHaveLength(4);
    expect(Math.max(...double.syncsSince(before).map((s) => s.cellsRead))).toBeLessThan(100);
  });

  it('reads a sheet of long texts in smaller blocks when an answer would pass 5 MB', async () => {
    const { double, host } = await setUp();
    const long = '本单位在年度考核中各项指标完成情况良好，群众满意度较高，但仍有部分工作需要加强。'.repeat(2);
    double.addSheet('说明', Array.from({ length: 50_000 }, (_, i) => [i + 1, long]));
    const before = double.syncs.length;
    const sheets = await host.readSheets();
    const failed = double.syncsSince(before).filter((s) => s.error === 'ResponsePayloadSizeLimitExceeded');
    expect(failed.length).toBeGreaterThan(0);
    const notes = sheets.find((s) => s.name === '说明')!;
    expect(notes.values[49_999]).toEqual([50_000, long]);
    expect(Object.keys(notes.values)).toHaveLength(50_000);
  });
});

describe('Office.js host: editing a clerk\'s sheet in place', () => {
  it('writes a new column of 10,000 formulas in a few requests, each cell checked empty first', async () => {
    const { double, host } = await setUp();
    double.addSheet('考评', [['单位', '得分', '备注'], ...Array.from({ length: 10_000 }, (_, i) => [`单位${i + 1}`, 60 + (i % 40), ''])]);
    const before = double.syncs.length;
    const write = Array.from({ length: 10_000 }, (_, i) => ({ row: i + 1, column: 3, value: null, formula: `B${i + 2}*2`, lookLike: { row: i + 1, column: 1 } }));
    const report = await host.apply({ sheets: [], edits: [{ sheet: '考评', write: [{ row: 0, column: 3, value: '加倍', lookLike: { row: 0, column: 1 } }, ...write] }] });
    expect(report.edited?.[0].written).toHaveLength(10_001);
    // the sheets; their details; the cells to write, read; the writes
    expect(double.syncsSince(before)).toHaveLength(4);
    expect(double.sheet('考评').cells[10_000][3]?.formula).toBe('B10001*2');
    expect(double.sheet('考评').cells[0][3]?.value).toBe('加倍');
  });
});

describe('Office.js host: PERF\'s sheets are cleared and rewritten, never deleted', () => {
  it('rewrites 排名(2) in place on a second run: nothing of the longer first run is left, the mark stays', async () => {
    const { double, host } = await setUp();
    await host.apply({ sheets: [rankingSheet(units(30))] });
    const id = double.sheet('排名(2)').id;
    const report = await host.apply({ sheets: [{ ...featureSheet('排名'), freeze: null, pageBreaks: [], conditionalFormats: [] }] });
    expect(report.written).toEqual([{ planned: '排名', actual: '排名(2)', action: 'replaced' }]);
    const sheet = double.sheet('排名(2)');
    expect(sheet.id).toBe(id);
    expect(calls(double)).not.toContain('Worksheet.delete');
    // the first run's 30 units and scheme line are gone, its merges and widths too
    expect(trimValues(double.valuesOf('排名(2)'))).toHaveLength(7);
    expect(sheet.merges.map((m) => [m.top, m.left, m.bottom, m.right])).toEqual([[0, 0, 0, 4]]);
    expect(sheet.freeze).toBeNull();
    expect(sheet.names.map((n) => [n.name, n.formula])).toEqual([['PERF_SHEET', '="ranking"']]);
    // the clerk's own 排名 is as it was
    expect(double.valuesOf('排名')).toEqual([['这是科员自己做的排名表，不能被覆盖'], [null, 42]]);
  });

  it('unprotects a sheet PERF protected, and says in Chinese when a password stops it', async () => {
    const { double, host } = await setUp();
    await host.apply({ sheets: [featureSheet()] });
    await host.apply({ sheets: [featureSheet()] });
    expect(double.sheet('考评表').protection.protected).toBe(true);
    double.sheet('考评表').protection.password = 'clerk';
    await expect(host.apply({ sheets: [featureSheet()] })).rejects.toThrow(/工作表“考评表”受保护（设有密码），PERF 无法清空后重写。请在“审阅 → 撤销工作表保护”/);
  });

  it('refuses to add sheets to a workbook whose structure is protected, before writing anything', async () => {
    const { double, host } = await setUp();
    double.structureProtected = true;
    await expect(host.apply(fullPlan())).rejects.toThrow('本工作簿的结构受保护（审阅 → 保护工作簿），PERF 不能在其中新建工作表。请先撤销工作簿保护，再重新运行。');
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['汇总', '排名', 'Data']);
    expect(calls(double).filter((c) => !c.endsWith('.load') && !c.endsWith('.resolve'))).toEqual([]);
  });

  it('keeps text as text: numbers, dates, formulas and booleans typed as text stay the same text', async () => {
    const { host } = await setUp();
    const texts = ['001', '=1+1', 'TRUE', '2024-01-01', '50%', '-3', "'引号", '+86 10', '1/2', 'Mar 5', '东城区'];
    const sheet: SheetPlan = { ...rankingSheet([]), name: '文本', rows: [texts.map((value): PlanCell => ({ value, style: 'text' }))], merges: [] };
    await host.apply({ sheets: [sheet] });
    const read = (await host.readSheets()).find((s) => s.name === '文本')!;
    expect(read.values[0]).toEqual(texts);
  });
});

describe('Office.js host: undo and cell editing', () => {
  it('writes in one undo group where Excel has it, with visibility in a run of its own', async () => {
    const { double, host } = await setUp();
    await host.apply({ ...fullPlan(), record: [{ sheet: '汇总', cell: 'E3', what: 'formula', formula: 'PERF.WEIGHTED(B3:C3,B$2:C$2)' }] });
    const grouped = double.runs.filter((r) => r.options.mergeUndoGroup);
    expect(grouped).toHaveLength(1);
    expect([...grouped[0].calls]).toContain('Range.values=');
    expect([...grouped[0].calls].filter((c) => /^Worksheet\.(visibility|name|position)=|delete/.test(c))).toEqual([]);
    const hidden = double.runs.filter((r) => r.calls.has('Worksheet.visibility='));
    expect(hidden).toHaveLength(1);
    expect(hidden[0].options.mergeUndoGroup).toBeFalsy();
    expect(double.sheet('PERF_RECORD').visibility).toBe('VeryHidden');
    expect(double.runs.every((r) => r.options.delayForCellEdit)).toBe(true);
  });

  it('writes again without the group when Excel cannot group a call, ending as if grouped', async () => {
    const { double, host } = await setUp();
    double.failOn('UndoNotSupported', 'WorksheetCollection.add');
    const report = await host.apply(fullPlan());
    expect(double.runs.map((r) => Boolean(r.options.mergeUndoGroup))).toEqual([true, false]);
    expect(report.written.map((w) => [w.actual, w.action])).toEqual([
      ['排名(2)', 'created'],
      ['表彰名单', 'created'],
      ['方案', 'created'],
    ]);
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['汇总', '排名', 'Data', '排名(2)', '表彰名单', '方案']);
  });

  it('does not ask for an undo group before ExcelApi 1.20', async () => {
    const { double, host } = await setUp({ ExcelApi: '1.14' });
    await host.apply(fullPlan());
    expect(double.runs.some((r) => 'mergeUndoGroup' in r.options)).toBe(false);
  });

  it('waits while the clerk edits a cell and writes when the edit ends', async () => {
    const { double, host } = await setUp();
    double.editing = true;
    const applying = host.apply(fullPlan());
    await new Promise((r) => setTimeout(r, 10));
    expect(double.waitingForEdit).toBe(1);
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['汇总', '排名', 'Data']);
    double.endCellEdit();
    await applying;
    expect(double.workbook.sheets.map((s) => s.name)).toContain('表彰名单');
  });

  it('turns Office errors into Chinese messages', async () => {
    const { double, host } = await setUp();
    double.failOn('InvalidOperationInCellEditMode');
    const editing = await host.readSheets().catch((e) => e);
    expect(editing.message).toMatch(/^请先结束单元格编辑：Excel 正在编辑一个单元格，PERF 无法读取工作表。请按 Enter 键/);
    expect(isCellEditError(editing)).toBe(true);
    double.failOn('ItemNotFound', 'Range.values=');
    await expect(host.apply(fullPlan())).rejects.toThrow(/^PERF 写入结果时找不到要用的工作表或区域.*（Excel 错误：ItemNotFound）$/);
    double.failOn('RequestPayloadSizeLimitExceeded');
    await expect(host.apply(fullPlan())).rejects.toThrow(/超过了网页版 Excel 每次 5 MB 的限制/);
    double.failOn('SomethingNew');
    await expect(host.readSheets()).rejects.toThrow(/PERF 读取工作表时 Excel 报告了错误，未能完成。.*（Excel 错误：SomethingNew）/);
  });
});

describe('Office.js host: requirement sets', () => {
  it('writes without print set-up on ExcelApi 1.8 and says so, calling nothing Excel lacks', async () => {
    const { double, host } = await setUp({ ExcelApi: '1.8', SharedRuntime: '1.1' });
    const report = await host.apply(fullPlan());
    expect(double.syncs.filter((s) => s.error)).toEqual([]);
    expect(report.messages).toContain('当前 Excel 不支持打印设置（ExcelApi 1.9），工作表“排名(2)”没有设置 A4、缩放和页脚，请在“页面布局”中手动设置。');
    expect(double.sheet('排名(2)').freeze).toEqual({ rows: 3, columns: 0 });
    expect(double.sheet('排名(2)').pageLayout.orientation).toBe('Portrait');
  });

  it('refuses in Chinese, calling nothing, where Excel is too old to read sheets by index (before ExcelApi 1.7)', async () => {
    const { double, host } = await setUp({ ExcelApi: '1.6', SharedRuntime: '1.1' });
    await expect(host.readSheets()).rejects.toThrow('当前 Excel 版本过旧（不支持 ExcelApi 1.7），PERF 无法读取工作表。请使用 Excel 2021、Microsoft 365 或网页版 Excel，或改用浏览器版 PERF。');
    expect(double.runs).toEqual([]);
  });

  it('tells the pane in plain Chinese what works on Excel 2019 and what does not', () => {
    const excel2019 = detectSupport({ isSetSupported: (name, v) => name === 'ExcelApi' && ['1.1', '1.4', '1.6', '1.7'].includes(v ?? '1.1') });
    expect(excel2019).toMatchObject({ baseline: false, freeze: true, print: false, undoGroup: false });
    const said = describeSupport(excel2019);
    expect(said.works).toContain('冻结表头');
    expect(said.missing).toContain('PERF 函数和功能区“一键排名”按钮不可用（需要 Excel 2021 或更新版本）');
    expect(said.advice).toMatch(/Excel 2016\/2019 和 WPS 请改用浏览器版 PERF/);
    const excel365 = describeSupport(detectSupport({ isSetSupported: () => true }));
    expect(excel365.missing).toEqual([]);
    expect(excel365.advice).toBeNull();
  });
});

