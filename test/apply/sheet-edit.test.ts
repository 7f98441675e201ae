import { describe, expect, it } from 'vitest';
import { editWorksheet } from '../../src/host/xlsx/sheet-edit';
import { StyleBook } from '../../src/host/xlsx/styles';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (data: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><dimension ref="A1:B3"/>${extra}<sheetData>${data}</sheetData></worksheet>`;

describe('editing a worksheet part in place (.xlsx host)', () => {
  it('takes back cells after Excel saved the file again: header text as a shared string, RANK.EQ with its _xlfn. prefix', () => {
    // as Excel writes a sheet 套用 had edited: C1 "排名" moved to the shared strings, the formula kept its file prefix
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2" t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="A2"><v>90</v></c><c r="C2" s="2"><f>_xlfn.RANK.EQ(A2,$A$2:$A$3)</f><v>1</v></c></row>',
      '<cols><col min="3" max="3" width="9" style="0"/></cols>',
    );
    const out = editWorksheet(xml, 'xl/worksheets/sheet1.xml', { sheet: 'S', clear: [{ row: 0, column: 2, value: '排名', styled: true }, { row: 1, column: 2, formula: 'RANK.EQ(A2,$A$2:$A$3)', styled: true }] }, new StyleBook(null, 'xl/styles.xml'), ['单位', '排名']);
    expect(out.cleared).toEqual(['C1', 'C2']);
    expect(out.xml).not.toContain('r="C1"');
    expect(out.xml).not.toContain('r="C2"');
    expect(out.xml).toContain('<c r="A1" t="s"><v>0</v></c>');
  });

  it('keeps a cell whose content is no longer what PERF wrote, and reports it', () => {
    const xml = sheet('<row r="2"><c r="C2"><f>A2*2</f><v>180</v></c></row>');
    const out = editWorksheet(xml, 'p', { sheet: 'S', clear: [{ row: 1, column: 2, formula: 'RANK.EQ(A2,$A$2:$A$3)' }] }, new StyleBook(null, 'x'), []);
    expect(out).toMatchObject({ cleared: [], kept: ['C2'] });
    expect(out.xml).toBe(xml);
  });

  it('writes a cell into a row in column order, gives an absent cell its column’s look, widens the used range and the row’s spans', () => {
    const xml = sheet('<row r="2" spans="1:2"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row>', '<cols><col min="2" max="3" width="9" style="5"/></cols>');
    const out = editWorksheet(xml, 'p', { sheet: 'S', write: [{ row: 1, column: 2, value: 3, formula: 'A2*3' }, { row: 1, column: 5, value: '甲' }] }, new StyleBook(null, 'x'), []);
    expect(out.xml).toContain('<row r="2" spans="1:6"><c r="A2"><v>1</v></c><c r="C2" s="5"><f>A2*3</f><v>3</v></c><c r="D2"><v>4</v></c><c r="F2" t="inlineStr"><is><t xml:space="preserve">甲</t></is></c></row>');
    expect(out.xml).toContain('<dimension ref="A1:F3"/>');
  });

  it('writes into a row the sheet does not have yet, in row order', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>');
    const out = editWorksheet(xml, 'p', { sheet: 'S', write: [{ row: 2, column: 0, value: 3 }] }, new StyleBook(null, 'x'), []);
    expect(out.xml).toContain('<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row><row r="5">');
  });
});
