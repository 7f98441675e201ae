import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NODE_ZIP } from '../../src/cli/node-zip';
import { applyPlan, readWorkbook, XlsxWorkbook } from '../../src/host/xlsx';
import { crc32 } from '../../src/host/xlsx/crc32';
import { inflateEntries } from '../../src/host/xlsx/zip-read';
import { PerfError } from '../../src/engine/errors';
import { fullPlan } from './helpers/plans';
import { deflateBomb, rawZip, summarySheetXml, workbookParts, workbookWithSheetData } from './helpers/hostile';

/**
 * The zip PERF writes: the clerk's parts it leaves alone are copied as the file stored them
 * (not inflated and deflated again), its own parts are compressed; every entry's CRC-32 is
 * right, so Excel opens the file without "repairing" it.
 */
const entriesOf = async (bytes: Uint8Array) => (await inflateEntries(bytes)).stored;

describe('the zip PERF writes', () => {
  it('computes the standard CRC-32 (check value of "123456789": CBF43926)', () => {
    expect(crc32(strToU8('123456789')).toString(16).toUpperCase()).toBe('CBF43926');
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it.each([
    ['fflate (the browser, the pane)', undefined],
    ["Node's zlib (the command line)", NODE_ZIP],
  ])('with %s: copies the clerk\'s sheet as stored and writes PERF\'s sheets with right CRCs', async (_what, codec) => {
    // the clerk's file, compressed at level 9, which PERF never uses: a copy keeps exactly these bytes
    const input = zipSync(workbookParts(summarySheetXml()), { level: 9 });
    const workbook = await XlsxWorkbook.open(input, '汇总.xlsx', codec ? { codec } : {});
    await workbook.apply(fullPlan());
    const output = await workbook.toBytes();
    const before = await entriesOf(input);
    const after = await entriesOf(output);
    const sheet = 'xl/worksheets/sheet1.xml';
    expect(Buffer.from(after.get(sheet)!.data).equals(Buffer.from(before.get(sheet)!.data))).toBe(true);
    expect(after.get(sheet)!.crc).toBe(before.get(sheet)!.crc);
    const parts = unzipSync(output);
    expect(Object.keys(parts).length).toBeGreaterThan(Object.keys(workbookParts('')).length);
    for (const [name, entry] of after) expect(entry.crc, name).toBe(crc32(parts[name]!));
    expect((await readWorkbook(output)).map((s) => s.name)).toContain('排名');
  });

  it('compresses anew a part whose stored CRC is wrong, so that the output is a sound zip', async () => {
    // a hand-made zip with every CRC left 0, as some tools write them
    const parts = workbookParts(summarySheetXml());
    const input = rawZip(Object.entries(parts).map(([name, data]) => ({ name, data: deflateSync(data), method: 8 as const, declaredSize: data.length })));
    const { bytes } = await applyPlan(input, fullPlan());
    const out = unzipSync(bytes);
    for (const [name, entry] of await entriesOf(bytes)) expect(entry.crc, name).toBe(crc32(out[name]!));
    expect(new TextDecoder().decode(out['xl/worksheets/sheet1.xml'])).toBe(summarySheetXml());
  });
});

describe("the command line's zlib keeps the inflate limits", () => {
  const failure = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      return e as PerfError;
    }
    throw new Error('expected a failure');
  };

  it('refuses a sheet that inflates to 630 MB, naming the part and the limit', async () => {
    const e = await failure(XlsxWorkbook.open(workbookWithSheetData(deflateBomb(630 * 1024 * 1024)), '汇总.xlsx', { codec: NODE_ZIP }));
    expect(e).toBeInstanceOf(PerfError);
    expect(e.message).toContain('xl/worksheets/sheet1.xml');
    expect(e.message).toContain('256 MiB');
  });

  it('refuses when all parts together pass the total limit, and admits them under a larger one', async () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(32);
    const parts = { ...workbookParts(summarySheetXml()), 'xl/a.bin': big, 'xl/b.bin': big };
    const zipped = rawZip(Object.entries(parts).map(([name, data]) => ({ name, data: deflateSync(data), method: 8 as const, declaredSize: data.length })));
    const e = await failure(XlsxWorkbook.open(zipped, '汇总.xlsx', { codec: NODE_ZIP, limits: { perPart: 4 * 1024 * 1024, total: 5 * 1024 * 1024 } }));
    expect(e.message).toContain('全部部件合计');
    expect(e.message).toContain('5 MiB');
    await expect(XlsxWorkbook.open(zipped, '汇总.xlsx', { codec: NODE_ZIP, limits: { perPart: 4 * 1024 * 1024, total: 7 * 1024 * 1024 } })).resolves.toBeDefined();
  });

  it('calls damaged deflate data a damaged file, in Chinese', async () => {
    const e = await failure(XlsxWorkbook.open(workbookWithSheetData(new Uint8Array([0xff, 0xff, 0xff, 0xff])), '坏.xlsx', { codec: NODE_ZIP }));
    expect(e.message).toContain('“坏.xlsx”不是有效的 Excel 工作簿');
    expect(e.message).toContain('损坏');
  });
});
