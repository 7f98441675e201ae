import { textKey } from '../../engine/cell';
import type { Dec } from '../../engine/decimal';
import { toExcelFast } from '../../engine/fixed';
import type { BlockColumn, CellStyle, PlanCell, SheetPlan } from '../plan';
import { totalFormat, widestGrade, widestName } from '../ranking/sheet-layout';
import type { RankingResult, UnitResult, UsedComponent } from '../ranking/types';
import { PostedFrame, type PostedContext } from './posted-frame';
import { postedNotes } from './posted-notes';
import { ruleLine } from './rule-line';
import { textWidth, widestText, widthFor } from '../text-width';


function byRank(a: UnitResult, b: UnitResult): number {
  if (a.rank === null || b.rank === null) return a.rank === null ? (b.rank === null ? a.row - b.row : 1) : -1;
  return a.rank - b.rank || a.row - b.row;
}

/** The indices of the units of each category, in the order of result.categories. */
function byCategory(result: RankingResult): number[][] {
  const groups = new Map<string, number[]>(result.categories.map((c) => [c, []]));
  result.units.forEach((u, i) => groups.get(u.category)?.push(i));
  return [...groups.values()];
}

const NOT_RANKED = '—';
const NOT_SCORED = '未计分';

const ROWS = 2 ** 21;

/**
 * The indices of `indices` in byRank order of their units. Units listed in sheet order sort
 * as one number each, rank × 2²¹ + index (unranked: rank 2²¹), without a comparison call per pair.
 */
function rankOrder(units: readonly UnitResult[], indices: number[]): number[] {
  const keys = new Float64Array(indices.length);
  let plain = units.length < ROWS;
  for (let k = 0; k < indices.length && plain; k++) {
    const i = indices[k]!;
    const u = units[i]!;
    const rank = u.rank ?? ROWS;
    plain = Number.isInteger(rank) && rank >= 0 && rank <= ROWS && (i === 0 || units[i - 1]!.row < u.row);
    keys[k] = rank * ROWS + i;
  }
  if (!plain) return [...indices].sort((a, b) => byRank(units[a]!, units[b]!));
  keys.sort();
  const out = new Array<number>(keys.length);
  for (let k = 0; k < keys.length; k++) out[k] = keys[k]! % ROWS;
  return out;
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
  const grouped = (categoryColumn ? [result.units.map((_, i) => i)] : byCategory(result)).map((indices) => rankOrder(result.units, indices));
  // units with the same total share its decimal (fixedToDec), and so its format
  const formats = new Map<Dec, string>();
  const formatOf = (d: Dec) => {
    let f = formats.get(d);
    if (f === undefined) formats.set(d, (f = totalFormat(d.decimalPlaces(), fixed)));
    return f;
  };
  // a column repeats its scores: each decimal is turned into a number once
  const numbers = new Map<Dec, number>();
  const numberOf = (d: Dec | null) => {
    if (d === null) return NaN;
    let n = numbers.get(d);
    if (n === undefined) numbers.set(d, (n = toExcelFast(d)));
    return n;
  };
  const all = result.units;
  // each unit's group and place in it: the units are then read once, in sheet order (100,000 units
  // read in rank order miss the processor's cache at every one)
  const groupOf = new Int32Array(all.length).fill(-1);
  const placeOf = new Int32Array(all.length);
  grouped.forEach((order, g) => order.forEach((index, k) => ((groupOf[index] = g), (placeOf[index] = k))));
  const groups = grouped.map((order) => {
    const n = order.length;
    const column = () => new Array<PlanCell['value']>(n);
    return {
      n,
      ranks: column(),
      names: column(),
      categories: column(),
      // numbers as doubles, NaN for a blank (see BlockColumn.values)
      scores: shown.map(() => new Float64Array(n)),
      deductions: new Float64Array(n),
      bonuses: new Float64Array(n),
      totals: column(),
      totalStyles: new Array<CellStyle | undefined>(n),
      totalFormats: new Array<string | undefined>(n),
      grades: column(),
      awards: new Array<string>(n),
      remarks: column(),
      notes: column(),
    };
  });
  // the scores the fast path read, as doubles already (NaN: from the unit's decimals)
  const { scoreNumbers } = result;
  const width = result.components.length;
  const known = scoreNumbers.length;
  for (let index = 0; index < all.length; index++) {
    const g = groupOf[index]!;
    if (g < 0) continue;
    const c = groups[g]!;
    const k = placeOf[index]!;
    const u = all[index]!;
    c.ranks[k] = u.rank ?? NOT_RANKED;
    c.names[k] = u.name;
    c.categories[k] = u.category;
    const at = index * width;
    // a score the fast path read is listed below, in the order of the sheet being planned (u.scores makes its list when read)
    for (let j = 0; j < shown.length; j++) if (!(at < known && scoreNumbers[at + shown[j]!]! === scoreNumbers[at + shown[j]!]!)) c.scores[j]![k] = numberOf(u.scores[shown[j]!] ?? null);
    c.deductions[k] = numberOf(u.deduction);
    c.bonuses[k] = numberOf(u.bonus);
    if (u.total === null) {
      c.totals[k] = NOT_SCORED;
      c.totalStyles[k] = 'integer';
    } else {
      c.totals[k] = numberOf(u.total);
      c.totalFormats[k] = formatOf(u.total);
    }
    c.grades[k] = u.grade ?? '';
    if (awarded) c.awards[k] = u.awards.length === 0 ? '' : u.awards.length === 1 ? u.awards[0]! : u.awards.join('、');
    if (remarks) c.remarks[k] = u.remark ?? '';
    if (noted) c.notes[k] = notes[index]!;
  }
  // a unit's scores are side by side in scoreNumbers: read in the order they are listed, each unit's in one go
  if (known > 0)
    grouped.forEach((order, g) => {
      const scores = groups[g]!.scores;
      for (let k = 0; k < order.length; k++) {
        const at = order[k]! * width;
        for (let j = 0; j < shown.length; j++) {
          const x = scoreNumbers[at + shown[j]!]!;
          if (x === x) scores[j]![k] = x;
        }
      }
    });
  const nameWidest = widestName(result);
  const categoryWidest = widestText(result.categories);
  const awardWidest = awarded ? Math.max(...groups.map((c) => widestText(c.awards))) : 0;
  const noteWidest = noted ? widestText(notes) : 0;
  groups.forEach((c, i) => {
    if (result.hasCategory && !categoryColumn) frame.heading(`${result.categories[i]}（${c.n} 个单位）`);
    const columns: BlockColumn[] = [
      { style: 'integer', values: c.ranks, widest: textWidth(NOT_RANKED) },
      { style: 'text', values: c.names, widest: nameWidest },
      ...(categoryColumn ? [{ style: 'text' as const, values: c.categories, widest: categoryWidest }] : []),
      ...c.scores.map((values): BlockColumn => ({ style: 'number', values })),
      ...(hasDeduction ? [{ style: 'number' as const, values: c.deductions }] : []),
      ...(hasBonus ? [{ style: 'number' as const, values: c.bonuses }] : []),
      { style: 'number', values: c.totals, styles: c.totalStyles, numFmts: c.totalFormats, widest: textWidth(NOT_SCORED) },
      { style: 'integer', values: c.grades, widest: widestGrade(result) },
      ...(awarded ? [{ style: 'text' as const, values: c.awards, widest: awardWidest }] : []),
      ...(remarks ? [{ style: 'note' as const, values: c.remarks }] : []),
      ...(noted ? [{ style: 'note' as const, values: c.notes, widest: noteWidest }] : []),
    ];
    frame.block(columns, c.n);
  });
  frame.close(ctx, ruleLine(result));
  const widths = [
    5,
    widthFor(nameWidest, 8, 22),
    ...(categoryColumn ? [widthFor(categoryWidest, 6, 20)] : []),
    // a few components get room for their headers; many share the page
    ...components.map((c) => Math.max(7, Math.min(components.length > 5 ? 8 : 12, Math.ceil(textWidth(c.header) / 2) + 1))),
    ...(hasDeduction ? [6] : []),
    ...(hasBonus ? [6] : []),
    7,
    5,
    ...(awarded ? [widthFor(awardWidest, 6, 16)] : []),
    ...(remarks ? [14] : []),
    ...(noted ? [widthFor(noteWidest, 6, 22)] : []),
  ];
  return frame.plan(name, 'ranking', widths, ctx);
}
