import { describe, expect, it } from 'vitest';
import { D, toExcel } from '../../../src/engine/decimal';
import { completionScore } from '../../../src/engine/completion';
import { dec, perfError } from './helpers';

const c = (a: number, t: number, p: number, cap = 1, lower = false) => toExcel(completionScore(dec(a), dec(t), dec(p), new D(cap), lower));

describe('completionScore', () => {
  it('higher is better: points × actual ÷ target', () => {
    expect(c(80, 100, 10)).toBe(8);
    expect(c(100, 100, 10)).toBe(10);
  });
  it('caps at 100% by default, at the cap when given', () => {
    expect(c(130, 100, 10)).toBe(10);
    expect(c(110, 100, 10, 1.2)).toBe(11);
    expect(c(130, 100, 10, 1.2)).toBe(12);
  });
  it('a negative actual (e.g. a fall in a growth rate) gives 0, not negative points', () => {
    expect(c(-2, 8, 10)).toBe(0);
  });
  it('higher is better with a target of 0 → #VALUE! pointing to lower_is_better', () => {
    const e = perfError(() => c(5, 0, 10));
    expect(e.kind).toBe('value');
    expect(e.message).toContain('越低越好');
  });
  it('any negative target → #VALUE!', () => {
    expect(perfError(() => c(5, -1, 10)).kind).toBe('value');
    expect(perfError(() => c(5, -1, 10, 1, true)).kind).toBe('value');
  });
  it('lower is better: points × target ÷ actual, capped', () => {
    expect(c(5, 4, 10, 1, true)).toBe(8);
    expect(c(2, 4, 10, 1, true)).toBe(10);
    expect(c(2, 4, 10, 1.5, true)).toBe(15);
  });
  it('lower is better with actual 0 → full points (points × cap)', () => {
    expect(c(0, 4, 10, 1, true)).toBe(10);
  });
  it('zero target (零事故): 0 → full points, anything above → 0', () => {
    expect(c(0, 0, 10, 1, true)).toBe(10);
    expect(c(1, 0, 10, 1, true)).toBe(0);
    expect(c(0, 0, 10, 1.2, true)).toBe(10);
  });
  it('lower is better rejects a negative actual', () => {
    expect(perfError(() => c(-1, 4, 10, 1, true)).message).toContain('实际值为 -1');
  });
  it('rejects a cap below 100% and negative points', () => {
    expect(perfError(() => c(80, 100, 10, 0.2)).message).toContain('上限为 0.2');
    expect(perfError(() => c(80, 100, -10)).kind).toBe('value');
  });
});
