import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { SheetData } from '../../src/sheet/source-table';
import { hasSoffice, recalculated as recalculatedAll } from '../templates/libreoffice-recalc';

export { hasSoffice };

/** The workbook with every formula's cached result taken out: only a spreadsheet that calculates can show a value. */
export function withoutCachedResults(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const path of Object.keys(parts)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) continue;
    const stripped = strFromU8(parts[path]!).replace(/(<c\b[^>]*>)(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1$2');
    if (/<\/f><v>/.test(stripped)) throw new Error(`${path}: a formula's cached result was not taken out`);
    parts[path] = strToU8(stripped);
  }
  return zipSync(parts, { level: 6 });
}

/** The workbook as LibreOffice Calc saves it after recalculating every formula, its cached results taken out first. */
export async function recalculated(bytes: Uint8Array, name: string): Promise<SheetData[]> {
  return (await recalculatedAll([{ name, bytes: withoutCachedResults(bytes) }]))[0]!;
}
