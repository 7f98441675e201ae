import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook } from '../../src/host/xlsx';
import type { SheetData } from '../../src/sheet/source-table';
import { hasPoppler, hasSoffice } from '../host/helpers/libreoffice';

export { hasPoppler, hasSoffice };

/**
 * LibreOffice with a fresh profile that recalculates every formula on load
 * (OOXMLRecalcMode = 0, "always"): the cached values PERF wrote are thrown away, so what
 * comes back is what LibreOffice computed from the formula text.
 */
const work = mkdtempSync(join(tmpdir(), 'perf-recalc-'));
const profile = join(work, 'profile');
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

function prepareProfile(): void {
  const user = join(profile, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, 'registrymodifications.xcu'), RECALC_ALWAYS);
}

/** Convert several files in one soffice call; returns the converted files' paths in order. */
export function convertAll(files: { name: string; bytes: Uint8Array }[], to: 'xlsx' | 'pdf'): string[] {
  if (!hasSoffice) throw new Error('LibreOffice (soffice) is missing: install libreoffice-calc (apt-get install -y libreoffice-calc).');
  prepareProfile();
  const inDir = join(work, `in-${to}-${Date.now()}`);
  const outDir = join(work, `out-${to}-${Date.now()}`);
  mkdirSync(inDir, { recursive: true });
  const paths = files.map((f) => {
    const p = join(inDir, f.name);
    writeFileSync(p, f.bytes);
    return p;
  });
  const filter = to === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf';
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...paths], {
    stdio: 'pipe',
    timeout: 300_000,
  });
  return files.map((f) => join(outDir, f.name.replace(/\.xlsx$/, `.${to}`)));
}

/** Every file recalculated by LibreOffice, read back as values. */
export async function recalculated(files: { name: string; bytes: Uint8Array }[]): Promise<SheetData[][]> {
  const out = convertAll(files, 'xlsx');
  return Promise.all(out.map((p, i) => readWorkbook(new Uint8Array(readFileSync(p)), files[i].name)));
}

export function sheetOf(sheets: SheetData[], name: string): SheetData {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${sheets.map((x) => x.name).join(', ')}`);
  return s;
}

export function pdfText(pdf: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, '-layout', pdf, '-']).toString();
}

export function pdfPages(pdf: string): { pages: number; sizes: string[] } {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+(.*)/g)].map((m) => m[1]);
  return { pages, sizes };
}
