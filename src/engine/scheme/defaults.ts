import type { Scheme } from './types';

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
