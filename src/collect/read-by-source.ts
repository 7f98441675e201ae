import { readCell, type CellValue } from '../engine/cell';
import { cellAddress } from '../sheet/address';
import type { SheetData, SourceColumn } from '../sheet/source-table';
import { readDataRows } from '../sheet/table/data-rows';
import { draftColumns, type DraftColumn } from '../sheet/table/draft-columns';
import { HEADER_SEARCH_ROWS } from '../sheet/table/find-table';
import { isScoreRole } from '../sheet/table';
import { headerCells, looksLikeSubHeader } from '../sheet/table/header-layout';
import { sheetWidth } from '../sheet/table/grid';
import { mergeIndex } from '../sheet/table/merge-index';
import { isGenericScoreHeader } from './item-name';

/** A column of scores a by-source file gives: one indicator for every unit. */
export interface ScoreColumn {
  col: number;
  header: string;
  /** "Sheet1!B3". */
  headerCell: string;
}

/** A by-source sheet: a unit column and one or more columns of scores. */
export interface BySourceSheet {
  sheet: string;
  unitCol: number;
  categoryCol: number | null;
  columns: ScoreColumn[];
  rows: { row: number; cells: CellValue[] }[];
}

/** Roles a by-source file's score column may read as: a score, or a header word the ranking does not know (遵纪守法). */
const takesScores = (d: DraftColumn) => d.role === null || isScoreRole(d.role);

/**
 * The by-source table of a sheet, read with the ranking's header reading (one- or two-row
 * headers, merged titles, stray rows): the first header with a unit column and a column of
 * scores beside it. Null when the sheet has none.
 */
export function findBySource(sheet: SheetData): BySourceSheet | null {
  const width = sheetWidth(sheet);
  const mergeAt = mergeIndex(sheet);
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const readings = [{ twoRow: false, drafts: draftColumns(headerCells(sheet, row, false, width, mergeAt)) }];
    if (looksLikeSubHeader(sheet, row, width, mergeAt)) readings.unshift({ twoRow: true, drafts: draftColumns(headerCells(sheet, row, true, width, mergeAt)) });
    for (const { twoRow, drafts } of readings) {
      const unit = drafts.find((d) => d.role === 'unit');
      const scores = drafts.filter((d) => d !== unit && takesScores(d));
      if (!unit || scores.length === 0) continue;
      const headerRow = twoRow ? row + 1 : row;
      const category = drafts.find((d) => d.role === 'category') ?? null;
      const columns: SourceColumn[] = [
        { index: unit.index, header: unit.header, name: unit.text.name, role: 'unit' },
        ...(category ? [{ index: category.index, header: category.header, name: category.text.name, role: 'category' as const }] : []),
        ...scores.map((d) => ({ index: d.index, header: d.header, name: d.text.name, role: 'component' as const })),
      ];
      const data = readDataRows(sheet, headerRow + 1, columns);
      // a column of names, phone numbers or remarks is no column of scores
      const scored = scores.filter((d) => data.rows.some((r) => readCell(r.cells[d.index]).kind === 'number'));
      if (data.rows.length === 0 || scored.length === 0) continue;
      return {
        sheet: sheet.name,
        unitCol: unit.index,
        categoryCol: category?.index ?? null,
        columns: scored.map((d) => ({
          col: d.index,
          header: d.group ? (isGenericScoreHeader(d.text.display) ? d.group.text.display : d.text.display) : d.header,
          headerCell: cellAddress(sheet.name, d.group || d.fromSecondRow ? headerRow : row, d.index),
        })),
        rows: data.rows.map((r) => ({ row: r.row, cells: r.cells })),
      };
    }
  }
  return null;
}
