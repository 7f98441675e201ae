import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/host/xlsx';
import { fullPlan, rankingSheet } from './helpers/plans';
import { asXlsm, clerkWorkbook, withChart } from './helpers/workbooks';

function available(cmd: string, arg = '--version'): boolean {
  const r = spawnSync(cmd, [arg], { stdio: 'ignore', timeout: 60_000 });
  return !r.error;
}

const hasSoffice = available('soffice');
const hasPoppler = available('pdftotext', '-v') && available('pdfinfo', '-v');
if (!hasSoffice && !process.env.CI) {
  console.warn('LibreOffice (soffice) is not installed: skipping the check that written files open in LibreOffice Calc. Install libreoffice-calc to run it.');
}

const work = mkdtempSync(join(tmpdir(), 'perf-lo-'));
// a fresh LibreOffice profile for this file's conversions, never the user's own
const profile = join(work, 'profile');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Convert with a fresh LibreOffice profile; returns the PDF's path. */
function toPdf(bytes: Uint8Array, name: string): string {
  if (!hasSoffice) throw new Error('CI is set but LibreOffice (soffice) is missing: install libreoffice-calc (apt-get install -y libreoffice-calc).');
  const file = join(work, name);
  writeFileSync(file, bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return join(work, name.replace(/\.xls[xm]$/, '.pdf'));
}

function expectPdf(path: string): void {
  expect(existsSync(path), `LibreOffice produced no PDF at ${path}`).toBe(true);
  const pdf = readFileSync(path);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(2000);
}

describe.skipIf(!hasSoffice && !process.env.CI)('LibreOffice Calc opens what PERF writes', () => {
  it('converts the clerk\'s workbook (chart, comment, validation) with PERF\'s sheets added to PDF', async () => {
    const { bytes } = await applyPlan(withChart(await clerkWorkbook()), fullPlan());
    expectPdf(toPdf(bytes, 'ranked.xlsx'));
  });

  it('converts the .xlsm variant to PDF', async () => {
    const { bytes } = await applyPlan(asXlsm(withChart(await clerkWorkbook())), fullPlan());
    expectPdf(toPdf(bytes, 'ranked.xlsm'));
  });

  it.skipIf(!hasPoppler)('prints a long ranking on A4 landscape with the header and footer on every page', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('汇总').getCell('A1').value = '汇总';
    const units: [string, number, string][] = Array.from({ length: 90 }, (_, i) => [`第${i + 1}单位`, 100 - i / 2, '良好']);
    const { bytes } = await applyPlan(new Uint8Array(await wb.xlsx.writeBuffer()), { sheets: [rankingSheet(units)] });
    const pdf = toPdf(bytes, 'long.xlsx');
    expectPdf(pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    // page 1 is the clerk's 汇总; the ranking needs more than one page
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 2; p <= pages; p++) {
      const size = execFileSync('pdfinfo', ['-f', String(p), '-l', String(p), pdf]).toString();
      expect(size).toMatch(/841\.\d+ x 595\.\d+ pts \(A4\)/);
      const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-']).toString();
      expect(text, `page ${p} repeats the header row`).toContain('名次');
      expect(text, `page ${p} has the footer`).toMatch(/制表：[\s\S]*审核：[\s\S]*日期：/);
    }
  });
});
