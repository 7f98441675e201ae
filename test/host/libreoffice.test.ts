import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/host/xlsx';
import { featureSheet, handedOverSheet } from './contract/feature-plans';
import { compactRankingSheet, fullPlan, rankingSheet } from './helpers/plans';
import { recalculated, sheetOf } from '../templates/libreoffice-recalc';
import { asXlsm, clerkWorkbook, withChart } from './helpers/workbooks';
import { expectPdf, hasPoppler, hasSoffice, toPdf } from './helpers/libreoffice';

describe.skipIf(!hasSoffice && !process.env.CI)('LibreOffice Calc opens what PERF writes', () => {
  it('converts the clerk\'s workbook (chart, comment, validation) with PERF\'s sheets added to PDF', async () => {
    const { bytes } = await applyPlan(withChart(await clerkWorkbook()), fullPlan());
    expectPdf(toPdf(bytes, 'ranked.xlsx'));
  });

  it('converts the .xlsm variant to PDF', async () => {
    const { bytes } = await applyPlan(asXlsm(withChart(await clerkWorkbook())), fullPlan());
    expectPdf(toPdf(bytes, 'ranked.xlsm'));
  });

  it('opens a plan using every new feature (formulas, validation, conditional formats, protection, scale, page breaks, record) and calculates its formulas', async () => {
    const plan = {
      sheets: [featureSheet(), handedOverSheet()],
      record: [{ sheet: '汇总', cell: 'E3', what: 'formula' as const, formula: 'PERF.WEIGHTED(B3:C3,B$2:C$2)' }],
    };
    const { bytes } = await applyPlan(withChart(await clerkWorkbook()), plan);
    const pdf = toPdf(bytes, 'features.xlsx');
    expectPdf(pdf);
    if (hasPoppler) {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
      expect(text).toContain('2025年度考评表');
      // D5 = B5+C5 was written without a cached result: LibreOffice calculated it
      expect(text).toMatch(/西城区\s+85\s+85\.00/);
      // the record sheet is very hidden: not printed
      expect(text).not.toContain('PERF_RECORD');
    }
  });

  it('reads texts with spaces at either end, tabs and line breaks, and plain ones, as PERF wrote them', async () => {
    const texts = [' 前后有空格 ', '末尾空格 ', '中\t间', '两行\n文字', '中间 有 空格', '普通文字'];
    const units = texts.map((t, i): [string, number, string] => [t, 90 - i, '良好']);
    const { bytes } = await applyPlan(await clerkWorkbook(), { sheets: [compactRankingSheet(units), rankingSheet(units, '排名甲')] });
    const [sheets] = await recalculated([{ name: 'texts.xlsx', bytes }]);
    for (const name of ['排名(2)', '排名甲']) expect(sheetOf(sheets!, name).values.slice(3, 3 + texts.length).map((r) => r[1]), name).toEqual(texts);
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
