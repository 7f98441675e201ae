import type { RankedView } from './rank-view';
import { rankSummary, unitsInRankOrder } from './summary';

export interface Bar {
  label: string;
  value: number;
  /** The value as PERF shows it ("93.638"). */
  text: string;
  grade: string | null;
}

/** Totals of one category in rank order, and where the axis starts (a round number below the lowest). */
export function totalBars(view: RankedView): { category: string; bars: Bar[]; axisFrom: number; axisTo: number }[] {
  const units = unitsInRankOrder(view).filter((u) => u.total !== null);
  const categories = view.hasCategory ? view.categories : [''];
  return categories
    .map((category) => {
      const bars = units
        .filter((u) => !view.hasCategory || u.category === category)
        .map((u) => ({ label: `${u.rank ?? '—'}. ${u.name}`, value: Number(u.total), text: u.total!, grade: u.grade }));
      const values = bars.map((b) => b.value);
      const low = values.length ? Math.min(...values) : 0;
      const high = values.length ? Math.max(...values) : 100;
      const axisFrom = Math.max(0, Math.floor((low - 5) / 10) * 10);
      const axisTo = Math.max(axisFrom + 10, Math.ceil(high / 10) * 10);
      return { category, bars, axisFrom, axisTo };
    })
    .filter((c) => c.bars.length > 0);
}

/** Counts per grade per category, best grade first. */
export function gradeShares(view: RankedView) {
  return rankSummary(view).perCategory.map((c) => ({ category: c.category, units: c.units, grades: c.grades }));
}
