import { invalid } from '../errors';

/** One tier as the window rule needs it; minGradeIndex is a band index (0 = best), null = any grade. */
export interface WindowTier {
  name: string;
  count: number;
  minGradeIndex: number | null;
}

/** The places a window covers; null for a window of 0 places. */
export interface WindowBounds {
  from: number;
  to: number;
}

/** Nominal windows: places 1..n₁, then the next n₂ places, … (a window of 0 places covers none). */
export function windowBounds(counts: readonly number[]): (WindowBounds | null)[] {
  let start = 1;
  return counts.map((n) => {
    const w = n > 0 ? { from: start, to: start + n - 1 } : null;
    start += n;
    return w;
  });
}

/**
 * The window a place falls in: places 1..n₁ are window 0, the next n₂ places window 1, …
 * Returns -1 beyond the last window. A window of 0 places holds nothing.
 */
export function windowOf(place: number, counts: readonly number[]): number {
  return windowIndex(place, counts);
}

/** windowOf for window sizes or tiers: windowBounds walked without making it (a window per unit of a big sheet). */
function windowIndex(place: number, sizes: readonly (number | WindowTier)[]): number {
  if (!Number.isInteger(place) || place < 1) throw invalid(`名次 ${place} 无效：名次应为 1 或更大的整数`);
  let start = 1;
  for (let t = 0; t < sizes.length; t++) {
    const size = sizes[t]!;
    const n = typeof size === 'number' ? size : size.count;
    if (n > 0 && place >= start && place <= start + n - 1) return t;
    start += n;
  }
  return -1;
}

/** Whether a grade (band index, 0 = best) reaches a tier's minimum (null = any grade). */
export function meetsMinimum(gradeIndex: number | null, minGradeIndex: number | null): boolean {
  if (minGradeIndex === null) return true;
  return gradeIndex !== null && gradeIndex <= minGradeIndex;
}

/** Whether a unit may take a tier: eligible for awards (not 取消评优) and graded at least the tier's minimum. */
export function qualifiesFor(tier: Pick<WindowTier, 'minGradeIndex'>, gradeIndex: number | null, eligible: boolean): boolean {
  return eligible && meetsMinimum(gradeIndex, tier.minGradeIndex);
}

/**
 * The window rule for one unit: the window its place falls in (-1 beyond the last) and whether
 * it may take that window's tier. The one place both PERF.AWARD and the award list decide this.
 */
export function placeInWindow(
  place: number,
  gradeIndex: number | null,
  tiers: readonly WindowTier[],
  eligible: boolean,
): { window: number; qualifies: boolean } {
  const code = placeInWindowCode(place, gradeIndex, tiers, eligible);
  return { window: code < 0 ? -1 : code >> 1, qualifies: code >= 0 && (code & 1) === 1 };
}

/** placeInWindow as one number, for the award list's loop over every unit: the window × 2, + 1 when the unit qualifies; -1 beyond the last window. */
export function placeInWindowCode(place: number, gradeIndex: number | null, tiers: readonly WindowTier[], eligible: boolean): number {
  const window = windowIndex(place, tiers);
  if (window < 0) return -1;
  return 2 * window + (qualifiesFor(tiers[window]!, gradeIndex, eligible) ? 1 : 0);
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
  const { window, qualifies } = placeInWindow(place, gradeIndex, tiers, eligible);
  return qualifies ? tiers[window].name : '';
}
