import { textKey } from '../../engine/cell';
import type { Dec } from '../../engine/decimal';
import { toExcelFast } from '../../engine/fixed';
import type { BlockColumn, CellStyle, SheetPlan } from '../plan';
import { totalFormat } from '../ranking/sheet-layout';
import type { RankingResult, UnitResult, UsedComponent } from '../ranking/types';
import { PostedFrame, type PostedContext } from './posted-frame';
import { postedNotes } from './posted-notes';
import { ruleLine } from './rule-line';
import { fitWidth, textWidth } from '../text-width';


function byRank(a: UnitResult, b: UnitResult): number {
  if (a.rank === null || b.rank === null) return a.rank === null ? (b.rank === null ? a.row - b.row : 1) : -1;
  return a.rank - b.rank || a.row - b.row;
}

/** The units of each category, in the order of result.categories. */
function byCategory(result: RankingResult): UnitResult[][] {
  const groups = new Map<string, UnitResult[]>(result.categories.map((c) => [c, []]));
  for (const u of result.units) groups.get(u.category)?.push(u);
  return [...groups.values()];
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
  // a column that would stay empty is left out: fewer columns print larger
  const awarded = result.units.some((u) => u.awards.length > 0);
  const notes = result.units.map(postedNotes);
  const noted = notes.some((n) => n !== '');
  // ranked per category under a heading naming it, a 类别 column would only repeat the heading
  const categoryColumn = result.hasCategory && !result.scheme.ranking.byCategory;
  const header = [
    '名次',
    '单位',
    ...(categoryColumn ? ['类别'] : []),
    ...components.map((c) => c.header),
    ...(hasDeduction ? ['扣分'] : []),
    ...(hasBonus ? ['加分'] : []),
    '总分',
    '等次',
    ...(awarded ? ['奖项'] : []),
    ...(remarks ? ['备注'] : []),
    ...(noted ? ['说明'] : []),
  ];
  const frame = new PostedFrame(title, header);
  const fixed = result.scheme.decimals;
  const indexOf = new Map(result.units.map((u, i) => [u, i]));
  const grouped = categoryColumn ? [[...result.units].sort(byRank)] : byCategory(result).map((units) => units.sort(byRank));
  // units with the same total share its decimal (fixedToDec), and so its format
  const formats = new Map<Dec, string>();
  const formatOf = (d: Dec) => {
    let f = formats.get(d);
    if (f === undefined) formats.set(d, (f = totalFormat(d.decimalPlaces(), fixed)));
    return f;
  };
  const scores = (units: UnitResult[], of: (u: UnitResult) => Dec | null): BlockColumn => ({
    style: 'number',
    values: units.map((u) => {
      const d = of(u);
      return d === null ? null : toExcelFast(d);
    }),
  });
  grouped.forEach((units, i) => {
    if (result.hasCategory && !categoryColumn) frame.heading(`${result.categories[i]}（${units.length} 个单位）`);
    const totalStyles: (CellStyle | undefined)[] = [];
    const totalFormats: (string | undefined)[] = [];
    const totals = units.map((u, k) => {
      if (u.total === null) {
        totalStyles[k] = 'integer';
        return '未计分';
      }
      totalFormats[k] = formatOf(u.total);
      return toExcelFast(u.total);
    });
    const columns: BlockColumn[] = [
      { style: 'integer', values: units.map((u) => u.rank ?? '—') },
      { style: 'text', values: units.map((u) => u.name) },
      ...(categoryColumn ? [{ style: 'text' as const, values: units.map((u) => u.category) }] : []),
      ...shown.map((c) => scores(units, (u) => u.scores[c] ?? null)),
      ...(hasDeduction ? [scores(units, (u) => u.deduction)] : []),
      ...(hasBonus ? [scores(units, (u) => u.bonus)] : []),
      { style: 'number', values: totals, styles: totalStyles, numFmts: totalFormats },
      { style: 'integer', values: units.map((u) => u.grade ?? '') },
      ...(awarded ? [{ style: 'text' as const, values: units.map((u) => (u.awards.length === 0 ? '' : u.awards.join('、'))) }] : []),
      ...(remarks ? [{ style: 'note' as const, values: units.map((u) => u.remark ?? '') }] : []),
      ...(noted ? [{ style: 'note' as const, values: units.map((u) => notes[indexOf.get(u)!]!) }] : []),
    ];
    frame.block(columns, units.length);
  });
  frame.close(ctx, ruleLine(result));
  const widths = [
    5,
    fitWidth(result.units.map((u) => u.name), 8, 22),
    ...(categoryColumn ? [fitWidth(result.categories, 6, 20)] : []),
    // a few components get room for their headers; many share the page
    ...components.map((c) => Math.max(7, Math.min(components.length > 5 ? 8 : 12, Math.ceil(textWidth(c.header) / 2) + 1))),
    ...(hasDeduction ? [6] : []),
    ...(hasBonus ? [6] : []),
    7,
    5,
    ...(awarded ? [fitWidth(result.units.map((u) => u.awards.join('、')), 6, 16)] : []),
    ...(remarks ? [14] : []),
    ...(noted ? [fitWidth(notes, 6, 22)] : []),
  ];
  return frame.plan(name, 'ranking', widths, ctx);
}
