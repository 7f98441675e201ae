import { quote, readCell } from '../engine/cell';
import { matchKey } from '../engine/match';
import { cellRef } from '../sheet/address';
import type { CellClear, CellWrite } from '../sheet/plan';
import { sourceText } from './contribution';
import type { Resolved } from './resolve';
import type { Summary } from './summary';
import type { CollectProblem } from './types';
import type { UnitList } from './unit-list';

/** A summary cell PERF fills, and where its value came from. */
export interface FilledCell {
  row: number;
  col: number;
  /** "D7". */
  ref: string;
  unit: string;
  item: string;
  value: number | string;
  /** "来自 监察局-共性目标.xlsx / Sheet1!D12", or "单位名册". */
  source: string;
  /** --refresh: the value PERF wrote there before, cleared first. */
  replaces?: string | number | boolean | null;
}

/**
 * The summary cells to write: empty cells only, unless `refresh` lets PERF write again the
 * cells it filled before. A cell the clerk filled keeps its value; a different incoming value
 * is said.
 */
export function fillCells(resolved: Resolved[], summary: Summary, refresh: boolean, label: (row: number, col: number) => { unit: string; item: string }, problems: CollectProblem[]): FilledCell[] {
  const out: FilledCell[] = [];
  for (const r of resolved) {
    if (!r.chosen) continue;
    const ref = cellRef(r.row, r.col);
    const existing = summary.sheet.values[r.row]?.[r.col];
    const cell = readCell(existing);
    const value = r.chosen.value.toNumber();
    if (cell.kind !== 'blank') {
      const same = cell.kind === 'number' && cell.value.equals(r.chosen.value);
      // refreshed only while the cell still holds what PERF wrote (the clerk may have typed over it since)
      const recorded = summary.filledBefore.get(ref);
      const again = refresh && recorded !== undefined && readCell(recorded).kind === 'number' && cell.kind === 'number' && cell.value.equals((readCell(recorded) as { value: typeof cell.value }).value);
      if (same || !again) {
        if (!same)
          problems.push({
            kind: 'kept',
            file: r.chosen.file,
            cell: r.chosen.cell,
            message:
              `汇总表 ${summary.sheet.name}!${ref}（${label(r.row, r.col).unit} / ${label(r.row, r.col).item}）已有 ${quote(existing)}，${r.chosen.file} ${r.chosen.cell} 给出 ${r.chosen.raw}：保留汇总表原有的值` +
              (summary.filledBefore.has(ref) ? '（这一格是 PERF 上次填的：加 --refresh 可换成新值）' : '（PERF 只填空白单元格：要用新值请先清空这一格）'),
          });
        continue;
      }
    }
    out.push({ row: r.row, col: r.col, ref, ...label(r.row, r.col), value, source: sourceText(r.chosen), ...(cell.kind !== 'blank' ? { replaces: existing ?? null } : {}) });
  }
  return out;
}

/** The summary's 类别 cells: blank ones filled from the roster, different ones warned (the roster wins). */
export function fillCategories(summary: Summary, list: UnitList, problems: CollectProblem[]): FilledCell[] {
  const col = summary.categoryCol;
  if (col === null || list.source !== 'roster') return [];
  const out: FilledCell[] = [];
  for (const r of summary.rows) {
    if (r.unit === null) continue;
    const unit = list.units[r.unit]!;
    if (unit.category === null) continue;
    const existing = summary.sheet.values[r.row]?.[col];
    const c = readCell(existing);
    const ref = cellRef(r.row, col);
    if (c.kind === 'blank') out.push({ row: r.row, col, ref, unit: unit.name, item: '类别', value: unit.category, source: '单位名册' });
    else if (matchKey(c.kind === 'text' ? c.text : String(existing)) !== matchKey(unit.category))
      problems.push({
        kind: 'category',
        file: '',
        cell: `${summary.sheet.name}!${ref}`,
        message: `汇总表 ${summary.sheet.name}!${ref}：“${unit.name}”的类别写作 ${quote(existing)}，单位名册中是“${unit.category}”：以单位名册为准，请把这一格改为“${unit.category}”（PERF 没有改动它）`,
      });
  }
  return out;
}

/** The cells as writes into the existing sheet (each into an empty cell, keeping its look). */
export function toWrites(cells: FilledCell[]): CellWrite[] {
  return cells.map((c) => ({ row: c.row, column: c.col, value: c.value }));
}

/** --refresh: the cells PERF filled before and fills again, cleared first (only while they still hold what PERF wrote). */
export function toClears(cells: FilledCell[]): CellClear[] {
  return cells.filter((c) => c.replaces !== undefined).map((c) => ({ row: c.row, column: c.col, value: c.replaces ?? null }));
}
