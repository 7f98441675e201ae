import { describe, expect, it } from 'vitest';
import { toExcel } from '../../../src/engine/decimal';
import { linearScore } from '../../../src/engine/linear';
import { scaleScore } from '../../../src/engine/scale';
import { dec, perfError } from './helpers';

describe('scaleScore (折算)', () => {
  const s = (a: number, b: number, c: number) => toExcel(scaleScore(dec(a), dec(b), dec(c)));
  it('is score ÷ full × points', () => {
    expect(s(85, 100, 20)).toBe(17);
    expect(s(87.5, 100, 15)).toBe(13.125);
    expect(s(100, 3, 1)).toBe(33.3333333333333);
  });
  it('rejects a full score of 0 or less', () => {
    expect(perfError(() => s(85, 0, 20)).message).toContain('满分为 0，应大于 0');
    expect(perfError(() => s(85, -100, 20)).kind).toBe('value');
  });
  it('rejects negative points', () => {
    expect(perfError(() => s(85, 100, -20)).message).toContain('折算分值为 -20');
  });
});

describe('linearScore', () => {
  const l = (a: number, f: number, t: number, p: number) => toExcel(linearScore(dec(a), dec(f), dec(t), dec(p)));
  it('higher is better: 0 at or below the floor, full at or above the target, linear between', () => {
    expect(l(60, 60, 100, 10)).toBe(0);
    expect(l(50, 60, 100, 10)).toBe(0);
    expect(l(80, 60, 100, 10)).toBe(5);
    expect(l(100, 60, 100, 10)).toBe(10);
    expect(l(120, 60, 100, 10)).toBe(10);
    expect(l(70, 60, 90, 10)).toBe(3.33333333333333);
  });
  it('lower is better when the floor is above the target (e.g. complaints: 10 → 0 points, 0 → full)', () => {
    expect(l(10, 10, 0, 5)).toBe(0);
    expect(l(12, 10, 0, 5)).toBe(0);
    expect(l(4, 10, 0, 5)).toBe(3);
    expect(l(0, 10, 0, 5)).toBe(5);
  });
  it('rejects a floor equal to the target', () => {
    expect(perfError(() => l(5, 10, 10, 5)).message).toContain('起评值和目标值都是 10');
  });
  it('rejects negative points', () => {
    expect(perfError(() => l(5, 0, 10, -5)).kind).toBe('value');
  });
});
