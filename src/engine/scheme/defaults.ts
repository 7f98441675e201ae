import type { RankPoints, RatingShare, Scheme, TierPoints } from './types';

/** The defaults of seed 002: bands 90/80/60, competition ranking, no caps, no awards. */
export function defaultScheme(): Scheme {
  return {
    version: 1,
    name: '默认方案',
    fullScore: '100',
    weightUnit: 'percent',
    components: [],
    bands: [
      { label: '优秀', min: '90' },
      { label: '良好', min: '80' },
      { label: '一般', min: '60' },
      { label: '较差', min: null },
    ],
    deductionCap: null,
    bonusCap: null,
    decimals: null,
    ranking: { method: 'competition', byCategory: true, tieBreak: [] },
    veto: { effect: 'downgrade' },
    categories: [],
    awards: [],
    awardSettings: { quotaRounding: 'half-up', vacancy: 'empty', exclusive: true, maxSinglePerUnit: null },
    distribution: [],
  };
}

/**
 * A forced-distribution rule's settings when not given: per category, the count rounded
 * down ("no more than 20%" of 7 units is 1, never 2), units tied at the cut all keep the grade.
 */
export const DISTRIBUTION_DEFAULTS = { scope: 'category', rounding: 'down', ties: 'include' } as const;

/**
 * The shares of the four ratings a task breakdown uses (domain.md §1: 好/较好/一般/差 = 100/80/60/0%):
 * what the task sheets compute with when a scheme has no ratingShares of its own.
 */
export function defaultRatingShares(): RatingShare[] {
  return [
    { rating: '好', share: '100%' },
    { rating: '较好', share: '80%' },
    { rating: '一般', share: '60%' },
    { rating: '差', share: '0%' },
  ];
}

/**
 * Leader evaluation, seed 002 四(三)5: the seed leaves the points to the office (相应赋分, 由市绩效办统一设定);
 * these are the templates' starting values, one tier or rank apart by 10 and 5 points.
 */
export function defaultTierPoints(): TierPoints[] {
  return [
    { tier: '一档', points: '100' },
    { tier: '二档', points: '90' },
    { tier: '三档', points: '80' },
  ];
}

export function defaultRankPoints(): RankPoints[] {
  return [1, 2, 3, 4, 5].map((rank) => ({ rank, points: String(105 - rank * 5) }));
}
