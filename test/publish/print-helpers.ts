import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { XlsxWorkbook } from '../../src/host/xlsx';
import type { SheetPlan } from '../../src/sheet/plan';
import { ROOT } from '../build/dist';
import { toPdf } from '../host/helpers/libreoffice';

/** A workbook holding nothing but an empty sheet: what a posted sheet is printed from alone. */
function emptyWorkbook(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="空白" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    ),
  });
}

export interface PrintedSheet {
  pdf: string;
  /** Each page's text, as pdftotext lays it out. */
  pages: string[];
}

/** One posted sheet printed alone through LibreOffice, as the clerk prints it. */
export async function printSheet(plan: SheetPlan, name: string): Promise<PrintedSheet> {
  const workbook = await XlsxWorkbook.open(emptyWorkbook());
  await workbook.apply({ sheets: [plan] });
  const pdf = toPdf(await workbook.toBytes(), `${name}.xlsx`);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  );
  return { pdf, pages };
}

const RENDERS = path.join(ROOT, 'test-output', 'print');

/** PNG renders of every page under test-output/print/ (<name>-1.png, -2.png …), to look at. */
export function renderPages(pdf: string, name: string): void {
  mkdirSync(RENDERS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(RENDERS, name)]);
}
