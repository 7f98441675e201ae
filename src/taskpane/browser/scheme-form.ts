/**
 * The scheme editor's fields as the clerk types them (text), and the scheme they make.
 * Nothing is corrected here: validateScheme judges what was typed, with the same messages
 * as the 方案 sheet and the command line.
 */
import { canonicalShare } from '../../engine/scheme/access';
import type { AwardTier, PlaceAwardRule, RankMethod, Scheme } from '../../engine/scheme/types';

export interface BandField {
  label: string;
  /** Lower bound as typed; the last band has none. */
  min: string;
}

export interface TierField {
  name: string;
  /** "2" or "20%". */
  count: string;
  /** A band label, or "" for any grade. */
  minGrade: string;
}

/** A row of a two-column table as typed: 评价 and 比例, 档次 and 分值, 名次 and 分值. */
export interface PairField {
  key: string;
  value: string;
}

export type LookupTableId = 'ratings' | 'tiers' | 'ranks';

export interface SchemeForm {
  bands: BandField[];
  method: RankMethod;
  deductionCap: string;
  bonusCap: string;
  decimals: string;
  tiers: TierField[];
  /** The optional lookup tables; no rows = the scheme leaves the table out. */
  tables: Record<LookupTableId, PairField[]>;
}

function placeRuleIndex(scheme: Scheme): number {
  return scheme.awards.findIndex((a) => a.kind === 'places' && a.categories.length === 0);
}

export function formOf(scheme: Scheme): SchemeForm {
  const rule = scheme.awards[placeRuleIndex(scheme)] as PlaceAwardRule | undefined;
  return {
    bands: scheme.bands.map((b) => ({ label: b.label, min: b.min ?? '' })),
    method: scheme.ranking.method,
    deductionCap: scheme.deductionCap ?? '',
    bonusCap: scheme.bonusCap ?? '',
    decimals: scheme.decimals === null ? '' : String(scheme.decimals),
    tiers: (rule?.tiers ?? []).map((t) => ({
      name: t.name,
      count: typeof t.count === 'string' ? t.count : '',
      minGrade: t.minGrade ?? '',
    })),
    tables: {
      ratings: (scheme.ratingShares ?? []).map((r) => ({ key: r.rating, value: r.share })),
      tiers: (scheme.tierPoints ?? []).map((t) => ({ key: t.tier, value: t.points })),
      ranks: (scheme.rankPoints ?? []).map((r) => ({ key: String(r.rank), value: r.points })),
    },
  };
}

const blankToNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** Whole numbers become numbers; anything else is passed on as typed for validateScheme to name. */
function decimalsOf(s: string): number | null {
  const t = s.trim();
  if (t === '') return null;
  return /^\d+$/.test(t) ? Number(t) : (t as unknown as number);
}

/** The base scheme with the form's fields; rules the form does not show (单项奖, per-category counts) are kept. */
export function schemeOf(base: Scheme, form: SchemeForm): Scheme {
  const last = form.bands.length - 1;
  const bands = form.bands.map((b, i) => {
    const min = b.min.trim();
    return { label: b.label.trim(), min: i === last && min === '' ? null : min };
  });
  const awards = [...base.awards];
  const at = placeRuleIndex(base);
  const oldTiers = at >= 0 ? (awards[at] as PlaceAwardRule).tiers : [];
  const tiers: AwardTier[] = form.tiers.map((t, i) => ({
    name: t.name.trim(),
    // a per-category count the form cannot show stays as it was
    count: t.count.trim() === '' && oldTiers[i] && typeof oldTiers[i]!.count !== 'string' ? oldTiers[i]!.count : t.count.trim(),
    minGrade: t.minGrade === '' ? null : t.minGrade,
  }));
  if (at >= 0 && tiers.length === 0) awards.splice(at, 1);
  else if (at >= 0) awards[at] = { ...(awards[at] as PlaceAwardRule), tiers };
  else if (tiers.length > 0) awards.unshift({ kind: 'places', categories: [], tiers });
  const { ratingShares: _r, tierPoints: _t, rankPoints: _k, ...rest } = base;
  const t = form.tables;
  const rows = <T>(list: PairField[], make: (p: PairField) => T): T[] | undefined => (list.length === 0 ? undefined : list.map(make));
  const ratingShares = rows(t.ratings, (p) => ({ rating: p.key.trim(), share: p.value.trim() === '' ? '' : canonicalShare(p.value.trim()) }));
  const tierPoints = rows(t.tiers, (p) => ({ tier: p.key.trim(), points: p.value.trim() }));
  // a place typed as a whole number becomes one; anything else goes on for validateScheme to name
  const rankPoints = rows(t.ranks, (p) => ({ rank: /^\d+$/.test(p.key.trim()) ? Number(p.key.trim()) : (p.key.trim() as unknown as number), points: p.value.trim() }));
  return {
    ...rest,
    ...(ratingShares ? { ratingShares } : {}),
    ...(tierPoints ? { tierPoints } : {}),
    ...(rankPoints ? { rankPoints } : {}),
    bands,
    ranking: { ...base.ranking, method: form.method },
    deductionCap: blankToNull(form.deductionCap),
    bonusCap: blankToNull(form.bonusCap),
    decimals: decimalsOf(form.decimals),
    awards,
  };
}

/** Award rules the form leaves alone, for a note under the tiers. */
export function otherAwardRules(scheme: Scheme): number {
  const at = placeRuleIndex(scheme);
  return scheme.awards.filter((_, i) => i !== at).length;
}
