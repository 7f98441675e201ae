import type { Dec } from './decimal';
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
  if (groups && groups.length !== keys.length)
    throw new RangeError(`rankAll: ${keys.length} key rows but ${groups.length} groups`);
  const ranks: (number | null)[] = new Array<number | null>(keys.length).fill(null);
  const groupIds = groupIdsOf(groups, keys.length);
  const order: number[] = [];
  for (let i = 0; i < keys.length; i++) if (keys[i] !== null && groupIds[i] >= 0) order.push(i);

  // Doubles make the sort fast; rounding to a double is monotone, so a strict difference between
  // doubles is the true order, and only equal doubles need the exact decimal comparison.
  const approx = keys.map((k) => (k === null ? null : k.map((d) => d.toNumber())));
  const cmp = (i: number, j: number): number => {
    const a = approx[i]!;
    const b = approx[j]!;
    for (let x = 0; x < a.length && x < b.length; x++) {
      if (a[x] !== b[x]) return a[x] < b[x] ? 1 : -1;
      const c = keys[j]![x].cmp(keys[i]![x]);
      if (c !== 0) return c;
    }
    return b.length - a.length;
  };
  order.sort((i, j) => groupIds[i] - groupIds[j] || cmp(i, j) || i - j);

  let position = 0;
  let rank = 0;
  for (let p = 0; p < order.length; p++) {
    const i = order[p];
    const prev = p > 0 ? order[p - 1] : -1;
    if (prev < 0 || groupIds[prev] !== groupIds[i]) {
      position = 1;
      rank = 1;
    } else {
      position++;
      if (cmp(prev, i) !== 0) rank = method === 'dense' ? rank + 1 : position;
    }
    ranks[i] = rank;
  }
  return ranks;
}

/** A small integer per group (any order; -1 = no group, not ranked); all 0 without groups. */
function groupIdsOf(groups: readonly (string | null)[] | null | undefined, n: number): Int32Array {
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
  return rankAll(keys, 'competition', groups);
}
