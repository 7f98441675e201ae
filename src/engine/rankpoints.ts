import { CellValue, quote, readCell } from './cell';
import { matchKey } from './match';
import { Dec, show } from './decimal';
import { invalid, notEntered } from './errors';

/** Ranks from..to (inclusive) earn `points`. */
export interface RankPointsRow {
  from: number;
  to: number;
  points: Dec;
}

/** A rank cell: 3, "3", "第3名", or a span "1-3" / "1～3" / "1至3名". Null when it is not one. */
function rankSpan(raw: CellValue): { from: number; to: number } | null {
  const c = readCell(raw);
  if (c.kind === 'number') {
    if (!c.value.isInteger() || c.value.lt(1) || c.percent) return null;
    const n = c.value.toNumber();
    return { from: n, to: n };
  }
  if (c.kind !== 'text') return null;
  const t = matchKey(c.text);
  const m = /^第?(\d+)名?(?:(?:-|~|〜|—|至|到)第?(\d+)名?)?$/.exec(t);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from >= 1 && to >= from ? { from, to } : null;
}

/**
 * The table of points per rank position (排名对应的分值): 2 columns (rank, points), any row
 * order. A rank may be a span ("1-3"). A first row of two headings (名次, 分值) is skipped.
 * Returned sorted by rank, for rankPoints' binary search; O(n log n).
 */
export function rankPointsTableFromRows(rows: readonly (readonly CellValue[])[]): RankPointsRow[] {
  const table: RankPointsRow[] = [];
  let first = true;
  rows.forEach((row, i) => {
    const rc = readCell(row[0]);
    const pc = readCell(row[1]);
    if (rc.kind === 'blank' && pc.kind === 'blank') return;
    const wasFirst = first;
    first = false;
    const span = rankSpan(row[0] as CellValue);
    if (wasFirst && span === null && rc.kind === 'text' && pc.kind === 'text') return;
    if (span === null)
      throw invalid(`名次分值表第${i + 1}行的名次 ${quote(row[0])} 无效：名次应为 1 或更大的整数，或写成 "1-3" 表示第1至3名`);
    if (pc.kind === 'blank') throw notEntered(`名次分值表第${i + 1}行（第${span.from}名）的分值为空：尚未填写`);
    if (pc.kind !== 'number') throw invalid(`名次分值表第${i + 1}行的分值 ${quote(row[1])} 不是数字：请填写该名次对应的分值`);
    table.push({ ...span, points: pc.value });
  });
  if (table.length === 0) throw invalid('名次分值表为空：请选择两列区域（名次、分值）');
  table.sort((a, b) => a.from - b.from || a.to - b.to);
  let reach = 0;
  for (const r of table) {
    if (r.from <= reach) throw invalid(`名次分值表中第${r.from}名出现了两次：每个名次只能对应一个分值`);
    reach = Math.max(reach, r.to);
  }
  return table;
}

/** RANKPOINTS: the points for rank position `rank`. A rank the table does not list → #N/A. */
export function rankPoints(rank: Dec, table: readonly RankPointsRow[]): Dec {
  if (!rank.isInteger() || rank.lt(1)) throw invalid(`名次 ${show(rank)} 无效：名次应为 1 或更大的整数`);
  const n = rank.toNumber();
  // table is sorted by `from` with no overlaps (rankPointsTableFromRows): the last row starting at or before n
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (table[mid].from <= n) lo = mid;
    else hi = mid - 1;
  }
  const row = table[lo];
  if (!row || row.from > n || row.to < n) {
    const last = table.reduce((m, r) => Math.max(m, r.to), 0);
    throw notEntered(`第${show(rank)}名不在名次分值表中（表中列到第${last}名）：请在表中补上该名次的分值`);
  }
  return row.points;
}
