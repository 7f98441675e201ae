import { PAGE_COUNT, PAGE_NUMBER, type PlanCell, type PrintSetup, type SheetPlan } from '../../sheet/plan';
import { cellRef, rangeRef } from './refs';
import { rowHeightFor } from './styles';
import { encodeOoxmlString, escapeXml } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The cellXfs index to use for a plan cell. */
export type XfLookup = (cell: PlanCell) => number;

function cellXml(cell: PlanCell, ref: string, s: number): string {
  const style = s ? ` s="${s}"` : '';
  const v = cell.value;
  if (v === null || v === '') return s ? `<c r="${ref}"${style}/>` : '';
  if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${style}><v>${Object.is(v, -0) ? 0 : v}</v></c>`;
  const text = escapeXml(encodeOoxmlString(String(v)));
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

function sheetViewXml(freeze: SheetPlan['freeze']): string {
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const { rows, columns } = freeze;
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = cellRef(Math.max(rows, 0), Math.max(columns, 0));
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

/** Header/footer text is a little language of its own: "&" starts a code, so a literal one is "&&". */
function footerSection(code: string, text: string): string {
  if (!text) return '';
  return `&${code}${text.replace(/&/g, '&&').split(PAGE_NUMBER).join('&P').split(PAGE_COUNT).join('&N')}`;
}

function printXml(print: PrintSetup): string {
  const footer = footerSection('L', print.footer.left) + footerSection('C', print.footer.center) + footerSection('R', print.footer.right);
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  return (
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${print.orientation}"${fit}/>` +
    (footer ? `<headerFooter><oddFooter>${escapeXml(encodeOoxmlString(footer))}</oddFooter></headerFooter>` : '')
  );
}

/** A complete worksheet part for a planned sheet: values, styles, merges, widths, frozen header, print set-up. */
export function renderWorksheet(plan: SheetPlan, xfFor: XfLookup): string {
  const rows: string[] = [];
  let lastCol = 0;
  plan.rows.forEach((row, r) => {
    const cells = row.map((cell, c) => cellXml(cell, cellRef(r, c), xfFor(cell))).join('');
    const planned = plan.rowHeights?.[r];
    const tallest = planned && planned > 0 ? planned : Math.max(0, ...row.map((cell) => rowHeightFor(cell.style) ?? 0));
    if (!cells && !tallest) return;
    if (cells) lastCol = Math.max(lastCol, row.length - 1);
    const height = tallest ? ` ht="${tallest}" customHeight="1"` : '';
    rows.push(`<row r="${r + 1}"${height}>${cells}</row>`);
  });
  const lastRow = Math.max(plan.rows.length - 1, 0);
  const cols = plan.columnWidths
    .map((w, i) => (Number.isFinite(w) && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  const merges = plan.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (plan.print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="A1:${cellRef(lastRow, lastCol)}"/>` +
    sheetViewXml(plan.freeze) +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join('')}</mergeCells>` : '') +
    printXml(plan.print) +
    '</worksheet>'
  );
}
