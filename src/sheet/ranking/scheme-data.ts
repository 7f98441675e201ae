import { normaliseText, readCell } from '../../engine/cell';
import type { SchemeData } from '../../engine/scheme/validate';
import type { SourceTable } from '../source-table';

/** What the clerk's table holds, as the scheme's checks need it: categories with counts, units, columns, header weights. */
export function schemeData(table: SourceTable): SchemeData {
  const unitCol = table.columns.find((c) => c.role === 'unit')!;
  const categoryCol = table.columns.find((c) => c.role === 'category');
  const categories = new Map<string, number>();
  if (categoryCol) {
    for (const row of table.rows) {
      const c = readCell(row.cells[categoryCol.index]);
      const name = c.kind === 'text' ? c.text : c.kind === 'number' ? c.value.toFixed() : '未分类';
      categories.set(name, (categories.get(name) ?? 0) + 1);
    }
  }
  return {
    categories,
    units: table.rows.map((r) => normaliseText(String(r.cells[unitCol.index] ?? ''))),
    columns: table.columns.map((c) => c.name),
    headerWeights: table.columns
      .filter((c) => c.role === 'component' && c.weight)
      .map((c) => ({ name: c.name, weight: c.weight!.value, unit: c.weight!.unit })),
  };
}
