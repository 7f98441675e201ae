import { describe, expect, it } from 'vitest';
import { ExcelDouble } from './excel-double';

/** The double behaves like Office.js where PERF's code could go wrong. */
describe('the Excel double', () => {
  it('queues calls until sync and refuses to read what was not loaded and synced', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('汇总', [['单位', '总分'], ['东城区', 90]]);
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('汇总').getRange('B2');
      range.values = [[95]];
      expect(excel.valuesOf('汇总')[1][1]).toBe(90);
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values).toEqual([[95]]);
    });
    expect(excel.syncs).toHaveLength(1);
  });

  it('tells isNullObject only after a sync, and fails a missing getItem with ItemNotFound', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('汇总');
    await excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('排名');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem('排名').getRange('A1').values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('refuses a request over 5 MB whole, and counts request sizes', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('S');
    const big = Array.from({ length: 100_000 }, (_, i) => [`第${i}行的一段较长的中文说明文字，用来撑大请求`]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A100000').values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(excel.valuesOf('S')).toEqual([]);
  });

  it('refuses a wrongly sized 2-D array', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('S');
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('enters text as Excel does: formulas, numbers from digits, an apostrophe keeps text', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('S');
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:E1').values = [['001', "'001", '=B1', 'TRUE', '东城区']];
      await ctx.sync();
    });
    const cells = excel.sheet('S').cells[0];
    expect(cells.map((c) => c?.value)).toEqual([1, '001', null, true, '东城区']);
    expect(cells[2]?.formula).toBe('B1');
  });

  it('fails in cell-edit mode unless the run waits for the edit to end', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('S');
    excel.editing = true;
    await expect(excel.run(async (ctx) => ctx.sync())).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    const waiting = excel.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
      await ctx.sync();
      return 'done';
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(excel.waitingForEdit).toBe(1);
    excel.endCellEdit();
    await expect(waiting).resolves.toBe('done');
  });

  it('raises an injected error at the named call, keeping what came before it', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('S');
    excel.failOn('ItemNotFound', 'Range.merge');
    await excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      s.getRange('A1').values = [['标题']];
      s.getRange('A1:C1').merge();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(excel.valuesOf('S')).toEqual([['标题']]);
    expect(excel.sheet('S').merges).toEqual([]);
  });

  it('fails calls of a requirement set the host does not have with ApiNotFound', async () => {
    const excel = new ExcelDouble({ sets: { ExcelApi: '1.8' } });
    excel.addSheet('S');
    expect(excel.office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(excel.office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape';
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  it("fires onChanged for the add-in's writes and for the clerk's edits, telling them apart", async () => {
    const excel = new ExcelDouble();
    excel.addSheet('汇总');
    const seen: unknown[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('汇总').onChanged.add((e) => void seen.push([e.address, e.triggerSource]));
      await ctx.sync();
      ctx.workbook.worksheets.getItem('汇总').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    excel.userEdits('汇总', 'B3', [[95]]);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([
      ['A1', 'ThisLocalAddin'],
      ['B3', 'Unknown'],
    ]);
  });

  it('shows #NAME? for PERF formulas unless told how to calculate, and copies a sheet beside itself', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('汇总', [['总分', '等次'], [95, '=PERF.GRADE(A2)'], [80, '=_xldudf_PERF_GRADE(A3)']]);
    expect(excel.valuesOf('汇总').map((r) => r[1])).toEqual(['等次', '#NAME?', '#NAME?']);
    await excel.run(async (ctx) => {
      const copy = ctx.workbook.worksheets.getItem('汇总').copy('After').load('name');
      await ctx.sync();
      expect(copy.name).toBe('汇总 (2)');
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['汇总', '汇总 (2)']);
    expect(excel.sheet('汇总 (2)').cells[1][1]?.formula).toBe('PERF.GRADE(A2)');
  });
});
