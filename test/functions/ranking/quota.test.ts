import { describe, expect, it } from 'vitest';
import { quotaImpl } from '../../../src/functions/impl/ranking';
import { call, expectError } from './helpers';

describe('PERF.QUOTA', () => {
  it('rounds half up by default: 7 × 40% = 2.8 → 3, 10 × 25% = 2.5 → 3 (not banker’s 2)', () => {
    expect(quotaImpl(7, 0.4)).toBe(3);
    expect(quotaImpl(10, 0.25)).toBe(3);
    expect(quotaImpl(10, '25%')).toBe(3);
    expect(quotaImpl(6, 0.25)).toBe(2); // 1.5 → 2
  });

  it('1 rounds down, 2 rounds up; the Chinese and English names work too', () => {
    expect(quotaImpl(7, 0.4, 1)).toBe(2);
    expect(quotaImpl(7, 0.4, '向下')).toBe(2);
    expect(quotaImpl(7, 0.4, 'down')).toBe(2);
    expect(quotaImpl(7, 0.2, 2)).toBe(2); // 1.4 → 2
    expect(quotaImpl(7, 0.2, '向上取整')).toBe(2);
    expect(quotaImpl(7, 0.2, 'up')).toBe(2);
    expect(quotaImpl(7, 0.2, '四舍五入')).toBe(1);
    expect(quotaImpl(7, 0.2, 'half-up')).toBe(1);
  });

  it('exact shares are not rounded: 10 × 30% = 3 in every mode', () => {
    for (const m of [0, 1, 2]) expect(quotaImpl(10, '30%', m)).toBe(3);
  });

  it('decimal arithmetic: rounding up 30 × 0.1 gives 3, not the float 3.0000000000000004 → 4', () => {
    expect(quotaImpl(30, 0.1, 2)).toBe(3);
    expect(quotaImpl(10, 0.7, 2)).toBe(7);
  });

  it('reads counts and shares as clerks type them', () => {
    expect(quotaImpl('７', '40％')).toBe(3);
  });

  it('0% and 100% are allowed', () => {
    expect(quotaImpl(7, 0)).toBe(0);
    expect(quotaImpl(7, 1)).toBe(7);
    expect(quotaImpl(0, 0.4)).toBe(0);
  });

  it('a share above 1 such as 40 is #VALUE! telling to write 40%', () => {
    expectError(call(() => quotaImpl(7, 40)), '#VALUE!', '比例 40 大于 1', '40%');
  });

  it('a negative share is #VALUE!', () => {
    expectError(call(() => quotaImpl(7, -0.1)), '#VALUE!', '负数');
  });

  it('a count that is not a whole number ≥ 0 is #VALUE!', () => {
    expectError(call(() => quotaImpl(7.5, 0.4)), '#VALUE!', '参评单位数', '7.5');
    expectError(call(() => quotaImpl(-1, 0.4)), '#VALUE!', '参评单位数');
    expectError(call(() => quotaImpl('七', 0.4)), '#VALUE!', '七');
  });

  it('blank count or share (web) is #N/A; desktop blanks (0) give 0 places', () => {
    expectError(call(() => quotaImpl(null, 0.4)), '#N/A', '参评单位数为空');
    expectError(call(() => quotaImpl(7, null)), '#N/A', '比例为空');
    expect(quotaImpl(0, 0.4)).toBe(0);
    expect(quotaImpl(7, 0)).toBe(0);
  });

  it('an unknown rounding is #VALUE!', () => {
    expectError(call(() => quotaImpl(7, 0.4, 3)), '#VALUE!', '取整方式');
  });
});
