import { PAGE_COUNT, PAGE_NUMBER, type PrintSetup, type SheetPlan } from '../plan';

/** Print rules both hosts apply alike (OOXML <pageSetup>/<rowBreaks>, Office.js worksheet.pageLayout). */

/** The explicit print scale, within Excel's 10–400 %, or null to fit to width instead. */
export function printScale(print: PrintSetup): number | null {
  if (print.scale === undefined || !Number.isFinite(print.scale)) return null;
  return Math.min(400, Math.max(10, Math.round(print.scale)));
}

/** Whether to fit all columns on the page width: only when no explicit scale is given. */
export function fitsToWidth(print: PrintSetup): boolean {
  return print.fitToWidth && printScale(print) === null;
}

/**
 * Header/footer text is a little language of its own in both hosts ("&P" is the page
 * number): a literal "&" is written "&&", and the plan's page tokens become &P and &N.
 */
export function footerText(text: string): string {
  return text.replace(/&/g, '&&').split(PAGE_NUMBER).join('&P').split(PAGE_COUNT).join('&N');
}

/** The 0-based rows a manual page break starts, sorted, without repeats (a break above row 0 means nothing). */
export function pageBreakRows(plan: Pick<SheetPlan, 'pageBreaks'>): number[] {
  return [...new Set((plan.pageBreaks ?? []).filter((r) => Number.isInteger(r) && r > 0))].sort((a, b) => a - b);
}
