import type { RankedView, UnitView } from './rank-view';

export interface CategoryCounts {
  /** '' when the table has no category column. */
  category: string;
  units: number;
  /** Per grade label, best first (RankedView.grades); then the units without a grade. */
  grades: { grade: string; count: number }[];
  ungraded: number;
}

export interface RankSummary {
  ranked: number;
  notRanked: number;
  perCategory: CategoryCounts[];
  /** Award name → the units that received it, in rank order. */
  awards: { award: string; units: string[] }[];
  warnings: number;
}

const byRank = (a: UnitView, b: UnitView) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.row - b.row;

/** What the clerk checks first after a run: how many were ranked, the grades per category, who got what. */
export function rankSummary(view: RankedView): RankSummary {
  const categories = view.hasCategory ? view.categories : [''];
  const perCategory = categories.map((category) => {
    const units = view.units.filter((u) => !view.hasCategory || u.category === category);
    return {
      category,
      units: units.length,
      grades: view.grades.map((grade) => ({ grade, count: units.filter((u) => u.grade === grade).length })),
      ungraded: units.filter((u) => u.grade === null).length,
    };
  });
  const awards: RankSummary['awards'] = [];
  for (const u of [...view.units].sort(byRank)) {
    for (const award of u.awards) {
      let entry = awards.find((a) => a.award === award);
      if (!entry) awards.push((entry = { award, units: [] }));
      entry.units.push(u.name);
    }
  }
  return {
    ranked: view.units.filter((u) => u.rank !== null).length,
    notRanked: view.units.filter((u) => u.rank === null).length,
    perCategory,
    awards,
    warnings: view.warnings.length,
  };
}

/** Units by category then rank, as the 排名 sheet lists them (for the 说明 picker and the bar chart). */
export function unitsInRankOrder(view: RankedView): UnitView[] {
  const categories = view.hasCategory ? view.categories : [''];
  return categories.flatMap((c) => view.units.filter((u) => !view.hasCategory || u.category === c).sort(byRank));
}
