import { describe, expect, it } from 'vitest';
import { awardForPlace, placeInWindow, windowBounds, windowOf } from '../../../src/engine/awards/window';

const TIERS = [
  { name: '一等奖', count: 1, minGradeIndex: 0 },
  { name: '二等奖', count: 2, minGradeIndex: 1 },
  { name: '三等奖', count: 2, minGradeIndex: 1 },
];

describe('windowOf', () => {
  it('splits places into consecutive windows and skips empty ones', () => {
    expect([1, 2, 3, 4, 5, 6].map((p) => windowOf(p, [1, 2, 2]))).toEqual([0, 1, 1, 2, 2, -1]);
    expect([1, 2, 3].map((p) => windowOf(p, [0, 2, 1]))).toEqual([1, 1, 2]);
  });
  it('rejects a place below 1', () => {
    expect(() => windowOf(0, [1])).toThrow(/名次/);
  });
});

describe('windowBounds and placeInWindow (shared by PERF.AWARD and the award list)', () => {
  it('gives each tier its places and none to a tier of 0 places', () => {
    expect(windowBounds([1, 0, 2])).toEqual([{ from: 1, to: 1 }, null, { from: 2, to: 3 }]);
  });
  it('says which window a place is in and whether the unit may take it', () => {
    expect(placeInWindow(3, 2, TIERS, true)).toEqual({ window: 1, qualifies: false });
    expect(placeInWindow(3, 1, TIERS, false)).toEqual({ window: 1, qualifies: false });
    expect(placeInWindow(4, null, [{ name: '奖', count: 5, minGradeIndex: null }], true)).toEqual({ window: 0, qualifies: true });
    expect(placeInWindow(6, 0, TIERS, true)).toEqual({ window: -1, qualifies: false });
  });
});

describe('awardForPlace (the window rule of PERF.AWARD)', () => {
  it('gives each window its award when the grade is high enough', () => {
    expect(awardForPlace(1, 0, TIERS, true)).toBe('一等奖');
    expect(awardForPlace(3, 1, TIERS, true)).toBe('二等奖');
    expect(awardForPlace(5, 0, TIERS, true)).toBe('三等奖');
  });
  it('leaves the place empty for an under-graded unit instead of handing it a lower award', () => {
    expect(awardForPlace(1, 1, TIERS, true)).toBe('');
    expect(awardForPlace(2, 2, TIERS, true)).toBe('');
  });
  it('gives units tied on a window’s last place that window’s award', () => {
    // Two units tied at place 3: both are on place 3, the last of 二等奖's window.
    expect(awardForPlace(3, 1, TIERS, true)).toBe('二等奖');
  });
  it('gives nothing beyond the last window or when not eligible', () => {
    expect(awardForPlace(6, 0, TIERS, true)).toBe('');
    expect(awardForPlace(1, 0, TIERS, false)).toBe('');
  });
  it('accepts any grade when the tier has no minimum', () => {
    expect(awardForPlace(1, 3, [{ name: '奖', count: 1, minGradeIndex: null }], true)).toBe('奖');
  });
});
