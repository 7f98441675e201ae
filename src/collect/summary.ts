import { invalid, isPerfError } from '../engine/errors';
import { D, type Dec } from '../engine/decimal';
import { readCell, type CellValue } from '../engine/cell';
import type { RosterEntry } from '../engine/scheme/office';
import { cellAddress, cellRef } from '../sheet/address';
import { schemeFromSheet } from '../sheet/scheme-sheet';
import type { ColumnRole, SheetData, SourceTable } from '../sheet/source-table';
import { findSummaryTable, roleOfName, isScoreRole } from '../sheet/table';
import { readRecord } from '../sheet/write/record';
import { schemeSheetOf } from '../workflow/load-scheme';
import { itemKey } from './item-name';
import { UnitList } from './unit-list';

/** A column of the summary that collecting may fill. */
export interface SummaryColumn {
  col: number;
  header: string;
  key: string;
  role: ColumnRole;
  /** The largest score the column takes (its points, 100 for a 100-point component); null: no upper bound. */
  max: Dec | null;
}

export interface SummaryRow {
  row: number;
  /** The unit's name as the summary writes it. */
  text: string;
  unit: number | null;
}

/** The clerk's summary sheet as collecting sees it. */
export interface Summary {
  sheet: SheetData;
  unitCol: number;
  categoryCol: number | null;
  columns: SummaryColumn[];
  rows: SummaryRow[];
  /** The cells PERF filled before (PERF_RECORD, what 'filled'), A1 ref → the value written: --refresh may fill them again. */
  filledBefore: Map<string, CellValue>;
  /** The sheet is made by this run (no summary in the workbook). */
  created: boolean;
}

/** The roster of a workbook's 方案 sheet (empty when there is none). */
export function rosterOf(sheets: SheetData[]): RosterEntry[] {
  const sheet = schemeSheetOf(sheets);
  return sheet ? schemeFromSheet(sheet).settings.roster : [];
}

/** The summary table of the workbook (the one named, else the one sheet holding one); null when there is none. */
export function findSummary(sheets: SheetData[], name?: string): { sheet: SheetData; table: SourceTable } | null {
  if (name !== undefined) {
    const sheet = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim() === name.trim());
    if (!sheet) throw invalid(`汇总工作簿中没有名为“${name}”的工作表：现有工作表为 ${sheets.map((s) => `“${s.name}”`).join('、')}，请用 --sheet 指定其中一张`);
    if (sheet.perfKind !== null) throw invalid(`工作表“${sheet.name}”是 PERF 生成的，不能作为汇总表：请用 --sheet 指定原来的汇总表`);
    const table = findSummaryTable(sheet);
    if (!table) throw invalid(`工作表“${sheet.name}”中没有找到汇总表（需要“单位”列和得分列的表头）：请检查表头，或去掉 --sheet 让 PERF 按单位名册新建汇总表`);
    return { sheet, table };
  }
  const found: { sheet: SheetData; table: SourceTable }[] = [];
  for (const sheet of sheets) {
    if (sheet.perfKind !== null) continue;
    try {
      const table = findSummaryTable(sheet);
      if (table) found.push({ sheet, table });
    } catch (e) {
      if (!isPerfError(e)) throw e;
      throw invalid(`汇总表“${sheet.name}”的表头有问题：${e.message}`);
    }
  }
  if (found.length > 1)
    throw invalid(`有 ${found.length} 张工作表都像汇总表（${found.map((f) => `“${f.sheet.name}”`).join('、')}），不知道要填哪一张：请加 --sheet ${found[0]!.sheet.name}`);
  return found[0] ?? null;
}

function maxOf(role: ColumnRole, weight: SourceTable['columns'][number]['weight'], cap: string | undefined): Dec | null {
  if (role === 'total') return null;
  if ((role === 'deduction' || role === 'bonus') && cap !== undefined) return new D(cap);
  if (weight?.unit === 'points') return new D(weight.value);
  return new D(100);
}

/** The columns collecting fills: scores, and columns whose header is no word the ranking knows (遵纪守法, 信访). */
export function fillableColumns(table: SourceTable): SummaryColumn[] {
  return table.columns
    .filter((c) => isScoreRole(c.role) || (c.role === 'other' && !c.ignored?.startsWith('已按') && roleOfName(c.name, false) === null))
    .map((c) => ({ col: c.index, header: c.header, key: itemKey(c.name), role: c.role, max: maxOf(c.role, c.weight, c.cap) }));
}

/** The summary as collecting reads it, its units matched against the list. */
export function summaryOf(sheet: SheetData, table: SourceTable, list: UnitList | null, created: boolean, record: SheetData[]): Summary {
  const unitCol = table.columns.find((c) => c.role === 'unit')!.index;
  const categoryCol = table.columns.find((c) => c.role === 'category')?.index ?? null;
  const rows = table.rows.map((r) => {
    const text = String(r.cells[unitCol] ?? '').trim();
    const m = list?.match(text);
    return { row: r.row, text, unit: m?.kind === 'one' ? m.unit : null };
  });
  const filledBefore = new Map<string, CellValue>(
    readRecord(record)
      .filter((e) => e.what === 'filled' && e.sheet.toUpperCase() === sheet.name.toUpperCase() && !e.cell.includes(':'))
      .map((e) => [e.cell.replace(/\$/g, '').toUpperCase(), e.value ?? null]),
  );
  return { sheet, unitCol, categoryCol, columns: fillableColumns(table), rows, filledBefore, created };
}

/** The unit list from the summary itself (no roster): each row's unit, its category from the 类别 column. */
export function listFromSummary(sheet: SheetData, table: SourceTable): UnitList {
  const unitCol = table.columns.find((c) => c.role === 'unit')!.index;
  const categoryCol = table.columns.find((c) => c.role === 'category')?.index;
  const seen = new Set<string>();
  const units = [];
  for (const r of table.rows) {
    const name = String(r.cells[unitCol] ?? '').trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    const category = categoryCol === undefined ? null : textOf(r.cells[categoryCol]);
    units.push({ name, category, aliases: [] });
  }
  return new UnitList(units, 'summary');
}

export function textOf(v: CellValue): string | null {
  const c = readCell(v);
  if (c.kind === 'blank') return null;
  return c.kind === 'text' ? c.text : String(v).trim();
}

export const at = (sheet: SheetData, row: number, col: number) => cellAddress(sheet.name, row, col);
export const refOf = cellRef;
