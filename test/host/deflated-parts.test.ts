import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { compactSheet } from '../../src/sheet/plan-blocks';
import { rankingSheet } from './helpers/plans';
import { clerkWorkbook } from './helpers/workbooks';

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
        { style: 'number', numFmt: '0.00', values: Float64Array.from({ length: n }, (_, i) => 60 + (i % 4000) / 100) },
      ],
    },
  ]);
}

describe('a big sheet PERF writes', () => {
  it('is compressed as it is written, and reads back, in the same session and from the file, unit for unit', async () => {
    const n = 30_000;
    const workbook = await XlsxWorkbook.open(await clerkWorkbook(), 'clerk.xlsx');
    await workbook.apply({ sheets: [bigSheet(n)] });
    const again = (await workbook.readSheets()).find((s) => s.name === '大表')!;
    expect(again.values.length).toBe(n + 3);
    expect(again.values[3]).toEqual([1, '单位000000', 60]);
    expect(again.values[n + 2]).toEqual([n, `单位${String(n - 1).padStart(6, '0')}`, 60 + ((n - 1) % 4000) / 100]);
    const bytes = await workbook.toBytes();
    const parts = unzipSync(bytes);
    const part = Object.entries(parts).find(([, b]) => new TextDecoder().decode(b).includes('单位029999'))!;
    expect(part[1].length).toBeGreaterThan(1 << 20);
    const reopened = (await (await XlsxWorkbook.open(bytes, 'out.xlsx')).readSheets()).find((s) => s.name === '大表')!;
    expect(reopened.values).toEqual(again.values);
  });
});
