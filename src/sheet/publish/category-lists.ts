/** The indices of units by category: `all` of them, category after category; `each` category's, views of `all`. */
export interface CategoryLists {
  all: Int32Array;
  each: Int32Array[];
}

/**
 * The indices of the units of each of `categories`, in that order, each list in sheet order:
 * each category's units counted, then placed, with no list grown a unit at a time. A unit of a
 * category not listed is left out.
 */
export function categoryLists(units: readonly { category: string }[], categories: readonly string[]): CategoryLists {
  const ids = new Map<string, number>();
  for (let k = 0; k < categories.length; k++) if (!ids.has(categories[k]!)) ids.set(categories[k]!, k);
  const idOf = new Int32Array(units.length);
  const counts = new Int32Array(categories.length);
  countByCategory(units, ids, idOf, counts);
  const starts = new Int32Array(categories.length + 1);
  for (let k = 0; k < categories.length; k++) starts[k + 1] = starts[k]! + counts[k]!;
  const all = new Int32Array(starts[categories.length]!);
  placeByCategory(idOf, starts.slice(0, categories.length), all);
  return { all, each: Array.from(categories, (_, k) => all.subarray(starts[k]!, starts[k + 1]!)) };
}

// the loops over the units end functions of their own (docs/limits.md: loops run once a run)
function countByCategory(units: readonly { category: string }[], ids: Map<string, number>, idOf: Int32Array, counts: Int32Array): void {
  for (let i = 0; i < units.length; i++) {
    const id = ids.get(units[i]!.category) ?? -1;
    idOf[i] = id;
    if (id >= 0) counts[id]!++;
  }
}

function placeByCategory(idOf: Int32Array, next: Int32Array, all: Int32Array): void {
  for (let i = 0; i < idOf.length; i++) if (idOf[i]! >= 0) all[next[idOf[i]!]!++] = i;
}
