import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS, bandIndex } from '../../../src/engine/bands';
import { D } from '../../../src/engine/decimal';
import { applyDistribution } from '../../../src/engine/distribution';
import type { DistributionRule } from '../../../src/engine/scheme/types';

const unitsOf = (totals: (number | null)[], category = '') =>
  totals.map((t, i) => ({
    id: i + 1,
    name: `单位${i + 1}`,
    category,
    total: t === null ? null : new D(t),
    gradeIndex: t === null ? null : bandIndex(new D(t), DEFAULT_BANDS),
  }));

const rule = (over: Partial<DistributionRule> = {}): DistributionRule => ({
  grade: '优秀',
  maxShare: '20%',
  scope: 'all',
  rounding: 'down',
  ties: 'include',
  ...over,
});

describe('forced distribution: 优秀 at most 20%', () => {
  // Ten units, five 优秀 (98, 95, 93, 93, 91): 10 × 20% = 2 places.
  const us = unitsOf([98, 95, 93, 93, 91, 88, 85, 80, 75, 60]);

  it('drops the 优秀 units beyond the cap, by total, to 良好 and reports the computation', () => {
    const out = applyDistribution(us, [rule()], DEFAULT_BANDS);
    expect([...out.gradeIndex.values()].slice(0, 5)).toEqual([0, 0, 1, 1, 1]);
    expect(out.lines).toEqual(['优秀不超过 20%：全部单位 10 个单位 × 20% = 2 名；原有优秀 5 个，保留 2 个，3 个调为良好（单位3、单位4、单位5）']);
    expect(out.notes.get(3)).toEqual(['强制分布：优秀不超过 20%：全部单位 10 个单位 × 20% = 2 名，本单位得分 93 未进入前 2 名，等次由优秀调为良好']);
    expect(out.notes.get(1)).toEqual([]);
  });

  it('with ties included, all units tied at the cut keep the grade and the overflow is reported', () => {
    const out = applyDistribution(us, [rule({ maxShare: '30%' })], DEFAULT_BANDS);
    expect([...out.gradeIndex.values()].slice(0, 5)).toEqual([0, 0, 0, 0, 1]);
    expect(out.lines[0]).toContain('得分 93 并列的 2 个单位（单位3、单位4）均保留优秀，超出上限 1 名');
  });

  it('with ties excluded, all units tied at the cut drop', () => {
    const out = applyDistribution(us, [rule({ maxShare: '30%', ties: 'exclude' })], DEFAULT_BANDS);
    expect([...out.gradeIndex.values()].slice(0, 5)).toEqual([0, 0, 1, 1, 1]);
    expect(out.lines[0]).toContain('得分 93 并列的 2 个单位（单位3、单位4）均调为良好，优秀实际 2 名，少于上限');
  });

  it('honours the rule’s rounding: 7 × 20% = 1.4 → 1 down, → 2 up', () => {
    const seven = unitsOf([99, 97, 95, 85, 80, 70, 60]);
    expect([...applyDistribution(seven, [rule()], DEFAULT_BANDS).gradeIndex.values()].slice(0, 3)).toEqual([0, 1, 1]);
    const up = applyDistribution(seven, [rule({ rounding: 'up' })], DEFAULT_BANDS);
    expect([...up.gradeIndex.values()].slice(0, 3)).toEqual([0, 0, 1]);
    expect(up.lines[0]).toContain('7 个单位 × 20% = 1.4 → 2 名（向上取整）');
  });

  it('caps each category on its own and counts a dropped unit under the next rule', () => {
    const a = unitsOf([96, 94, 85, 84, 83], '甲类');
    const b = unitsOf([92, 70, 65, 60, null], '乙类').map((u) => ({ ...u, id: u.id + 5 }));
    const out = applyDistribution(
      [...b, ...a],
      [rule({ grade: '良好', maxShare: '40%', scope: 'category' }), rule({ maxShare: '20%', scope: 'category' })],
      DEFAULT_BANDS,
    );
    // 甲类: 优秀 cap 1 → 94 drops to 良好; 良好 cap 2 of (94, 85, 84, 83) → 84 and 83 drop to 一般.
    expect([1, 2, 3, 4, 5].map((id) => out.gradeIndex.get(id))).toEqual([0, 1, 1, 2, 2]);
    // 乙类: 5 units (one unscored) × 20% = 1 → 92 keeps 优秀.
    expect(out.gradeIndex.get(6)).toBe(0);
    expect(out.gradeIndex.get(10)).toBeNull();
    expect(out.lines.some((l) => l.startsWith('优秀不超过 20%：乙类 5 个单位 × 20% = 1 名；现有优秀 1 个'))).toBe(true);
  });

  it('rejects a grade that is not a band, and the bottom band', () => {
    expect(() => applyDistribution(us, [rule({ grade: '优' })], DEFAULT_BANDS)).toThrow('强制分布规则的等次“优”不是现有等次');
    expect(() => applyDistribution(us, [rule({ grade: '较差' })], DEFAULT_BANDS)).toThrow('不能限制最低等次');
  });
});
