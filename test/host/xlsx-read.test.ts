import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PerfError } from '../../src/engine/errors';
import { readWorkbook } from '../../src/host/xlsx';
import type { SheetData } from '../../src/sheet/source-table';
import { clerkWorkbook, docxLike, withChart } from './helpers/workbooks';

let sheets: SheetData[];

beforeAll(async () => {
  sheets = await readWorkbook(withChart(await clerkWorkbook()));
});

describe('readWorkbook', () => {
  it('lists every sheet in workbook order, none of them marked as PERF\'s', () => {
    expect(sheets.map((s) => [s.name, s.perfKind])).toEqual([
      ['汇总', null],
      ['排名', null],
      ['Data', null],
    ]);
  });

  it('gives numbers, text, booleans and blanks as plain values, formulas as their cached results', () => {
    const [summary] = sheets;
    // a row ends at its last value: the merged title holds its value in A1 only
    expect(summary.values[0]).toEqual(['2024年度县区绩效考评汇总表']);
    expect(summary.values[1]).toEqual(['单位', '指标考核(80%)', '公众评议(20%)', '扣分', '总分', '一票否决']);
    expect(summary.values[2].slice(0, 4)).toEqual(['东城区', 92, 88, 0.5]);
    expect(summary.values[2][4]).toBeCloseTo(90.7, 10);
    expect(summary.values[4][5]).toBe('是');
  });

  it('keeps a number stored as text as text, an error as its text, and joins rich-text runs', () => {
    const row = sheets[0].values[6];
    expect(row.slice(0, 4)).toEqual(['合计', '９０分', '#DIV/0!', true]);
  });

  it('reads merged areas, with the value in the top-left cell only', () => {
    expect(sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
  });

  it('reads special characters exactly', () => {
    expect(sheets[2].values).toEqual([['R&D <notes> "quoted"'], [3.14159]]);
  });

  it('reads cells without r attributes and inline strings, as other writers make them', async () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row><c t="inlineStr"><is><r><t>富</t></r><r><t xml:space="preserve"> 文本</t></r></is></c><c><v>1.5</v></c></row>' +
      '<row r="3"><c r="B3" t="str"><f>A1&amp;"x"</f><v>富 文本x</v></c><c r="C3" t="s"><v>0</v></c></row>' +
      '</sheetData></worksheet>';
    const bytes = minimalWorkbook(sheet, '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a_x0009_b</t><rPh><t>ふりがな</t></rPh></si></sst>');
    const [s] = await readWorkbook(bytes);
    expect(s.values).toEqual([['富 文本', 1.5], undefined, [null, '富 文本x', 'a\tb']]);
    expect(1 in s.values).toBe(false);
  });
});

describe('readWorkbook on files that are not workbooks', () => {
  async function failure(bytes: Uint8Array, name?: string): Promise<PerfError> {
    try {
      await readWorkbook(bytes, name);
    } catch (e) {
      return e as PerfError;
    }
    throw new Error('expected readWorkbook to fail');
  }

  it('says in Chinese that a file which is not a zip is not an Excel workbook', async () => {
    const e = await failure(strToU8('单位,总分\n东城区,90\n'), '汇总.csv');
    expect(e).toBeInstanceOf(PerfError);
    expect(e.message).toMatch(/^文件“汇总\.csv”不是有效的 Excel 工作簿（\.xlsx\/\.xlsm）：/);
  });

  it('says a Word document is not a workbook', async () => {
    const e = await failure(docxLike(), '报告.docx');
    expect(e).toBeInstanceOf(PerfError);
    expect(e.message).toContain('不是有效的 Excel 工作簿（.xlsx/.xlsm）');
    expect(e.message).toContain('没有工作簿部件');
  });

  it('says which part of a damaged workbook cannot be read', async () => {
    const bytes = minimalWorkbook('<worksheet><sheetData><row r="1"><c r="A1" t="s', '<sst/>');
    const e = await failure(bytes, '坏表.xlsx');
    expect(e).toBeInstanceOf(PerfError);
    expect(e.message).toContain('xl/worksheets/s1.xml 已损坏');
  });

  it('tells the clerk to save an old .xls as .xlsx', async () => {
    const e = await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '旧表.xls');
    expect(e).toBeInstanceOf(PerfError);
    expect(e.message).toContain('另存为');
    expect(e.message).toContain('.xlsx');
  });
});

/** A workbook written by hand, the way writers other than Excel sometimes write one. */
function minimalWorkbook(sheetXml: string, sharedStrings: string): Uint8Array {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/s1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="/xl/strings.xml"/></Relationships>`,
    ),
    'xl/worksheets/s1.xml': strToU8(sheetXml),
    'xl/strings.xml': strToU8(sharedStrings),
  });
}
