import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS, bandIndex } from '../../../src/engine/bands';
import { D } from '../../../src/engine/decimal';
import { applyDistribution } from '../../../src/engine/distribution';
import { quota } from '../../../src/engine/quota';
import type { DistributionRule } from '../../../src/engine/scheme/types';

const unitsArb = fc.array(
  fc.record({ total: fc.constantFrom<number | null>(null, 99, 96, 96, 93, 91, 90, 88, 84, 80, 70), category: fc.constantFrom('甲类', '乙类') }),
  { maxLength: 15 },
);
const ruleArb = fc.record<DistributionRule>({
  grade: fc.constant('优秀'),
  maxShare: fc.constantFrom('0%', '10%', '20%', '30%', '50%'),
  scope: fc.constantFrom('category', 'all'),
  rounding: fc.constantFrom('half-up', 'down', 'up'),
  ties: fc.constantFrom('include', 'exclude'),
});

describe('forced distribution properties', () => {
  it('never raises a grade, drops at most one band, and keeps the cap unless ties are included and reported', () => {
    fc.assert(
      fc.property(unitsArb, ruleArb, (rows, rule) => {
        const us = rows.map((r, i) => ({
          id: i + 1,
          category: r.category,
          total: r.total === null ? null : new D(r.total),
          gradeIndex: r.total === null ? null : bandIndex(new D(r.total), DEFAULT_BANDS),
        }));
        const out = applyDistribution([...us].reverse(), [rule], DEFAULT_BANDS);
        for (const u of us) {
          const after = out.gradeIndex.get(u.id)!;
          if (u.gradeIndex === null) expect(after).toBeNull();
          else expect([0, 1]).toContain(after - u.gradeIndex);
        }
        const scopes = rule.scope === 'all' ? [us] : ['甲类', '乙类'].map((c) => us.filter((u) => u.category === c));
        for (const members of scopes) {
          const cap = quota(members.length, new D(rule.maxShare.replace('%', '')).div(100), rule.rounding);
          const kept = members.filter((u) => out.gradeIndex.get(u.id) === 0).length;
          if (kept > cap) {
            expect(rule.ties).toBe('include');
            expect(out.lines.some((l) => l.includes(`超出上限 ${kept - cap} 名`))).toBe(true);
          }
        }
      }),
    );
  });
});
