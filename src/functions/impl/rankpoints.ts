import { CellValue } from '../../engine/cell';
import { invalid } from '../../engine/errors';
import { rankPoints, rankPointsTableFromRows } from '../../engine/rankpoints';
import { Arg, isOmitted, out, requiredNumber, tableOf, widthOf } from '../args';
import { PARAMS } from '../params';

const P = PARAMS.RANKPOINTS;

/** PERF.RANKPOINTS(rank, table) */
export function rankpointsImpl(rank: Arg, table: Arg): number {
  const r = requiredNumber(rank, P.rank);
  if (isOmitted(table)) throw invalid(`缺少${P.table}：请选择两列区域（名次、分值）`);
  const grid = tableOf(table);
  const width = widthOf(grid);
  if (grid.length > 0 && width !== 2) throw invalid(`${P.table}选了 ${width} 列：请选择两列区域（名次、分值）`);
  return out(rankPoints(r, rankPointsTableFromRows(grid as CellValue[][])));
}
