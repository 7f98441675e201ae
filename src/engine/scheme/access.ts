import { Band, Bands, orderBands } from '../bands';
import { parseNumericText } from '../cell';
import { Dec, plain } from '../decimal';
import { invalid } from '../errors';
import { nameKey } from '../awards/words';
import { parsePlaceCount, withoutCountUnit } from '../quota';
import type { RatingTable } from '../rating';
import type { AwardTier, ComponentRule, PlaceCount, Scheme } from './types';

/** A decimal string of the scheme ("80", "0.5", "90分"); null when it is not a plain number (a percentage is not). */
export function decimalOf(s: string | null | undefined): Dec | null {
  if (s === null || s === undefined) return null;
  const n = parseNumericText(String(s));
  return n && !n.percent ? n.value : null;
}

/**
 * The canonical form of a number written in a scheme: "80.0" → "80", "９０分" → "90",
 * "40 %" → "40%". Text that is not a number is returned unchanged, for validation to report.
 */
export function canonicalNumber(s: string): string {
  const n = parseNumericText(s);
  if (!n) return s;
  return n.percent ? `${plain(n.value.times(100))}%` : plain(n.value);
}

/** A place count in canonical form: "2", "40%"; a fraction such as 0.4 (a cell formatted as a percentage) → "40%". */
export function canonicalCount(s: string): string {
  const bare = withoutCountUnit(String(s));
  const n = parseNumericText(bare);
  if (n && !n.percent && n.value.gt(0) && n.value.lt(1)) return `${plain(n.value.times(100))}%`;
  return n ? canonicalNumber(bare) : s;
}

/** Same name as a clerk writes it (full-width forms and spaces ignored): the one matching rule for units, categories and headers. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** A place count read for checking: a whole number of places, or a share of the category (0–1). Throws PerfError. */
export function placeCountOf(count: PlaceCount): { kind: 'count'; n: number } | { kind: 'share'; share: Dec } {
  const p = parsePlaceCount(count, 0);
  return p.share === null ? { kind: 'count', n: p.count } : { kind: 'share', share: p.share };
}

/** The count a tier gives a category: its one count, the category's entry, or null when the tier has none for it. */
export function tierCountFor(tier: AwardTier, category: string): PlaceCount | null {
  if (typeof tier.count === 'string') return tier.count;
  for (const [k, v] of Object.entries(tier.count)) if (sameName(k, category)) return v;
  return null;
}

/** A forced-distribution share: "20%" or a fraction "0.2"; null when not a share between 0 and 1. */
export function shareOf(s: string): Dec | null {
  const n = parseNumericText(s);
  if (!n) return null;
  if (n.value.isNegative() || n.value.gt(1)) return null;
  return n.value;
}

/** A rating's share in canonical form: "80%"; a fraction (0.8, what a cell formatted as a percentage holds) → "80%". Anything else as written, for validation to report. */
export function canonicalShare(s: string): string {
  const n = parseNumericText(s);
  if (!n) return s;
  if (n.percent || (!n.value.isNegative() && n.value.lte(1))) return `${plain(n.value.times(100))}%`;
  return plain(n.value);
}

/** The scheme's 定性评价 table as PERF.RATING computes with it; null when the scheme has none (the built-in table applies). Throws PerfError on a share validation rejects. */
export function ratingTableOf(scheme: Scheme): RatingTable | null {
  if (!scheme.ratingShares || scheme.ratingShares.length === 0) return null;
  return scheme.ratingShares.map((r) => {
    const share = shareOf(r.share);
    if (share === null) throw invalid(`定性评价“${r.rating}”的比例 “${r.share}” 无法使用：请填写 0% 到 100% 之间的比例，如 80%`);
    return { label: r.rating, share };
  });
}

/** The scheme's bands as the engine grades with them. Throws PerfError when they are not usable. */
export function bandsOf(scheme: Scheme): Bands {
  const bands: Band[] = scheme.bands.map((b) => {
    if (b.min === null) return { label: b.label, min: null };
    const min = decimalOf(b.min);
    if (!min) throw invalid(`等次“${b.label}”的下限 “${b.min}” 不是数字：请填写该等次的最低分（含），最低等次留空`);
    return { label: b.label, min };
  });
  return orderBands(bands, '方案的等次');
}

/** A component with where it sits: the JSON path ("components[1].children[0]"), depth and parent. */
export interface ComponentEntry {
  rule: ComponentRule;
  path: string;
  depth: number;
  parent: ComponentEntry | null;
}

/** Every component, depth first (parents before their children), with its path. */
export function componentEntries(scheme: Scheme): ComponentEntry[] {
  const out: ComponentEntry[] = [];
  const walk = (list: readonly ComponentRule[], prefix: string, depth: number, parent: ComponentEntry | null) => {
    list.forEach((rule, i) => {
      const e: ComponentEntry = { rule, path: `${prefix}[${i}]`, depth, parent };
      out.push(e);
      if (rule.children && rule.children.length > 0) walk(rule.children, `${e.path}.children`, depth + 1, e);
    });
  };
  walk(scheme.components, 'components', 0, null);
  return out;
}
