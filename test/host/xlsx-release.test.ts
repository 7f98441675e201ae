import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NODE_ZIP } from '../../src/cli/node-zip';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { inflateEntries } from '../../src/host/xlsx/zip-read';
import { rankingSheet } from './helpers/plans';
import { rawZip, workbookParts } from './helpers/hostile';

/**
 * The command line reads a sheet from the zip's bytes and then lets go of them (the zip's
 * compressed copy is kept): what the clerk typed must read the same, and be written back
 * byte for byte, whatever is done with the workbook afterwards.
 *
 * The sheet, by hand: row 1 a merged title (A1:C1, shared string 0); row 2 the header
 * (shared strings 1–3, 3 in two rich-text runs with a phonetic guide left out); rows 3–4
 * units: an inline string with an entity, a full-width "９５" kept as text, a number, a
 * date (46357 = 2026-12-01, style 1 is a date format: read as its serial number), a formula
 * with its cached 90.5, a formula never calculated ("=B4*2"), TRUE.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SST =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="4" uniqueCount="4">` +
  `<si><t>2026年度绩效考评汇总表</t></si><si><t>单位</t></si><si><t xml:space="preserve">得分 </t></si>` +
  `<si><r><rPr><b/></rPr><t>备</t></r><r><t>注：说明</t></r><rPh sb="0" eb="1"><t>ビ</t></rPh></si></sst>`;
const SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>` +
  `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` +
  `<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>` +
  `<row r="3"><c r="A3" t="inlineStr"><is><t>甲&amp;乙局</t></is></c><c r="B3" t="inlineStr"><is><t>９５</t></is></c><c r="C3" s="1"><v>46357</v></c></row>` +
  `<row r="4"><c r="A4" t="inlineStr"><is><t>丙局</t></is></c><c r="B4"><f>90+0.5</f><v>90.5</v></c><c r="C4"><f>B4*2</f></c><c r="D4" t="b"><v>1</v></c></row>` +
  `</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`;

const EXPECTED = [
  ['2026年度绩效考评汇总表'],
  ['单位', '得分 ', '备注：说明'],
  ['甲&乙局', '９５', 46357],
  ['丙局', 90.5, '=B4*2', true],
];

function messyWorkbook(): Record<string, Uint8Array> {
  const parts = workbookParts(SHEET);
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  parts['xl/sharedStrings.xml'] = strToU8(SST);
  return parts;
}

const SHEET_PART = 'xl/worksheets/sheet1.xml';

async function storedSheet(bytes: Uint8Array) {
  return (await inflateEntries(bytes)).stored.get(SHEET_PART)!;
}

describe("a sheet read by the command line and let go of as bytes", () => {
  it('reads as the clerk typed it, and is written back as it was stored', async () => {
    const input = zipSync(messyWorkbook());
    const workbook = await XlsxWorkbook.open(input, '汇总.xlsx', { codec: NODE_ZIP });
    const [sheet] = await workbook.readSheets();
    expect(sheet!.values).toEqual(EXPECTED);
    expect(sheet!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    const out = await workbook.toBytes();
    const before = await storedSheet(input);
    const after = await storedSheet(out);
    expect(Buffer.from(after.data).equals(Buffer.from(before.data))).toBe(true);
    expect(after.crc).toBe(before.crc);
  });

  it('reads the same again after a plan is written, and in the file written', async () => {
    const workbook = await XlsxWorkbook.open(zipSync(messyWorkbook()), '汇总.xlsx', { codec: NODE_ZIP });
    await workbook.readSheets();
    await workbook.apply({ sheets: [rankingSheet()] });
    const again = await workbook.readSheets();
    expect(again.map((s) => s.name)).toEqual(['汇总', '排名']);
    expect(again[0]!.values).toEqual(EXPECTED);
    const reopened = await XlsxWorkbook.open(await workbook.toBytes(), 'out.xlsx');
    expect((await reopened.readSheets())[0]!.values).toEqual(EXPECTED);
  });

  it('can still be edited in place after it was let go of (套用)', async () => {
    const workbook = await XlsxWorkbook.open(zipSync(messyWorkbook()), '汇总.xlsx', { codec: NODE_ZIP });
    await workbook.readSheets();
    await workbook.apply({ sheets: [], edits: [{ sheet: '汇总', write: [{ row: 2, column: 4, value: 88 }] }] });
    const reopened = await XlsxWorkbook.open(await workbook.toBytes(), 'out.xlsx');
    const [sheet] = await reopened.readSheets();
    expect(sheet!.values[2]).toEqual(['甲&乙局', '９５', 46357, null, 88]);
    expect(sheet!.values[3]).toEqual(EXPECTED[3]);
  });

  it('is kept as bytes, and compressed anew, when the zip has its CRC-32 wrong', async () => {
    const parts = messyWorkbook();
    // rawZip leaves every CRC-32 0; the sizes are right
    const input = rawZip(Object.entries(parts).map(([name, data]) => ({ name, data: deflateSync(data), method: 8 as const, declaredSize: data.length })));
    const workbook = await XlsxWorkbook.open(input, '汇总.xlsx', { codec: NODE_ZIP });
    expect((await workbook.readSheets())[0]!.values).toEqual(EXPECTED);
    const out = await workbook.toBytes();
    const entry = await storedSheet(out);
    expect(entry.crc).not.toBe(0);
    const reopened = await XlsxWorkbook.open(out, 'out.xlsx', { codec: NODE_ZIP });
    expect((await reopened.readSheets())[0]!.values).toEqual(EXPECTED);
  });
});
