import { categoryIndex } from '../ranking/categories';
import type { RankingResult } from '../ranking/types';

/** The indices of units by category: `all` of them, category after category; `each` category's, views of `all`. */
export interface CategoryLists {
  all: Int32Array;
  each: Int32Array[];
}

/**
 * The units of a run by category (categoryIndex: unit i is the table's row i), each list in
 * sheet order: the categories in `order` (the numbers of all of them; by default as they first appear).
 * Each category's units are counted, then placed, with no list grown a unit at a time.
 */
export function categoryLists(result: RankingResult, order?: ArrayLike<number>): CategoryLists {
  const { ids, counts } = categoryIndex(result.table);
  const byOrder = order ?? Array.from(counts, (_, k) => k);
  const starts = new Int32Array(counts.length);
  const sizes = new Int32Array(byOrder.length + 1);
  for (let k = 0, at = 0; k < byOrder.length; k++) {
    starts[byOrder[k]!] = at;
    sizes[k + 1] = at += counts[byOrder[k]!]!;
  }
  const all = new Int32Array(sizes[byOrder.length]!);
  placeByCategory(ids, starts, all);
  return { all, each: Array.from(byOrder, (_, k) => all.subarray(sizes[k]!, sizes[k + 1]!)) };
}

// its loop over the units ends it (docs/limits.md: loops run once a run)
function placeByCategory(ids: Int32Array, next: Int32Array, all: Int32Array): void {
  for (let i = 0; i < ids.length; i++) all[next[ids[i]!]!++] = i;
}
