import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NODE_ZIP } from '../../src/cli/node-zip';
import { PerfError } from '../../src/engine/errors';
import { readWorkbook, XlsxWorkbook } from '../../src/host/xlsx';
import { inflateWithin } from '../../src/host/xlsx/zip-read';
import { chooseSummarySheet } from '../../src/sheet/table';
import { deflateBomb, oneSheetWorkbook, summarySheetXml, workbookParts, workbookWithSheetData, rawZip } from './helpers/hostile';

async function failure(p: Promise<unknown>): Promise<PerfError> {
  try {
    await p;
  } catch (e) {
    return e as PerfError;
  }
  throw new Error('expected a failure');
}

describe('a sheet with one stray cell at XFD1048576', () => {
  const bytes = oneSheetWorkbook(summarySheetXml('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'));

  it('reads with room for the cells that hold values only', async () => {
    const [sheet] = await readWorkbook(bytes);
    expect(sheet.values.length).toBe(1_048_576);
    expect(Object.keys(sheet.values)).toHaveLength(14);
    const last = sheet.values[1_048_575];
    expect(last.length).toBe(16_384);
    expect(Object.keys(last)).toEqual(['16383']);
    expect(last[16_383]).toBe('x');
  });

  it('still gives the summary table, with its 12 units', async () => {
    const sheets = await readWorkbook(bytes);
    const { table } = chooseSummarySheet(sheets);
    expect(table.rows.map((r) => r.row)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(table.columns.slice(0, 3).map((c) => c.role)).toEqual(['unit', 'component', 'component']);
    // the table is as wide as its header, not as the stray cell
    expect(Math.max(...table.rows.map((r) => r.cells.length))).toBe(3);
  });
});

describe('cell references past Excel\'s grid', () => {
  it.each([
    ['a row past 1,048,576', '<row r="4294967296"><c r="A4294967296"><v>1</v></c></row>', 'A4294967296'],
    ['a column past XFD', '<row r="2"><c r="XFE2"><v>1</v></c></row>', 'XFE2'],
    ['a cell without a reference in a row past the grid', '<row r="1048577"><c><v>1</v></c></row>', 'A1048577'],
  ])('%s is refused in Chinese, naming the part and the cell', async (_what, extra, cell) => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${extra}</sheetData></worksheet>`;
    const e = await failure(readWorkbook(oneSheetWorkbook(xml), '坏表.xlsx'));
    expect(e).toBeInstanceOf(PerfError);
    expect(e.message).toContain('xl/worksheets/sheet1.xml');
    expect(e.message).toContain(cell);
    expect(e.message).toContain('超出了 Excel 的表格范围');
  });

  it('a merge past the grid is refused too', async () => {
    const xml = summarySheetXml().replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFE1"/></mergeCells>');
    const e = await failure(readWorkbook(oneSheetWorkbook(xml)));
    expect(e.message).toContain('A1:XFE1');
  });
});

describe('limits on what PERF inflates', () => {
  it('refuses a small file whose sheet inflates to 630 MB, though its zip declares 1000 bytes', async () => {
    const bomb = deflateBomb(630 * 1024 * 1024);
    const bytes = workbookWithSheetData(bomb);
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    const e = await failure(readWorkbook(bytes, '汇总.xlsx'));
    expect(e).toBeInstanceOf(PerfError);
    expect(e.message).toContain('xl/worksheets/sheet1.xml');
    expect(e.message).toContain('256 MiB');
    expect(e.message).toContain('docs/limits.md');
  });

  it("refuses it with the command line's inflater too, whether its zip declares 1000 bytes or 4 GB", async () => {
    const bomb = deflateBomb(630 * 1024 * 1024);
    for (const declaredSize of [1000, 0xfffffff0]) {
      const parts = workbookParts('');
      const bytes = rawZip(
        Object.entries(parts).map(([name, data]) =>
          name === 'xl/worksheets/sheet1.xml' ? { name, data: bomb, method: 8 as const, declaredSize } : { name, data, method: 0 as const, declaredSize: data.length },
        ),
      );
      const e = await failure(XlsxWorkbook.open(bytes, '汇总.xlsx', { codec: NODE_ZIP }));
      expect(e).toBeInstanceOf(PerfError);
      expect(e.message).toContain('xl/worksheets/sheet1.xml');
      expect(e.message).toContain('256 MiB');
    }
  });

  it('refuses when all parts together pass the total limit', async () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(32);
    const parts = { ...workbookParts(summarySheetXml()), 'xl/a.bin': big, 'xl/b.bin': big };
    const zipped = rawZip(Object.entries(parts).map(([name, data]) => ({ name, data: deflateSync(data), method: 8, declaredSize: data.length })));
    const limits = { perPart: 4 * 1024 * 1024, total: 5 * 1024 * 1024 };
    const e = await failure(XlsxWorkbook.open(zipped, '汇总.xlsx', { limits }));
    expect(e.message).toContain('全部部件合计');
    expect(e.message).toContain('5 MiB');
    await expect(XlsxWorkbook.open(zipped, '汇总.xlsx', { limits: { perPart: 4 * 1024 * 1024, total: 7 * 1024 * 1024 } })).resolves.toBeDefined();
  });

  it('inflates in slices with pauses between, as in a browser, to the same bytes', async () => {
    const sheet = new TextEncoder().encode(summarySheetXml('<row r="20"><c><v>1</v></c></row>'.repeat(100_000)));
    const zipped = rawZip([{ name: 'a.xml', data: deflateSync(sheet, { level: 0 }), method: 8, declaredSize: 1 }]);
    let pauses = 0;
    const out = await inflateWithin(zipped, { pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(0);
    expect(Buffer.from(out['a.xml']).equals(Buffer.from(sheet))).toBe(true);
  });
});
