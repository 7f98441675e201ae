import type { SheetData } from '../../sheet/source-table';
import type { Package } from './package';
import { perfKindOf, sharedStringsPath, type WorkbookInfo } from './workbook-info';
import { readSharedStrings } from './strings-read';
import { readWorksheetValues } from './worksheet-read';

/**
 * The sheets of an already-read workbook that `wanted` picks, as plain values: numbers as
 * numbers, text as strings (numbers stored as text stay strings), booleans, blanks as null,
 * formulas as their cached values, errors as their text ("#DIV/0!"). Chart sheets come back
 * empty so that their names still count. Read straight from the zip: nothing is lost or
 * recalculated on the way. (XlsxWorkbook.readSheets reads every sheet the same way.)
 */
export function readSheetsOf(pkg: Package, info: WorkbookInfo, wanted: (s: { name: string; perfKind: SheetData['perfKind'] }) => boolean): SheetData[] {
  const picked = info.sheets
    .map((sheet) => ({ sheet, perfKind: perfKindOf(info, sheet.index) }))
    .filter(({ sheet, perfKind }) => wanted({ name: sheet.name, perfKind }));
  if (!picked.length) return [];
  const sstPath = sharedStringsPath(pkg, info.path);
  const sharedStrings = sstPath ? readSharedStrings(pkg.get(sstPath)!, sstPath) : [];
  return picked.map(({ sheet, perfKind }): SheetData => {
    const xml = sheet.type === 'worksheet' && sheet.path ? pkg.get(sheet.path) : null;
    const { values, merges } = xml !== null ? readWorksheetValues(xml, sheet.path!, sharedStrings) : { values: [], merges: [] };
    return { name: sheet.name, values, merges, perfKind };
  });
}
