import type { SheetData } from '../../sheet/source-table';
import { workbookPath, type Package } from './package';
import { perfKindOf, readWorkbookInfo, sharedStringsPath } from './workbook-info';
import { readSharedStrings } from './strings-read';
import { readWorksheetValues } from './worksheet-read';

/**
 * Every sheet of an opened package in workbook order, as plain values: numbers as
 * numbers, text as strings (numbers stored as text stay strings), booleans,
 * blanks as null, formulas as their cached values, errors as their text
 * ("#DIV/0!"). Chart sheets come back empty so that their names still count.
 * Read straight from the zip: nothing is lost or recalculated on the way.
 */
export function readPackageSheets(pkg: Package, fileName?: string): SheetData[] {
  const path = workbookPath(pkg, fileName);
  const info = readWorkbookInfo(pkg, path);
  const sstPath = sharedStringsPath(pkg, path);
  const sharedStrings = sstPath ? readSharedStrings(pkg.text(sstPath)!, sstPath) : [];
  return info.sheets.map((sheet): SheetData => {
    const xml = sheet.type === 'worksheet' && sheet.path ? pkg.text(sheet.path) : null;
    const { values, merges } = xml !== null ? readWorksheetValues(xml, sheet.path!, sharedStrings) : { values: [], merges: [] };
    return { name: sheet.name, values, merges, perfKind: perfKindOf(info, sheet.index) };
  });
}
