import { cellAddress } from '../address';
import type { SheetData, SourceTable } from '../source-table';
import { finishColumns, type HeaderAddresses } from './columns';
import { draftColumns, headerScore, type DraftColumn } from './draft-columns';
import { headerCells, looksLikeSubHeader } from './header-layout';
import { readDataRows } from './data-rows';
import { isBlank, sheetWidth } from './grid';
import { settleBareWeights } from './bare-weights';
import { mergeIndex } from './merge-index';

/** Rows searched for the header: titles, notes and blank rows above it stay well within this. */
export const HEADER_SEARCH_ROWS = 60;

interface HeaderChoice {
  row: number;
  /** The sheet's width (sheetWidth), measured once for the search and the data rows. */
  width: number;
  twoRow: boolean;
  drafts: DraftColumn[];
  score: number;
}

/**
 * The clerk's summary table on a sheet, or null when no row reads as its header
 * (a unit column and a score column). Throws PerfError when the header is found
 * but its group weights contradict each other.
 */
export function findSummaryTable(sheet: SheetData): SourceTable | null {
  const header = findHeader(sheet);
  if (!header) return null;
  const headerRows = header.twoRow ? [header.row, header.row + 1] : [header.row];
  const at: HeaderAddresses = {
    column: (d) => cellAddress(sheet.name, d.group || d.fromSecondRow ? header.row + 1 : header.row, d.index),
    group: (start) => cellAddress(sheet.name, header.row, start),
  };
  const { columns, warnings } = finishColumns(header.drafts, at);
  const data = readDataRows(sheet, headerRows[headerRows.length - 1]! + 1, columns, header.width);
  const table: SourceTable = {
    sheet: sheet.name,
    headerRows,
    columns,
    rows: data.rows,
    skipped: data.skipped,
    warnings: [...warnings, ...data.warnings],
  };
  settleBareWeights(table);
  const title = titleAbove(sheet, header.row);
  if (title) table.title = title;
  return table;
}

/**
 * The clerk's title: the first row above the header holding a single text (a merged title
 * row, as offices write them). A subtitle in brackets ("（单位：分）") is no title.
 */
function titleAbove(sheet: SheetData, headerRow: number): string | undefined {
  for (let row = 0; row < headerRow; row++) {
    const texts = (sheet.values[row] ?? []).filter((v) => !isBlank(v));
    if (texts.length !== 1 || typeof texts[0] !== 'string') continue;
    const text = texts[0].replace(/\s+/g, ' ').trim();
    if (/^[(（]/.test(text)) continue;
    return text;
  }
  return undefined;
}

/** The best-scoring header; on a tie the upper one. A two-row reading wins over one-row at the same row. */
function findHeader(sheet: SheetData): HeaderChoice | null {
  let best: HeaderChoice | null = null;
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  const width = sheetWidth(sheet);
  const mergeAt = mergeIndex(sheet);
  for (let row = 0; row < last; row++) {
    const one = draftColumns(headerCells(sheet, row, false, width, mergeAt));
    let choice: HeaderChoice = { row, width, twoRow: false, drafts: one, score: headerScore(one) };
    if (looksLikeSubHeader(sheet, row, width, mergeAt)) {
      const two = draftColumns(headerCells(sheet, row, true, width, mergeAt));
      const score = twoRowShape(two) ? headerScore(two) : 0;
      if (score > 0) choice = { row, width, twoRow: true, drafts: two, score: Math.max(score, choice.score) };
    }
    if (choice.score > 0 && (!best || choice.score > best.score)) best = choice;
  }
  return best;
}

/**
 * A real two-row header has, besides its groups, columns of its own on the first row
 * (merged down over both rows), or several groups. A title merged across the whole
 * table above a one-row header would otherwise read as one big group.
 */
function twoRowShape(drafts: DraftColumn[]): boolean {
  const groups = new Set(drafts.filter((d) => d.group).map((d) => d.group!.start));
  return groups.size >= 2 || (groups.size === 1 && drafts.some((d) => !d.group && !d.fromSecondRow));
}
