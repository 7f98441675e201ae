import { normaliseTextFast } from '../../engine/text-fast';
import { categoryIndex } from './categories';
import type { SchemeData } from '../../engine/scheme/validate';
import type { SourceTable } from '../source-table';

/** What the clerk's table holds, as the scheme's checks need it: categories with counts, units, columns, header weights. */
export function schemeData(table: SourceTable): SchemeData {
  const unitCol = table.columns.find((c) => c.role === 'unit')!;
  const categories = new Map<string, number>();
  if (table.columns.some((c) => c.role === 'category')) {
    const { names, counts } = categoryIndex(table);
    for (let id = 0; id < names.length; id++) categories.set(names[id]!, counts[id]!);
  }
  // the names are read when a check asks for them (a 单项奖's list, a sheet without categories), once
  let units: string[] | undefined;
  return {
    categories,
    get units() {
      return (units ??= unitNames(table, unitCol.index));
    },
    columns: table.columns.map((c) => c.name),
    headerWeights: table.columns
      .filter((c) => c.role === 'component' && c.weight)
      .map((c) => ({ name: c.name, weight: c.weight!.value, unit: c.weight!.unit })),
  };
}

function unitNames(table: SourceTable, col: number): string[] {
  const names: string[] = new Array(table.rows.length);
  for (let i = 0; i < names.length; i++) names[i] = normaliseTextFast(String(table.rows[i]!.cells[col] ?? ''));
  return names;
}
