import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NODE_ZIP } from '../../src/cli/node-zip';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { PIECE_BYTES } from '../../src/host/xlsx/part-deflater';
import type { ZipCodec } from '../../src/host/xlsx/zip-codec';
import { compactSheet } from '../../src/sheet/plan-blocks';
import { hasSoffice, recalculated, sheetOf } from '../templates/libreoffice-recalc';
import { rankingSheet } from './helpers/plans';
import { clerkWorkbook } from './helpers/workbooks';

/** A score of two decimals, as PERF writes them (the double nearest 60.00 … 99.99). */
const score = (i: number) => (6000 + (i % 4000)) / 100;

/** A sheet of `n` units as one block: well over the size the writer compresses as it goes. */
function bigSheet(n: number) {
  const { rows, ...layout } = rankingSheet([], '大表');
  return compactSheet(layout, rows.slice(0, 3), [
    {
      top: 3,
      rowCount: n,
      columns: [
        { style: 'integer', values: Array.from({ length: n }, (_, i) => i + 1) },
        { style: 'text', values: Array.from({ length: n }, (_, i) => `单位${String(i).padStart(6, '0')}`) },
        { style: 'number', numFmt: '0.00', values: Float64Array.from({ length: n }, (_, i) => score(i)) },
      ],
    },
  ]);
}

const codecs: [string, ZipCodec | undefined][] = [
  ['fflate (the browser)', undefined],
  ["Node's zlib (the command line)", NODE_ZIP],
];

describe.each(codecs)('a big sheet PERF writes, with %s', (_what, codec) => {
  const n = 30_000;
  const written = async () => {
    const workbook = await XlsxWorkbook.open(await clerkWorkbook(), 'clerk.xlsx', codec ? { codec } : {});
    await workbook.apply({ sheets: [bigSheet(n)] });
    return workbook;
  };

  it('is compressed as it is written, in several pieces, and reads back, in the same session and from the file, unit for unit', async () => {
    const workbook = await written();
    const again = (await workbook.readSheets()).find((s) => s.name === '大表')!;
    expect(again.values.length).toBe(n + 3);
    expect(again.values[3]).toEqual([1, '单位000000', 60]);
    expect(again.values[n + 2]).toEqual([n, `单位${String(n - 1).padStart(6, '0')}`, score(n - 1)]);
    const bytes = await workbook.toBytes();
    const parts = unzipSync(bytes);
    const part = Object.entries(parts).find(([, b]) => new TextDecoder().decode(b).includes('单位029999'))!;
    expect(part[1].length).toBeGreaterThan(PIECE_BYTES);
    const reopened = (await (await XlsxWorkbook.open(bytes, 'out.xlsx')).readSheets()).find((s) => s.name === '大表')!;
    expect(reopened.values).toEqual(again.values);
  });

  it('is not written when a later sheet of the plan is refused: the workbook stays as it was', async () => {
    const workbook = await XlsxWorkbook.open(await clerkWorkbook(), 'clerk.xlsx', codec ? { codec } : {});
    const before = await workbook.toBytes();
    const refused = { ...rankingSheet([], '公式表'), rows: [[{ value: null, formula: 'PERF.WEIGHTED(A1:B1,A2:B2)' }]], merges: [] };
    await expect(workbook.apply({ sheets: [bigSheet(n), refused] })).rejects.toThrow('PERF 函数只能在 Excel 中通过加载项输入');
    expect((await workbook.readSheets()).map((s) => s.name)).not.toContain('大表');
    expect(Buffer.from(await workbook.toBytes()).equals(Buffer.from(before))).toBe(true);
  });

  it.skipIf(!hasSoffice && !process.env.CI)('opens in LibreOffice Calc with every row, as PERF wrote it', async () => {
    const workbook = await written();
    const expected = (await workbook.readSheets()).find((s) => s.name === '大表')!;
    const [sheets] = await recalculated([{ name: 'big.xlsx', bytes: await workbook.toBytes() }]);
    const sheet = sheetOf(sheets!, '大表');
    expect(sheet.values.length).toBe(n + 3);
    expect(sheet.values.slice(3)).toEqual(expected.values.slice(3));
  });
});
