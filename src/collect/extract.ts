import { readCell, type CellValue } from '../engine/cell';
import type { RosterEntry } from '../engine/scheme/office';
import { cellAddress } from '../sheet/address';
import type { SheetData } from '../sheet/source-table';
import { isEmptySheet } from '../sheet/table/grid';
import { findBySource } from './read-by-source';
import { findByUnit, type ByUnitSheet } from './read-by-unit';
import { rosterOf } from './summary';
import { templateSubtotals } from './template-subtotals';

/** One score a by-source file gives: a unit's name and its score, with their cells. */
export interface SourceEntry {
  unitText: string;
  unitCell: string;
  category: string | null;
  categoryCell: string;
  value: CellValue;
  cell: string;
}

/** One column of a by-source file. */
export interface SourceItem {
  sheet: string;
  header: string;
  headerCell: string;
  entries: SourceEntry[];
}

/** What a by-unit file gives: its unit's clues and its total. */
export interface UnitItem {
  sheet: string;
  title: ByUnitSheet['title'];
  unitCell: ByUnitSheet['unitCell'];
  scoreHeader: ByUnitSheet['scoreHeader'];
  /** The 合计 cell, or (no 合计 row) the task scores added up by PERF. */
  total: { value: CellValue; cell: string; label: string } | { sum: CellValue[]; cells: string[] };
}

/** What one file sent in gives, kept small: only the names and numbers collecting uses. */
export interface FileRead {
  file: string;
  index: number;
  saved: Date | null;
  savedFrom: 'core' | 'zip' | 'fs' | null;
  roster: RosterEntry[];
  flow: 'by-source' | 'by-unit' | 'none';
  sources: SourceItem[];
  unit: UnitItem | null;
  /** Why nothing was taken from a file of flow 'none'. */
  reason?: string;
}

/**
 * Recognise a file's flow from its sheets and keep what it gives. PERF's own sheets are never
 * read as sources. What is kept is copied out (structuredClone): a name read from the file is
 * often a slice of its whole sheet text, which would otherwise stay in memory with it.
 */
export function extractFile(file: string, index: number, sheets: SheetData[], saved: Pick<FileRead, 'saved' | 'savedFrom'>): FileRead {
  return structuredClone(extract(file, index, sheets, saved));
}

function extract(file: string, index: number, sheets: SheetData[], saved: Pick<FileRead, 'saved' | 'savedFrom'>): FileRead {
  const base: FileRead = { file, index, ...saved, roster: rosterOf(sheets), flow: 'none', sources: [], unit: null };
  const clerk = sheets.filter((s) => s.perfKind === null && !isEmptySheet(s) && s.name.trim() !== '方案');
  for (const sheet of clerk) {
    const subtotals = templateSubtotals(sheet);
    if (subtotals) {
      base.sources.push(subtotals);
      continue;
    }
    const table = findBySource(sheet);
    if (!table) continue;
    for (const column of table.columns) {
      const entries = table.rows.map((r) => ({
        unitText: String(r.cells[table.unitCol] ?? '').trim(),
        unitCell: cellAddress(sheet.name, r.row, table.unitCol),
        category: table.categoryCol === null ? null : categoryText(r.cells[table.categoryCol]),
        categoryCell: table.categoryCol === null ? '' : cellAddress(sheet.name, r.row, table.categoryCol),
        value: r.cells[column.col] ?? null,
        cell: cellAddress(sheet.name, r.row, column.col),
      }));
      base.sources.push({ sheet: sheet.name, header: column.header, headerCell: column.headerCell, entries });
    }
  }
  if (base.sources.length > 0) return { ...base, flow: 'by-source' };
  for (const sheet of clerk) {
    const found = findByUnit(sheet);
    if (!found) continue;
    const total = found.total ?? { sum: found.scores.map((s) => s.value), cells: found.scores.map((s) => s.cell) };
    return { ...base, flow: 'by-unit', unit: { sheet: found.sheet, title: found.title, unitCell: found.unitCell, scoreHeader: found.scoreHeader, total } };
  }
  const reason =
    clerk.length === 0
      ? '文件中没有内容（或只有 PERF 的工作表）'
      : '没有找到“单位”列加得分列的表（按来源报送），也没有找到带“得分”列和“合计”行的任务分解表（按单位报送）';
  return { ...base, reason };
}

function categoryText(v: CellValue): string | null {
  const c = readCell(v);
  return c.kind === 'blank' ? null : c.kind === 'text' ? c.text : String(v);
}
