import { normaliseTextFast } from '../../engine/text-fast';
import { readCategories } from './categories';
import type { SchemeData } from '../../engine/scheme/validate';
import type { SourceTable } from '../source-table';

/** What the clerk's table holds, as the scheme's checks need it: categories with counts, units, columns, header weights. */
export function schemeData(table: SourceTable): SchemeData {
  const unitCol = table.columns.find((c) => c.role === 'unit')!;
  const categories = new Map<string, number>();
  if (table.columns.some((c) => c.role === 'category'))
    for (const name of readCategories(table)) categories.set(name, (categories.get(name) ?? 0) + 1);
  return {
    categories,
    units: table.rows.map((r) => normaliseTextFast(String(r.cells[unitCol.index] ?? ''))),
    columns: table.columns.map((c) => c.name),
    headerWeights: table.columns
      .filter((c) => c.role === 'component' && c.weight)
      .map((c) => ({ name: c.name, weight: c.weight!.value, unit: c.weight!.unit })),
  };
}
