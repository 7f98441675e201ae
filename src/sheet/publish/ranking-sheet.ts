import { textKey } from '../../engine/cell';
import type { BlockColumn, SheetPlan } from '../plan';
import { widestGrade, widestName } from '../ranking/sheet-layout';
import type { RankingResult, UnitResult, UsedComponent } from '../ranking/types';
import { PostedFrame, type PostedContext } from './posted-frame';
import { postedNotes } from './posted-notes';
import { ruleLine } from './rule-line';
import { categoryLists } from './category-lists';
import { GroupColumns, NOT_RANKED, NOT_SCORED, SharedCells } from './ranking-columns';
import { textWidth, widestText, widthFor } from '../text-width';


function byRank(a: UnitResult, b: UnitResult): number {
  if (a.rank === null || b.rank === null) return a.rank === null ? (b.rank === null ? a.row - b.row : 1) : -1;
  return a.rank - b.rank || a.row - b.row;
}


const ROWS = 2 ** 21;

/**
 * The indices of `indices` in byRank order of their units. Units listed in sheet order are
 * counted into their ranks (the unranked last), each rank's in sheet order: no comparison at all.
 */
function rankOrder(units: readonly UnitResult[], indices: ArrayLike<number>): number[] {
  const n = indices.length;
  let plain = units.length < ROWS;
  let top = 0;
  for (let k = 0; k < n && plain; k++) {
    const i = indices[k]!;
    const u = units[i]!;
    const rank = u.rank;
    plain = (rank === null || (Number.isInteger(rank) && rank >= 0 && rank < ROWS)) && (k === 0 || units[indices[k - 1]!]!.row < u.row);
    if (rank !== null && rank > top) top = rank;
  }
  if (!plain) return Array.from(indices).sort((a, b) => byRank(units[a]!, units[b]!));
  // each unit's bucket (top + 1: the unranked), read once: no function made per run, which the loops' optimised code would meet anew each time
  const buckets = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const rank = units[indices[k]!]!.rank;
    buckets[k] = rank === null ? top + 1 : rank;
  }
  const starts = new Int32Array(top + 3);
  for (let k = 0; k < n; k++) starts[buckets[k]! + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const out = new Array<number>(n).fill(0);
  for (let k = 0; k < n; k++) out[starts[buckets[k]!]!++] = indices[k]!;
  return out;
}

const HAS_DEDUCTION = 1;
const HAS_BONUS = 2;
const HAS_REMARK = 4;
const HAS_AWARD = 8;
const HAS_NOTE = 16;

/**
 * What the units hold that gives 排名 a column (a column that would stay empty is left out:
 * fewer columns print larger), as HAS_* flags, and each unit's posted note in `notes`: one pass
 * over the units. Its loop ends it, and it returns a number (docs/limits.md: loops run once a run).
 */
function presentInUnits(units: readonly UnitResult[], notes: string[]): number {
  let present = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.deduction !== null) present |= HAS_DEDUCTION;
    if (u.bonus !== null) present |= HAS_BONUS;
    if (u.remark !== null) present |= HAS_REMARK;
    if (u.awards.length > 0) present |= HAS_AWARD;
    const note = postedNotes(u);
    if (note !== '') {
      notes[i] = note;
      present |= HAS_NOTE;
    }
  }
  return present;
}

/**
 * Each unit's group and place in it (−1: in none), so that the units are then read once, in sheet
 * order (100,000 units read in rank order miss the processor's cache at every one). The loops over
 * the units are functions of their own, so that the sheet's builder, run once a ranking, is never
 * worth optimising: optimised, it took V8 about 100 ms of compiling on the other core, in the very
 * runs it was meant to speed up (docs/limits.md: loops run once a run).
 */
function placeInGroups(grouped: number[][], groupOf: Int32Array, placeOf: Int32Array): void {
  for (let g = 0; g < grouped.length; g++) {
    const order = grouped[g]!;
    for (let k = 0; k < order.length; k++) {
      groupOf[order[k]!] = g;
      placeOf[order[k]!] = k;
    }
  }
}

function putInGroups(all: readonly UnitResult[], groups: GroupColumns[], groupOf: Int32Array, placeOf: Int32Array, shared: SharedCells): void {
  for (let index = 0; index < all.length; index++) {
    const g = groupOf[index]!;
    if (g >= 0) groups[g]!.put(placeOf[index]!, all[index]!, index, shared);
  }
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
  // a typed list: one kind of list however the run's code is optimised (a mapped list's kind differs)
  const shown = Int32Array.from(components, (c) => result.components.indexOf(c));
  const notes = new Array<string>(result.units.length).fill('');
  const present = presentInUnits(result.units, notes);
  const hasDeduction = (present & HAS_DEDUCTION) !== 0;
  const hasBonus = (present & HAS_BONUS) !== 0;
  const anyRemark = (present & HAS_REMARK) !== 0;
  const awarded = (present & HAS_AWARD) !== 0;
  const noted = (present & HAS_NOTE) !== 0;
  const remarks = ctx.office.publishRemarks && anyRemark;
  // ranked per category under a heading naming it, a 类别 column would only repeat the heading
  const categoryColumn = result.hasCategory && !result.scheme.ranking.byCategory;
  // lists joined with concat, not spreads: a spread of a mapped list deoptimises when the list's elements kind differs between runs
  const header = ['名次', '单位'].concat(
    categoryColumn ? ['类别'] : [],
    components.map((c) => c.header),
    hasDeduction ? ['扣分'] : [],
    hasBonus ? ['加分'] : [],
    ['总分', '等次'],
    awarded ? ['奖项'] : [],
    remarks ? ['备注'] : [],
    noted ? ['说明'] : [],
  );
  const frame = new PostedFrame(title, header);
  const lists = categoryColumn ? [Array.from(result.units, (_, i) => i)] : categoryLists(result).each;
  const grouped: number[][] = [];
  for (let g = 0; g < lists.length; g++) grouped.push(rankOrder(result.units, lists[g]!));
  const all = result.units;
  const groupOf = new Int32Array(all.length).fill(-1);
  const placeOf = new Int32Array(all.length);
  placeInGroups(grouped, groupOf, placeOf);
  const optional = { categoryColumn, awarded, remarks, noted };
  const shared = new SharedCells(result, shown, optional, notes);
  const groups: GroupColumns[] = [];
  for (let g = 0; g < grouped.length; g++) groups.push(new GroupColumns(grouped[g]!.length, shown.length, optional));
  putInGroups(all, groups, groupOf, placeOf, shared);
  if (shared.known > 0) for (let g = 0; g < grouped.length; g++) groups[g]!.readScores(grouped[g]!, all, shared);
  const nameWidest = widestName(result);
  const categoryWidest = widestText(result.categories);
  const awardWidest = awarded ? Math.max(...groups.map((c) => widestText(c.awards))) : 0;
  const noteWidest = noted ? widestText(notes) : 0;
  groups.forEach((c, i) => {
    if (result.hasCategory && !categoryColumn) frame.heading(`${result.categories[i]}（${c.n} 个单位）`);
    const columns = ([
      { style: 'integer', values: c.ranks, widest: textWidth(NOT_RANKED) },
      { style: 'text', values: c.names, widest: nameWidest },
    ] as BlockColumn[]).concat(
      categoryColumn ? [{ style: 'text', values: c.categories, widest: categoryWidest }] : [],
      c.scores.map((values): BlockColumn => ({ style: 'number', values })),
      hasDeduction ? [{ style: 'number', values: c.deductions }] : [],
      hasBonus ? [{ style: 'number', values: c.bonuses }] : [],
      [
        { style: 'number', values: c.totals, styles: c.totalStyles, numFmts: c.totalFormats, widest: textWidth(NOT_SCORED) },
        { style: 'integer', values: c.grades, widest: widestGrade(result) },
      ],
      awarded ? [{ style: 'text', values: c.awards, widest: awardWidest }] : [],
      remarks ? [{ style: 'note', values: c.remarks }] : [],
      noted ? [{ style: 'note', values: c.notes, widest: noteWidest }] : [],
    );
    frame.block(columns, c.n);
  });
  frame.close(ctx, ruleLine(result));
  const widths = [5, widthFor(nameWidest, 8, 22)].concat(
    categoryColumn ? [widthFor(categoryWidest, 6, 20)] : [],
    // a few components get room for their headers; many share the page
    components.map((c) => Math.max(7, Math.min(components.length > 5 ? 8 : 12, Math.ceil(textWidth(c.header) / 2) + 1))),
    hasDeduction ? [6] : [],
    hasBonus ? [6] : [],
    [7, 5],
    awarded ? [widthFor(awardWidest, 6, 16)] : [],
    remarks ? [14] : [],
    noted ? [widthFor(noteWidest, 6, 22)] : [],
  );
  return frame.plan(name, 'ranking', widths, ctx);
}
