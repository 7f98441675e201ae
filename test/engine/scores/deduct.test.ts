import { describe, expect, it } from 'vitest';
import { toExcel } from '../../../src/engine/decimal';
import { bonusTotal, deductionTotal } from '../../../src/engine/deduct';
import { dec, decs, perfError } from './helpers';

const ded = (items: (number | null)[], each: number | null = null, cap: number | null = null) =>
  toExcel(deductionTotal(decs(items), each === null ? null : dec(each), cap === null ? null : dec(cap)));

describe('deductionTotal', () => {
  it('sums the items; blank items are nothing', () => {
    expect(ded([0.5, null, 1, 0.2])).toBe(1.7);
    expect(ded([null, null])).toBe(0);
  });
  it('with each, items are occurrence counts (一次扣0.5分)', () => {
    expect(ded([2, 3, null], 0.5)).toBe(2.5);
  });
  it('stops at the cap (扣满3分为止) and not before', () => {
    expect(ded([1, 1.5, 2], null, 3)).toBe(3);
    expect(ded([1, 1.5], null, 3)).toBe(2.5);
    expect(ded([1, 2], null, 3)).toBe(3);
    expect(ded([4, 4], 0.5, 3)).toBe(3);
  });
  it('rejects a non-whole count when each is given', () => {
    const e = perfError(() => ded([1, 1.5], 0.5));
    expect(e.kind).toBe('value');
    expect(e.message).toContain('第2项次数为 1.5');
  });
  it('rejects a negative item, naming it', () => {
    const e = perfError(() => ded([1, -0.5]));
    expect(e.kind).toBe('value');
    expect(e.message).toContain('第2项扣分为 -0.5');
  });
  it('rejects a negative count, each or cap', () => {
    expect(perfError(() => ded([-1], 0.5)).message).toContain('第1项次数为 -1');
    expect(perfError(() => ded([1], -0.5)).message).toContain('每次扣分为 -0.5');
    expect(perfError(() => ded([1], null, -3)).message).toContain('扣分上限为 -3');
  });
  it('sums one-decimal items exactly (0.1 + 0.2 = 0.3)', () => {
    expect(ded([0.1, 0.2])).toBe(0.3);
  });
});

describe('bonusTotal', () => {
  const bon = (items: (number | null)[], cap: number | null = null) => toExcel(bonusTotal(decs(items), cap === null ? null : dec(cap)));
  it('sums the items, blank is none, capped', () => {
    expect(bon([1, null, 0.5])).toBe(1.5);
    expect(bon([2, 2], 3)).toBe(3);
  });
  it('twelve one-decimal items whose float sum is 59.99999999999999 add up to exactly 60', () => {
    const items = [8.5, 5.3, 1.7, 4.5, 9.4, 2.4, 4.5, 3.3, 5.1, 8.4, 4.4, 2.5];
    expect(items.reduce((a, b) => a + b, 0)).toBe(59.99999999999999);
    expect(bon(items)).toBe(60);
  });
  it('rejects a negative item', () => {
    expect(perfError(() => bon([1, -1])).message).toContain('第2项加分为 -1');
  });
});
