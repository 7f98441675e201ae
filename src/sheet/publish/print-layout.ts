import { totalWidth } from '../text-width';

/**
 * Where a posted sheet's pages break and how large it prints, computed by PERF so that
 * Excel, WPS and LibreOffice print it alike: A4, one page wide at an explicit scale, body
 * text no smaller than 10 pt (else landscape), no page holding only the header or only the
 * closing lines, and a category heading never last on a page.
 */
export interface PrintLayout {
  orientation: 'portrait' | 'landscape';
  /** Percent, 10–100. */
  scale: number;
  /** 0-based rows that start a new page. */
  breaks: number[];
}

/**
 * A4 less PERF's margins (0.5 in left and right, 0.75 in top and bottom), in points. Hosts
 * take some of the bottom margin's room for the footer (LibreOffice prints a row fewer than
 * the margins alone allow), so PERF plans with 40 points less height: a page may end a
 * little early, but no host breaks a page before PERF's break and leaves a page of one row.
 */
const FOOTER_ROOM = 40;
const PAGE = {
  portrait: { width: (8.27 - 1) * 72, height: (11.69 - 1.5) * 72 - FOOTER_ROOM },
  landscape: { width: (11.69 - 1) * 72, height: (8.27 - 1.5) * 72 - FOOTER_ROOM },
};

/**
 * Printed points per character of column width. Excel's own rule (7-pixel Calibri digits)
 * gives 5.25; measured in LibreOffice, which prints 等线 with a substitute CJK font, a
 * column takes about 7 points a character, and 等线 itself has wider digits than Calibri.
 * PERF plans with the widest, so that no host spills a column onto a second page.
 */
const POINTS_PER_CHARACTER = 7.1;
const BODY_POINTS = 11;
const SMALLEST_BODY_POINTS = 10;
const DEFAULT_ROW_POINTS = 15;


function scaleFor(tableWidth: number, pageWidth: number): number {
  return Math.max(10, Math.min(100, Math.floor((pageWidth / tableWidth) * 100)));
}

export interface PageInput {
  columnWidths: number[];
  /** Heights in points of rows that are not the default 15. */
  rowHeights: Record<number, number>;
  rowCount: number;
  /** The header row repeated on every page. */
  headerRow: number;
  /** The first of the closing lines under the table (they stay with the last rows). */
  closingFrom: number;
  /** Rows that must not end a page (category headings). */
  keepWithNext: ReadonlySet<number>;
}

export function printLayout(input: PageInput): PrintLayout {
  const width = totalWidth(input.columnWidths, POINTS_PER_CHARACTER);
  let orientation: PrintLayout['orientation'] = 'portrait';
  let scale = scaleFor(width, PAGE.portrait.width);
  if ((BODY_POINTS * scale) / 100 < SMALLEST_BODY_POINTS) {
    orientation = 'landscape';
    scale = scaleFor(width, PAGE.landscape.width);
  }
  // a sheet a little longer than a page prints on one, smaller, while the body stays readable
  const heights = input.rowHeights;
  let total = 0;
  for (let r = 0; r < input.rowCount; r++) total += heights[r] ?? DEFAULT_ROW_POINTS;
  const oneOnPage = Math.floor((PAGE[orientation].height / total) * 100);
  if (oneOnPage < scale && (BODY_POINTS * oneOnPage) / 100 >= SMALLEST_BODY_POINTS) scale = oneOnPage;
  const pageHeight = (PAGE[orientation].height * 100) / scale;
  return { orientation, scale, breaks: pageBreaks(input, pageHeight) };
}

function pageBreaks(input: PageInput, pageHeight: number): number[] {
  // no closure over the rows: a loop of 100,000 rows stays optimised
  const heights = input.rowHeights;
  const header = heights[input.headerRow] ?? DEFAULT_ROW_POINTS;
  const breaks: number[] = [];
  let used = 0;
  for (let r = 0; r < input.rowCount; r++) {
    const height = heights[r] ?? DEFAULT_ROW_POINTS;
    if (used + height <= pageHeight || r <= input.headerRow) {
      used += height;
      continue;
    }
    let start = r;
    // a heading goes over with the rows under it
    while (start - 1 > input.headerRow && input.keepWithNext.has(start - 1)) start--;
    // closing lines alone on a page: take the last table rows over with them
    if (start >= input.closingFrom) start = Math.max(input.headerRow + 1, Math.min(start, input.closingFrom) - 3);
    if (breaks.length > 0 && start <= breaks[breaks.length - 1]!) start = r;
    breaks.push(start);
    used = header;
    for (let k = start; k <= r; k++) used += heights[k] ?? DEFAULT_ROW_POINTS;
  }
  return breaks;
}
