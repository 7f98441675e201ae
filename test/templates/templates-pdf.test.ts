import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFiles } from './all-templates';
import { convertAll, hasPoppler, hasSoffice, pdfText } from './libreoffice-recalc';

/** Render the PDFs' pages as PNGs for a look (PERF_TEMPLATE_PNG=folder); the tests check the text. */
const pngDir = process.env.PERF_TEMPLATE_PNG;

/** Sheets in print order of each file, and the header text at the right edge of each sheet's table. */
const LAST_HEADER: Record<string, string> = {
  综合评估汇总: '排名',
  任务分解表: '状态',
  机关效能: '取消评优',
  察访核验台账: '扣分',
  民主评估: '得分×权重',
  领导评估: '领导评估得分',
};

describe.skipIf((!hasSoffice || !hasPoppler) && !process.env.CI)('templates print on A4, one page wide', () => {
  it('every template converts to PDF with its whole header on the page and A4 pages', async () => {
    const files = await allFiles();
    const pdfs = convertAll(files, 'pdf');
    for (const [i, pdf] of pdfs.entries()) {
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf]).toString();
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      for (const size of info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)) {
        const [w, h] = [Number(size[1]), Number(size[2])].sort((a, b) => a - b);
        expect([Math.round(w), Math.round(h)], `${files[i].name}: A4`).toEqual([595, 842]);
      }
      const sheetName = files[i].variant.name;
      const text = pdfText(pdf);
      if (LAST_HEADER[sheetName]) {
        // one page wide: the page that shows the title also shows the table's last column
        const page = [...Array(pages).keys()].map((p) => pdfText(pdf, p + 1)).find((t) => t.includes('单位') || t.includes('科室') || t.includes('姓名') || t.includes('被察访'));
        expect(page, `${files[i].name}: a page with the table`).toBeDefined();
        expect(page!, `${files[i].name}: the last column is on the same page`).toContain(LAST_HEADER[sheetName]);
        // files that carry their 方案 sheet print it too (two pages)
        expect(pages, `${files[i].name}: sample rows fit`).toBeLessThanOrEqual(['综合评估汇总', '察访核验台账', '任务分解表', '领导评估'].includes(sheetName) ? 3 : 1);
      }
      expect(text).not.toContain('PERF_RECORD');
      expect(text).not.toMatch(/#(NAME|VALUE|REF|DIV\/0|N\/A)/);
      if (pngDir) {
        mkdirSync(pngDir, { recursive: true });
        execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(pngDir, files[i].name.replace(/\.xlsx$/, ''))]);
      }
    }
  }, 300_000);
});
