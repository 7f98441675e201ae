import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

function available(cmd: string, arg = '--version'): boolean {
  const r = spawnSync(cmd, [arg], { stdio: 'ignore', timeout: 60_000 });
  return !r.error;
}

export const hasSoffice = available('soffice');
export const hasPoppler = available('pdftotext', '-v') && available('pdfinfo', '-v');
if (!hasSoffice && !process.env.CI) {
  console.warn('LibreOffice (soffice) is not installed: skipping the check that written files open in LibreOffice Calc. Install libreoffice-calc to run it.');
}

const work = mkdtempSync(join(tmpdir(), 'perf-lo-'));
// a fresh LibreOffice profile for this test file's conversions, never the user's own
const profile = join(work, 'profile');
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Convert with a fresh LibreOffice profile; returns the PDF's path. */
export function toPdf(bytes: Uint8Array, name: string): string {
  if (!hasSoffice) throw new Error('CI is set but LibreOffice (soffice) is missing: install libreoffice-calc (apt-get install -y libreoffice-calc).');
  const file = join(work, name);
  writeFileSync(file, bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return join(work, name.replace(/\.xls[xm]$/, '.pdf'));
}

export function expectPdf(path: string): void {
  expect(existsSync(path), `LibreOffice produced no PDF at ${path}`).toBe(true);
  const pdf = readFileSync(path);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(2000);
}

