import { readCell } from '../../engine/cell';
import { D } from '../../engine/decimal';
import { cellAddress } from '../address';
import type { SourceTable } from '../source-table';

/**
 * Bare numbers in component headers ("重点工作(80)" "共性工作(20)") are points: that is
 * how the seeds write them ("重点工作目标，占 80 分"). A score larger than its column's
 * number cannot be points, so then every bare number is read as a percentage of
 * 100-point scores, with a warning. Whether the numbers make the whole is checked with
 * the other weights (validateWeights), which shows both ways to write them.
 */
export function settleBareWeights(table: SourceTable): void {
  const bare = table.columns.filter((c) => c.role === 'component' && c.weight?.bare);
  if (bare.length === 0) return;
  for (const column of bare) {
    const limit = new D(column.weight!.value);
    for (const row of table.rows) {
      const cell = readCell(row.cells[column.index]);
      if (cell.kind !== 'number' || !cell.value.gt(limit)) continue;
      const at = cellAddress(table.sheet, row.row, column.index);
      for (const c of bare) c.weight = { unit: 'percent', value: c.weight!.value, bare: true };
      table.bareWeights = 'percent';
      const headers = bare.map((c) => `“${c.header}”`).join('、');
      table.warnings.push({
        cell: at,
        message:
          `表头 ${headers} 中的数字没有写“分”或“%”。${at} 的得分 ${cell.value.toFixed()} 大于该列的 ${column.weight!.value}，不可能是分值，` +
          `所以按权重（百分比）读取：各列得分按百分制，乘以权重后相加。如果这些数字是分值，请核对 ${at}；` +
          `为免误读，请在表头写明，如“${column.name}(${column.weight!.value}分)”或“${column.name}(${column.weight!.value}%)”`,
      });
      return;
    }
  }
  table.bareWeights = 'points';
}
