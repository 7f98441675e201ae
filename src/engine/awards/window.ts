import { invalid } from '../errors';

/** One tier as the window rule needs it; minGradeIndex is a band index (0 = best), null = any grade. */
export interface WindowTier {
  name: string;
  count: number;
  minGradeIndex: number | null;
}

/**
 * The window a place falls in: places 1..n₁ are window 0, the next n₂ places window 1, …
 * Returns -1 beyond the last window. A window of 0 places holds nothing.
 */
export function windowOf(place: number, counts: readonly number[]): number {
  if (!Number.isInteger(place) || place < 1) throw invalid(`名次 ${place} 无效：名次应为 1 或更大的整数`);
  let end = 0;
  for (let i = 0; i < counts.length; i++) {
    end += counts[i];
    if (place <= end) return i;
  }
  return -1;
}

/** Whether a grade (band index, 0 = best) reaches a tier's minimum (null = any grade). */
export function meetsMinimum(gradeIndex: number | null, minGradeIndex: number | null): boolean {
  if (minGradeIndex === null) return true;
  return gradeIndex !== null && gradeIndex <= minGradeIndex;
}

/**
 * The award of PERF.AWARD: the tier whose window holds `place`, if the unit's grade reaches
 * that tier's minimum; otherwise "" — the place stays empty, it is not passed down.
 * `place` is 1 + the units strictly ahead (competition ranking), so units tied on a window's
 * last place all get that window's award. Not eligible, or beyond the last window → "".
 */
export function awardForPlace(
  place: number,
  gradeIndex: number,
  tiers: readonly WindowTier[],
  eligible: boolean,
): string {
  const w = windowOf(place, tiers.map((t) => t.count));
  if (!eligible || w < 0) return '';
  const tier = tiers[w];
  return meetsMinimum(gradeIndex, tier.minGradeIndex) ? tier.name : '';
}
