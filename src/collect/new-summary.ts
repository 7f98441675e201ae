import { D } from '../engine/decimal';
import { columnLetters } from '../sheet/address';
import type { PlanCell, SheetPlan } from '../sheet/plan';
import type { SheetData } from '../sheet/source-table';
import type { FilledCell } from './fill';
import { itemKey } from './item-name';
import type { Summary, SummaryColumn } from './summary';
import type { UnitList } from './unit-list';

export const NEW_SUMMARY_SHEET = '汇总';
const HEADER_ROW = 1;

/**
 * A plain summary made from the unit list when the workbook has none: 单位, 类别 (when the
 * roster gives categories), one column per indicator the files give, and 总分 — the sum of
 * the indicators as a formula (points that add up to the total, seed 002), or, when units send
 * their own totals, the column those fill.
 */
export function newSummary(list: UnitList, items: string[], unitTotals: boolean): Summary {
  const withCategory = list.units.some((u) => u.category !== null);
  const header = ['单位', ...(withCategory ? ['类别'] : []), ...items, '总分'];
  const first = withCategory ? 2 : 1;
  const values: SheetData['values'] = [['汇总表'], header];
  list.units.forEach((u) => values.push([u.name, ...(withCategory ? [u.category] : [])]));
  const sheet: SheetData = { name: NEW_SUMMARY_SHEET, values, merges: [{ top: 0, left: 0, bottom: 0, right: header.length - 1 }], perfKind: null };
  const columns: SummaryColumn[] = items.map((h, i) => ({ col: first + i, header: h, key: itemKey(h), role: 'component', max: new D(100) }));
  if (unitTotals || items.length === 0) columns.push({ col: first + items.length, header: '总分', key: itemKey('总分'), role: 'total', max: null });
  return {
    sheet,
    unitCol: 0,
    categoryCol: withCategory ? 1 : null,
    columns,
    rows: list.units.map((u, i) => ({ row: HEADER_ROW + 1 + i, text: u.name, unit: i })),
    filledBefore: new Map(),
    created: true,
  };
}

/** The new summary as a sheet PERF writes for the clerk but does not own, its cells filled. */
export function newSummaryPlan(summary: Summary, filled: FilledCell[]): SheetPlan {
  const header = summary.sheet.values[HEADER_ROW]!;
  const width = header.length;
  const totalCol = width - 1;
  const items = summary.columns.filter((c) => c.role === 'component');
  const sumFormula = items.length > 0 && !summary.columns.some((c) => c.role === 'total');
  const rows: PlanCell[][] = [[{ value: '汇总表', style: 'title' }], header.map((h) => ({ value: h ?? null, style: 'header' as const }))];
  summary.rows.forEach((r) => {
    const row: PlanCell[] = Array.from({ length: width }, (_, c) => ({ value: summary.sheet.values[r.row]?.[c] ?? null, style: c <= (summary.categoryCol ?? 0) ? 'text' : 'number' }));
    for (const f of filled.filter((x) => x.row === r.row)) row[f.col] = { value: f.value, style: typeof f.value === 'number' ? 'number' : 'text' };
    if (sumFormula) {
      const from = columnLetters(items[0]!.col);
      const to = columnLetters(items[items.length - 1]!.col);
      const parts = items.map((c) => filled.find((x) => x.row === r.row && x.col === c.col));
      const sum = parts.every((p) => typeof p?.value === 'number') ? parts.reduce((a, p) => a.plus(new D(p!.value)), new D(0)).toNumber() : null;
      row[totalCol] = { value: sum, style: 'number', formula: `SUM(${from}${r.row + 1}:${to}${r.row + 1})` };
    }
    rows.push(row);
  });
  return {
    name: NEW_SUMMARY_SHEET,
    kind: 'ranking',
    owned: false,
    rows,
    merges: summary.sheet.merges,
    columnWidths: header.map((_, i) => (i === 0 ? 18 : 12)),
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: [HEADER_ROW, HEADER_ROW], footer: { left: '', center: '', right: '' } },
  };
}
