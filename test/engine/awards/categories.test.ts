import { describe, expect, it } from 'vitest';
import { assignAwards } from '../../../src/engine/awards/assign';
import { DEFAULT_BANDS } from '../../../src/engine/bands';
import type { AwardRule, PlaceCount } from '../../../src/engine/scheme/types';
import { SETTINGS, awardsByName, units } from './build';

const tiers = (count: PlaceCount | Record<string, PlaceCount>) => [{ name: '先进单位', count, minGrade: '良好' }];

describe('place awards group units by the category the ranking core gave', () => {
  // The ranking core ranks (and places) by the exact category string; awards follow the same groups.
  const us = units([
    { name: '甲', category: '一类', total: 95 },
    { name: '乙', category: '一类', total: 90 },
    { name: '丙', category: '二类', total: 93 },
    { name: '丁', category: '二类', total: 85 },
  ]);

  it('gives each category its own places when the rule names no categories', () => {
    const split = units([
      { name: '甲', category: 'A类', total: 95 },
      { name: '乙', category: 'A 类', total: 90 },
    ]);
    const rules: AwardRule[] = [{ kind: 'places', categories: [], tiers: tiers('1') }];
    const o = assignAwards({ units: split, rules, settings: SETTINGS, bands: DEFAULT_BANDS });
    expect(o.lines.map((l) => [l.category, l.recipients.map((r) => r.name)])).toEqual([
      ['A类', ['甲']],
      ['A 类', ['乙']],
    ]);
    expect(o.lines.every((l) => l.recipients.every((r) => !r.shared))).toBe(true);
  });

  it('matches the rule’s category names and per-category counts as clerks type them', () => {
    const rules: AwardRule[] = [{ kind: 'places', categories: ['一 类', '二类'], tiers: tiers({ '一 类': '1', '二　类': '1' }) }];
    const o = assignAwards({ units: us, rules, settings: SETTINGS, bands: DEFAULT_BANDS });
    expect(awardsByName(us, o.awards)).toEqual({ 甲: ['先进单位'], 丙: ['先进单位'] });
    expect(o.lines.map((l) => [l.groupLabel, l.count])).toEqual([
      ['一 类', 1],
      ['二类', 1],
    ]);
  });
});
