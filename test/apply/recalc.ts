import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbook } from '../../src/host/xlsx';
import type { SheetData } from '../../src/sheet/source-table';
import { hasSoffice } from '../host/helpers/libreoffice';

export { hasSoffice };

const work = mkdtempSync(join(tmpdir(), 'perf-apply-lo-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// a fresh profile that recalculates every formula of an .xlsx on load (OOXMLRecalcMode 0 = always)
const profile = join(work, 'profile');
mkdirSync(join(profile, 'user'), { recursive: true });
writeFileSync(
  join(profile, 'user', 'registrymodifications.xcu'),
  '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>' +
    '</oor:items>\n',
);

/** The workbook with every formula's cached result taken out: only a spreadsheet that calculates can show a value. */
export function withoutCachedResults(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const path of Object.keys(parts)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) continue;
    const xml = strFromU8(parts[path]!);
    const stripped = xml.replace(/(<c\b[^>]*>)(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1$2');
    if (/<\/f><v>/.test(stripped)) throw new Error(`${path}: a formula's cached result was not taken out`);
    parts[path] = strToU8(stripped);
  }
  return zipSync(parts, { level: 6 });
}

/** The workbook as LibreOffice Calc saves it after opening it and recalculating everything: its sheets as values. */
export async function recalculated(bytes: Uint8Array, name: string): Promise<SheetData[]> {
  const dir = mkdtempSync(join(work, 'run-'));
  const file = join(dir, name);
  writeFileSync(file, withoutCachedResults(bytes));
  const out = join(dir, 'out');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--calc', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, file], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  return readWorkbook(new Uint8Array(readFileSync(join(out, name))), name);
}
