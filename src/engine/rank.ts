import type { Dec } from './decimal';
import { fastPaths } from './fast-paths';
import { fixedOfDec, fixedToNumber } from './fixed';
import { NumberIndex } from './number-index';
import type { RankMethod } from './scheme/types';

/** A unit's ranking keys: the score first, then the tie-break scores in order; null = not ranked (blank). */
export type RankKeys = readonly Dec[] | null;

/** Compare two key rows, higher first: negative when `a` ranks ahead of `b`. Later keys break ties of earlier ones. */
export function compareKeys(a: readonly Dec[], b: readonly Dec[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = b[i].cmp(a[i]);
    if (c !== 0) return c;
  }
  return b.length - a.length;
}

/**
 * Ranks of every row, higher keys first, in one sort: O(n log n).
 * competition: 1, 2, 2, 4 (RANK.EQ); dense: 1, 2, 2, 3 (中国式排名).
 * With `groups`, each group is ranked on its own (分类排名). A row is not ranked (null)
 * when its keys are null (blank score) or, when groups are given, its group is null:
 * a unit without a category has no place in a category ranking, and a blank rank shows it.
 * Unranked rows do not count for anyone else. Pure: the inputs are never mutated.
 */
export function rankAll(
  keys: readonly RankKeys[],
  method: RankMethod,
  groups?: readonly (string | null)[] | null,
): (number | null)[] {
  return ranksAndPlaces(keys, method, groups).ranks;
}

/** Doubles compare in one instruction; a decimal of at most 15 significant digits is the only one at its double. */
function approximations(keys: readonly RankKeys[]): { approx: (Float64Array | null)[]; exact: boolean[] } {
  const approx: (Float64Array | null)[] = new Array(keys.length);
  const exact: boolean[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null) {
      approx[i] = null;
      exact[i] = false;
      continue;
    }
    const a = new Float64Array(k.length);
    let all = fastPaths.enabled;
    for (let x = 0; x < k.length; x++) {
      // a decimal that fits a Fixed has ≤ 15 digits and a double well within range
      const f = all ? fixedOfDec(k[x]) : null;
      const n = f !== null ? fixedToNumber(f) : k[x].toNumber();
      a[x] = n;
      if (f === null && (k[x].sd() > 15 || (n !== 0 && !(Math.abs(n) >= 1e-300 && Math.abs(n) <= 1e300)))) all = false;
    }
    approx[i] = a;
    exact[i] = all;
  }
  return { approx, exact };
}

/**
 * The displayed ranks (scheme method) and the places awards count (competition), from one
 * sort: see rankAll and placesOf. `order` is the ranked rows in ranking order (by group, keys
 * high first, then row): rows sharing a place are next to each other, in the order given.
 */
export function ranksAndPlaces(
  keys: readonly RankKeys[],
  method: RankMethod,
  groups?: readonly (string | null)[] | null,
): { ranks: (number | null)[]; places: (number | null)[]; order: ArrayLike<number> } {
  if (groups && groups.length !== keys.length)
    throw new RangeError(`rankAll: ${keys.length} key rows but ${groups.length} groups`);
  const ranks: (number | null)[] = new Array<number | null>(keys.length).fill(null);
  const places: (number | null)[] = new Array<number | null>(keys.length).fill(null);
  const groupIds = groupIdsOf(groups, keys.length);
  const order: number[] = [];
  for (let i = 0; i < keys.length; i++) if (keys[i] !== null && groupIds[i] >= 0) order.push(i);

  // one exact key each (the usual total alone): the doubles are the order, and equal doubles are equal keys
  const single = singleKeys(keys, order);
  if (single) {
    const sorted = sortByNumber(Int32Array.from(order), single, groupIds);
    placeInOrder(sorted.order, groupIds, method, ranks, places, sorted.level);
    return { ranks, places, order: sorted.order };
  }

  // Doubles make the sort fast; rounding to a double is monotone, so a strict difference between
  // doubles is the true order, and only equal doubles of keys beyond 15 digits need the exact decimal comparison.
  const { approx, exact } = approximations(keys);
  const cmp = (i: number, j: number): number => {
    const a = approx[i]!;
    const b = approx[j]!;
    const both = exact[i] && exact[j];
    for (let x = 0; x < a.length && x < b.length; x++) {
      if (a[x] !== b[x]) return a[x] < b[x] ? 1 : -1;
      if (both) continue;
      const c = keys[j]![x].cmp(keys[i]![x]);
      if (c !== 0) return c;
    }
    return b.length - a.length;
  };
  order.sort((i, j) => groupIds[i] - groupIds[j] || cmp(i, j) || i - j);
  placeInOrder(order, groupIds, method, ranks, places, levelsOf(order, keys.length, cmp));
  return { ranks, places, order };
}

/**
 * ranksAndPlaces for one exact number per row (a total of at most 15 significant digits as the
 * double it exactly is: distinct totals are distinct doubles, in the same order). NaN = not
 * ranked; groupIds as groupIdsOf makes them (-1 = not ranked), null = one group.
 */
export function ranksOfNumbers(
  values: Float64Array,
  method: RankMethod,
  groupIds: Int32Array | null,
): { ranks: (number | null)[]; places: (number | null)[]; order: ArrayLike<number> } {
  const n = values.length;
  const ids = groupIds ?? new Int32Array(n);
  const ranks: (number | null)[] = new Array<number | null>(n).fill(null);
  const places: (number | null)[] = new Array<number | null>(n).fill(null);
  const sorted = sortByNumber(rankedRows(values, ids), values, ids);
  placeInOrder(sorted.order, ids, method, ranks, places, sorted.level);
  return { ranks, places, order: sorted.order };
}

/**
 * The rows ranked (a value, a group), ascending. Each loop here is run once or twice a run and
 * ends a function of its own that returns a number or nothing (docs/limits.md: loops run once a run).
 */
function rankedRows(values: Float64Array, ids: Int32Array): Int32Array {
  const rows = new Int32Array(values.length);
  return rows.subarray(0, rankedInto(values, ids, rows));
}

function rankedInto(values: Float64Array, ids: Int32Array, rows: Int32Array): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i] && ids[i]! >= 0) rows[m++] = i;
  return m;
}

/**
 * `rows` (ascending) in ranking order: by group, then value high to low, then row, with each
 * row's level (0 = the highest value of all). Without a comparator: the distinct values numbered
 * (NumberIndex), only those sorted natively, then two stable counting sorts (by level, then by group).
 */
function sortByNumber(rows: Int32Array, values: Float64Array, groupIds: Int32Array): { order: Int32Array; level: Int32Array } {
  const level = new Int32Array(values.length);
  const distinct = new NumberIndex(Math.min(rows.length, 1024));
  numberLevels(rows, values, distinct, level);
  // the distinct values high to low; each one's level found by binary search
  const d = distinct.size;
  const sorted = distinct.values.slice(0, d).sort().reverse();
  const levelOf = new Int32Array(d);
  levelsOfDistinct(distinct.values, sorted, levelOf);
  const groups = relevelled(rows, level, levelOf, groupIds);
  const byLevel = countingSort(rows, level, d);
  return { order: groups > 1 ? countingSort(byLevel, groupIds, groups) : byLevel, level };
}

/** Each row's value numbered (the distinct values, in the order met), in level. */
function numberLevels(rows: Int32Array, values: Float64Array, distinct: NumberIndex, level: Int32Array): void {
  for (let p = 0; p < rows.length; p++) level[rows[p]!] = distinct.add(values[rows[p]!]!);
}

/** Each distinct value's place in `sorted` (high to low), by binary search. */
function levelsOfDistinct(values: Float64Array, sorted: Float64Array, levelOf: Int32Array): void {
  const d = levelOf.length;
  for (let id = 0; id < d; id++) {
    const v = values[id]!;
    let lo = 0;
    let hi = d - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! > v) lo = mid + 1;
      else hi = mid;
    }
    levelOf[id] = lo;
  }
}

/** Each row's number made its level; the number of groups. */
function relevelled(rows: Int32Array, level: Int32Array, levelOf: Int32Array, groupIds: Int32Array): number {
  let groups = 0;
  for (let p = 0; p < rows.length; p++) {
    const i = rows[p]!;
    level[i] = levelOf[level[i]!]!;
    const g = groupIds[i]!;
    if (g >= groups) groups = g + 1;
  }
  return groups;
}

/** `rows` stably sorted by key[row] (0 … size − 1). */
function countingSort(rows: Int32Array, key: Int32Array, size: number): Int32Array {
  const start = new Int32Array(size + 1);
  countKeys(rows, key, start);
  startsFromCounts(start);
  const out = new Int32Array(rows.length);
  placeByKey(rows, key, start, out);
  return out;
}

function countKeys(rows: Int32Array, key: Int32Array, start: Int32Array): void {
  for (let p = 0; p < rows.length; p++) start[key[rows[p]!]! + 1]!++;
}

function startsFromCounts(start: Int32Array): void {
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
}

function placeByKey(rows: Int32Array, key: Int32Array, start: Int32Array, out: Int32Array): void {
  for (let p = 0; p < rows.length; p++) {
    const i = rows[p]!;
    out[start[key[i]!]!++] = i;
  }
}

/** Each ranked row's single key as the double it exactly is; null when any row has more keys or a key beyond 15 digits. */
function singleKeys(keys: readonly RankKeys[], order: readonly number[]): Float64Array | null {
  if (!fastPaths.enabled) return null;
  const v = new Float64Array(keys.length);
  for (const i of order) {
    const k = keys[i]!;
    if (k.length !== 1) return null;
    const f = fixedOfDec(k[0]!);
    if (f === null) return null;
    v[i] = fixedToNumber(f);
  }
  return v;
}

/** Each row's level down a sorted order (rows the comparator finds equal share one; the first is 0), by row. */
function levelsOf(order: readonly number[], n: number, cmp: (i: number, j: number) => number): Int32Array {
  const level = new Int32Array(n);
  for (let p = 1; p < order.length; p++) level[order[p]!] = level[order[p - 1]!]! + (cmp(order[p - 1]!, order[p]!) !== 0 ? 1 : 0);
  return level;
}

/**
 * Ranks and places down the sorted order: a new group starts at 1, a row whose level differs
 * from the one before moves on. Levels, not a comparator: a function made per run would be a
 * new call target for the loop's optimised code each time.
 */
function placeInOrder(
  order: ArrayLike<number>,
  groupIds: Int32Array,
  method: RankMethod,
  ranks: (number | null)[],
  places: (number | null)[],
  level: Int32Array,
): void {
  let position = 0;
  let dense = 0;
  let competition = 0;
  for (let p = 0; p < order.length; p++) {
    const i = order[p];
    const prev = p > 0 ? order[p - 1] : -1;
    if (prev < 0 || groupIds[prev] !== groupIds[i]) {
      position = 1;
      dense = 1;
      competition = 1;
    } else {
      position++;
      if (level[prev] !== level[i]) {
        dense++;
        competition = position;
      }
    }
    ranks[i] = method === 'dense' ? dense : competition;
    places[i] = competition;
  }
}

/** A small integer per group (any order; -1 = no group, not ranked); all 0 without groups. */
export function groupIdsOf(groups: readonly (string | null)[] | null | undefined, n: number): Int32Array {
  const ids = new Int32Array(n);
  if (!groups) return ids;
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const g = groups[i];
    if (g === null) {
      ids[i] = -1;
      continue;
    }
    let id = seen.get(g);
    if (id === undefined) seen.set(g, (id = seen.size));
    ids[i] = id;
  }
  return ids;
}

/**
 * Places, as awards count them: 1 + the rows strictly ahead in the same group (competition
 * ranking), whatever method a sheet displays. Units tied on a window's last place share it.
 */
export function placesOf(keys: readonly RankKeys[], groups?: readonly (string | null)[] | null): (number | null)[] {
  return ranksAndPlaces(keys, 'competition', groups).places;
}
