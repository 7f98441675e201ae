import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NODE_ZIP } from '../../src/cli/node-zip';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { rawZip, workbookParts } from './helpers/hostile';

/**
 * perf rank replaces its own earlier output without --force once it has told it apart: by the
 * workbook part's sheet names and PERF_SHEET marks alone. A sheet part is never inflated for it,
 * so a sheet whose compressed bytes would not even inflate (here: bytes that are no deflate
 * stream at all) does not stop the names and marks being read, while opening the file does.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function markedWorkbook(sheetBytes: { data: Uint8Array; method: 0 | 8; declaredSize: number }): Uint8Array {
  const parts = workbookParts('<worksheet/>');
  parts['xl/workbook.xml'] = strToU8(
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="汇总" sheetId="1" r:id="rId1"/><sheet name="排名" sheetId="2" r:id="rId2"/></sheets>` +
      `<definedNames><definedName name="PERF_SHEET" localSheetId="1" hidden="1">"ranking"</definedName></definedNames></workbook>`,
  );
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
  );
  const stored = Object.entries(parts).map(([name, data]) => ({ name, data, method: 0 as const, declaredSize: data.length }));
  return rawZip([...stored, { name: 'xl/worksheets/sheet2.xml', ...sheetBytes }]);
}

describe('the sheet list of a workbook file', () => {
  it('names the sheets and PERF’s marks as opening the file does', async () => {
    const sheet = strToU8(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
    const bytes = markedWorkbook({ data: sheet, method: 0, declaredSize: sheet.length });
    const expected = [
      { name: '汇总', perfKind: null },
      { name: '排名', perfKind: 'ranking' },
    ];
    expect((await XlsxWorkbook.open(bytes)).sheetList()).toEqual(expected);
    expect(await XlsxWorkbook.sheetListOf(bytes)).toEqual(expected);
    expect(await XlsxWorkbook.sheetListOf(bytes, undefined, { codec: NODE_ZIP })).toEqual(expected);
  });

  it('is read from the workbook part alone: a sheet that cannot be inflated is not touched', async () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    const bytes = markedWorkbook({ data: garbage, method: 8, declaredSize: 1000 });
    await expect(XlsxWorkbook.open(bytes, undefined, { codec: NODE_ZIP })).rejects.toThrow();
    expect(await XlsxWorkbook.sheetListOf(bytes, undefined, { codec: NODE_ZIP })).toEqual([
      { name: '汇总', perfKind: null },
      { name: '排名', perfKind: 'ranking' },
    ]);
  });

  it('still refuses a file that is not a workbook, with the reason', async () => {
    await expect(XlsxWorkbook.sheetListOf(strToU8('科员自己的文件'), '排名结果.xlsx')).rejects.toThrow(/xlsx/);
  });
});
