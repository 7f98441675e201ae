import { XlsxWorkbook } from '../../../src/host/xlsx';
import { openPackage, workbookPath } from '../../../src/host/xlsx/package';
import { readWorkbookInfo } from '../../../src/host/xlsx/workbook-info';
import { attrLocal, childElements, firstChild } from '../../../src/host/xlsx/xml';
import { ExcelDouble, newSheet, type ExcelDoubleOptions } from './excel-double';

/**
 * An Excel double holding a fixture workbook: the sheets' values and merges as the .xlsx
 * reader gives them, each sheet's visibility, and the defined names (sheet-scoped ones,
 * PERF's mark among them, on their sheet). Formats and formulas of the file are not
 * carried over (the clerk's formulas read as their cached values).
 */
export async function fromXlsx(bytes: Uint8Array, options?: ExcelDoubleOptions): Promise<ExcelDouble> {
  const double = new ExcelDouble(options);
  const sheets = await (await XlsxWorkbook.open(bytes, 'fixture.xlsx')).readSheets();
  const pkg = await openPackage(bytes, 'fixture.xlsx');
  const info = readWorkbookInfo(pkg, workbookPath(pkg, 'fixture.xlsx'));
  const sheetEls = childElements(firstChild(info.doc.documentElement!, 'sheets')!, 'sheet');
  sheets.forEach((data, i) => {
    const s = newSheet(data.name);
    const state = attrLocal(sheetEls[i], 'state');
    s.visibility = state === 'veryHidden' ? 'VeryHidden' : state === 'hidden' ? 'Hidden' : 'Visible';
    data.values.forEach((row, r) => {
      row?.forEach((v, c) => {
        if (v === null || v === undefined) return;
        (s.cells[r] ??= [])[c] = { value: v };
      });
    });
    s.merges = data.merges.map((m) => ({ ...m }));
    double.workbook.sheets.push(s);
  });
  for (const n of info.definedNames) {
    if (n.name.startsWith('_xlnm.')) continue;
    const entry = { name: n.name, formula: `=${n.formula}`, visible: true };
    if (n.localSheetId === null) double.workbook.names.push(entry);
    else double.workbook.sheets[n.localSheetId]?.names.push({ ...entry, visible: false });
  }
  double.workbook.activeSheetId = double.workbook.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
  return double;
}
