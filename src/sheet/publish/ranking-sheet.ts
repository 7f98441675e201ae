import { textKey } from '../../engine/cell';
import { Dec, toExcel } from '../../engine/decimal';
import type { PlanCell, SheetPlan } from '../plan';
import { cell, totalFormat } from '../ranking/sheet-layout';
import type { RankingResult, UnitResult, UsedComponent } from '../ranking/types';
import { PostedFrame, postedPrint, type PostedContext } from './posted-frame';
import { postedNotes } from './posted-notes';
import { ruleLine } from './rule-line';

const num = (d: Dec | null, fmt?: string): PlanCell => (d === null ? cell(null, 'number') : cell(toExcel(d), 'number', fmt));

function byRank(a: UnitResult, b: UnitResult): number {
  if (a.rank === null || b.rank === null) return a.rank === null ? (b.rank === null ? a.row - b.row : 1) : -1;
  return a.rank - b.rank || a.row - b.row;
}

/** The components the office publishes (公示设置 “公布的得分列”; all when not set), matched as clerks write names. */
export function publishedComponents(result: RankingResult, wanted: string[] | null): UsedComponent[] {
  if (wanted === null) return result.components;
  const keys = new Set(wanted.map(textKey));
  return result.components.filter((c) => keys.has(textKey(c.header)) || keys.has(textKey(c.name)));
}

/** 排名, as posted: one row per unit, by category then rank; the rule in plain words underneath. */
export function rankingSheetPlan(result: RankingResult, ctx: PostedContext, title: string, name = '排名'): SheetPlan {
  const components = publishedComponents(result, ctx.office.publishedComponents);
  const shown = components.map((c) => result.components.indexOf(c));
  const hasDeduction = result.units.some((u) => u.deduction !== null);
  const hasBonus = result.units.some((u) => u.bonus !== null);
  const remarks = ctx.office.publishRemarks && result.units.some((u) => u.remark !== null);
  const header = [
    '名次',
    '单位',
    ...(result.hasCategory ? ['类别'] : []),
    ...components.map((c) => c.header),
    ...(hasDeduction ? ['扣分'] : []),
    ...(hasBonus ? ['加分'] : []),
    '总分',
    '等次',
    '奖项',
    ...(remarks ? ['备注'] : []),
    '说明',
  ];
  const frame = new PostedFrame(title, header);
  const fixed = result.scheme.decimals;
  const grouped = result.categories.map((c) => result.units.filter((u) => u.category === c).sort(byRank));
  grouped.forEach((units, i) => {
    if (result.hasCategory) frame.wide(`${result.categories[i]}（${units.length} 个单位）`, 'subtitle');
    for (const u of units)
      frame.rows.push([
        u.rank === null ? cell('—', 'integer') : cell(u.rank, 'integer'),
        cell(u.name),
        ...(result.hasCategory ? [cell(u.category)] : []),
        ...shown.map((k) => num(u.scores[k] ?? null)),
        ...(hasDeduction ? [num(u.deduction)] : []),
        ...(hasBonus ? [num(u.bonus)] : []),
        u.total === null ? cell('未计分', 'integer') : num(u.total, totalFormat(u.total.decimalPlaces(), fixed)),
        cell(u.grade ?? '', 'integer'),
        cell(u.awards.join('、')),
        ...(remarks ? [cell(u.remark ?? '', 'note')] : []),
        cell(postedNotes(u), 'note'),
      ]);
  });
  frame.close(ctx, ruleLine(result));
  const widths = [6, 22, ...(result.hasCategory ? [20] : []), ...components.map(() => 10), ...(hasDeduction ? [7] : []), ...(hasBonus ? [7] : []), 9, 8, 12, ...(remarks ? [18] : []), 16];
  return {
    name,
    kind: 'ranking',
    rows: frame.rows,
    merges: frame.merges,
    columnWidths: widths,
    rowHeights: frame.heights(widths),
    freeze: { rows: frame.headerRow + 1, columns: 0 },
    print: postedPrint(frame.headerRow, frame.width, ctx),
  };
}
