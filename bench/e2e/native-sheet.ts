/**
 * The end-to-end bench's workbooks as .xlsx bytes, deterministic, from the same units
 * (units.ts): the clerk's summary for PERF (values only, weights in the headers), and the
 * sheet a clerk builds by hand without PERF — native formulas LibreOffice recalculates:
 *   总分  =SUMPRODUCT(D4:J4,$D$3:$J$3)-MIN(K4,3)+L4      (7 weighted components, deduction cap 3, bonus)
 *   等次  =LOOKUP(M4,{0,60,80,90},{"较差","一般","良好","优秀"})
 *   排名  =COUNTIFS($C$4:$C$N,C4,$M$4:$M$N,">"&M4)+1    (competition rank within the category)
 *   中国式排名 (optional) =SUMPRODUCT(($C$4:$C$N=C4)*($M$4:$M$N>M4)/COUNTIFS($C$4:$C$N,$C$4:$C$N,$M$4:$M$N,$M$4:$M$N))+1
 * Every formula cell carries a planted wrong cached value (PLANTED_*): after a recalculation
 * none of them may be left. Both files are written as Excel saves them: shared strings, a
 * styles part, the title merged across the table.
 */
import { NODE_ZIP } from '../../src/cli/node-zip';
import { writeZip } from '../../src/host/xlsx/zip-write';
import { columnLetters } from '../../src/sheet/address';
import { COMPONENTS, HEADER, type BenchUnit } from './units';

export const PLANTED_TOTAL = -777;
export const PLANTED_GRADE = '未重算';
export const PLANTED_RANK = 0;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const enc = (s: string) => new TextEncoder().encode(s);

/** Strings shared as Excel shares them: each distinct text once, cells refer to it by index. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  cell(ref: string, text: string): string {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return `<c r="${ref}" t="s"><v>${i}</v></c>`;
  }

  xml(): string {
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.list.length}">${this.list.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
  }
}

type Cell = string | number | { f: string; v: string | number };

function cellXml(sst: SharedStrings, ref: string, value: Cell): string {
  if (value === '') return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === 'string') return sst.cell(ref, value);
  const f = `<f>${esc(value.f)}</f>`;
  return typeof value.v === 'number' ? `<c r="${ref}">${f}<v>${value.v}</v></c>` : `<c r="${ref}" t="str">${f}<v>${esc(value.v)}</v></c>`;
}

function workbookBytes(sheetName: string, rows: Cell[][], lastCol: number): Promise<Uint8Array> {
  const sst = new SharedStrings();
  const sheetRows = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cellXml(sst, `${columnLetters(c)}${r + 1}`, v)).join('')}</row>`);
  const last = `${columnLetters(lastCol)}${rows.length}`;
  const sheet =
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25"/>` +
    `<sheetData>${sheetRows.join('')}</sheetData>` +
    `<mergeCells count="1"><mergeCell ref="A1:${columnLetters(lastCol)}1"/></mergeCells>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const parts: Record<string, Uint8Array> = {
      '[Content_Types].xml': enc(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/>` +
          `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
          `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/></Types>`,
      ),
      '_rels/.rels': enc(`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': enc(
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
          `<sheets><sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': enc(
        `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      'xl/styles.xml': enc(
        `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>` +
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
          '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
          '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
      ),
      'xl/sharedStrings.xml': enc(sst.xml()),
      'xl/worksheets/sheet1.xml': enc(sheet),
  };
  return writeZip(Object.entries(parts).map(([name, data]) => ({ name, data })), NODE_ZIP);
}

const unitRow = (u: BenchUnit, i: number): Cell[] => [i + 1, u.name, u.category, ...u.scores, u.deduction, u.bonus];

/** The clerk's summary PERF ranks: a merged title, the header with the weights, one row per unit. */
export function perfInputXlsx(units: BenchUnit[]): Promise<Uint8Array> {
  const rows: Cell[][] = [['绩效考评汇总表（基准测试）'], HEADER, ...units.map(unitRow)];
  return workbookBytes('汇总', rows, HEADER.length - 1);
}

/** The same units as a sheet of native formulas, every cached result planted wrong. */
export function nativeFormulaXlsx(units: BenchUnit[], options: { dense?: boolean } = {}): Promise<Uint8Array> {
  const first = 4;
  const last = first + units.length - 1;
  const c = (col: string) => `$${col}$${first}:$${col}$${last}`;
  const header = [...HEADER, '总分', '等次', '排名', ...(options.dense ? ['中国式排名'] : [])];
  const weights: Cell[] = ['', '权重', '', ...COMPONENTS.map(([, w]) => w / 100)];
  const rows: Cell[][] = [['绩效考评汇总表（原生公式）'], header, weights];
  units.forEach((u, i) => {
    const r = first + i;
    const row = unitRow(u, i);
    row.push(
      { f: `SUMPRODUCT(D${r}:J${r},$D$3:$J$3)-MIN(K${r},3)+L${r}`, v: PLANTED_TOTAL },
      { f: `LOOKUP(M${r},{0,60,80,90},{"较差","一般","良好","优秀"})`, v: PLANTED_GRADE },
      { f: `COUNTIFS(${c('C')},C${r},${c('M')},">"&M${r})+1`, v: PLANTED_RANK },
    );
    if (options.dense) {
      row.push({ f: `SUMPRODUCT((${c('C')}=C${r})*(${c('M')}>M${r})/COUNTIFS(${c('C')},${c('C')},${c('M')},${c('M')}))+1`, v: PLANTED_RANK });
    }
    rows.push(row);
  });
  return workbookBytes('汇总', rows, header.length - 1);
}
