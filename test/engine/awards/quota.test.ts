import { describe, expect, it } from 'vitest';
import { D } from '../../../src/engine/decimal';
import { PerfError } from '../../../src/engine/errors';
import { parsePlaceCount, quota } from '../../../src/engine/quota';

describe('quota', () => {
  it('rounds half up, never to even', () => {
    expect(quota(7, new D('0.4'))).toBe(3);
    expect(quota(10, new D('0.25'))).toBe(3);
    expect(quota(5, new D('0.5'))).toBe(3);
    expect(quota(6, new D('0.25'))).toBe(2);
  });
  it('rounds down and up on request', () => {
    expect(quota(7, new D('0.4'), 'down')).toBe(2);
    expect(quota(7, new D('0.4'), 'up')).toBe(3);
    expect(quota(7, new D('0.2'), 'up')).toBe(2);
    expect(quota(10, new D('0.3'), 'up')).toBe(3);
  });
  it('rejects a negative or fractional count and a share beyond 100%', () => {
    expect(() => quota(-1, new D('0.4'))).toThrow(PerfError);
    expect(() => quota(2.5, new D('0.4'))).toThrow(/不是非负整数/);
    expect(() => quota(7, new D('1.5'))).toThrow(/0%～100%/);
  });
});

describe('parsePlaceCount', () => {
  it('explains a percentage in Chinese', () => {
    expect(parsePlaceCount('40%', 7, 'half-up')).toMatchObject({ count: 3, shown: '7 × 40% = 2.8 → 3（四舍五入）' });
    expect(parsePlaceCount('40%', 7, 'down')).toMatchObject({ count: 2, shown: '7 × 40% = 2.8 → 2（向下取整）' });
    expect(parsePlaceCount('30%', 10, 'half-up')).toMatchObject({ count: 3, shown: '10 × 30% = 3' });
  });
  it('reads full-width, fraction and fixed counts', () => {
    expect(parsePlaceCount('４０％', 7, 'half-up').count).toBe(3);
    expect(parsePlaceCount('0.2', 10, 'half-up')).toMatchObject({ count: 2, shown: '10 × 20% = 2' });
    expect(parsePlaceCount('2', 7, 'half-up')).toMatchObject({ count: 2, shown: '2', share: null });
    expect(parsePlaceCount('2名', 7, 'half-up').count).toBe(2);
  });
  it('rejects text, negatives, fractions of a place and shares over 100% with a Chinese message', () => {
    for (const bad of ['若干', '-1', '1.5', '120%']) {
      const e = (() => {
        try {
          parsePlaceCount(bad, 7, 'half-up');
        } catch (x) {
          return x;
        }
      })();
      expect(e).toBeInstanceOf(PerfError);
      expect((e as PerfError).kind).toBe('value');
      expect((e as PerfError).message).toContain(bad);
    }
  });
});
