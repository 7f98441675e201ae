import { CellValue } from '../../engine/cell';
import { invalid } from '../../engine/errors';
import { rankPoints, rankPointsTableFromRows } from '../../engine/rankpoints';
import { Arg, gridOf, isOmitted, out, requiredNumber } from '../args';

/** PERF.RANKPOINTS(rank, table) */
export function rankpointsImpl(rank: Arg, table: Arg): number {
  const r = requiredNumber(rank, '名次');
  if (isOmitted(table)) throw invalid('缺少名次分值表：请选择两列区域（名次、分值）');
  const grid = gridOf(table);
  const width = Math.max(0, ...grid.map((row) => row.length));
  if (width !== 2) throw invalid(`名次分值表选了 ${width} 列：请选择两列区域（名次、分值）`);
  return out(rankPoints(r, rankPointsTableFromRows(grid as CellValue[][])));
}
