import { describe, expect, it } from 'vitest';
import { toExcel } from '../../../src/engine/decimal';
import { satisfactionScore } from '../../../src/engine/satisfaction';
import { trimmedMean } from '../../../src/engine/trimmean';
import { decs, perfError } from './helpers';

describe('trimmedMean (去掉一个最高分和一个最低分)', () => {
  const t = (xs: (number | null)[], h?: number, l?: number) => toExcel(trimmedMean(decs(xs), h, l));
  it('drops one highest and one lowest by default', () => {
    expect(t([95, 60, 80, 85, 90])).toBe(85);
  });
  it('drops only one of tied highest scores', () => {
    expect(t([90, 90, 80, 70])).toBe(85);
  });
  it('ignores blanks', () => {
    expect(t([95, null, 60, 80, null, 85, 90])).toBe(85);
  });
  it('drops as many as asked, and none when asked', () => {
    expect(t([100, 99, 80, 70, 1], 2, 1)).toBe(75);
    expect(t([90, 80], 0, 0)).toBe(85);
  });
  it('gives exact decimals (88.1, 88.2, 88.3 → 88.2)', () => {
    expect(t([88.1, 88.2, 88.3], 0, 0)).toBe(88.2);
  });
  it('nothing left → #VALUE! saying how many there were', () => {
    const e = perfError(() => t([90, 80]));
    expect(e.kind).toBe('value');
    expect(e.message).toContain('共有 2 个评分');
  });
  it('no score entered at all → #N/A', () => {
    expect(perfError(() => t([null, null])).kind).toBe('na');
  });
});

describe('satisfactionScore', () => {
  const s = (c: (number | null)[], v: (number | null)[] | null = null) => toExcel(satisfactionScore(decs(c), v === null ? null : decs(v)));
  it('is Σ count × value ÷ Σ count', () => {
    expect(s([50, 30, 20], [100, 60, 0])).toBe(68);
  });
  it('defaults three levels to 满意/基本满意/不满意 = 100/60/0', () => {
    expect(s([50, 30, 20])).toBe(68);
  });
  it('a blank count is nobody', () => {
    expect(s([3, null, 1])).toBe(75);
  });
  it('no ratings → #N/A', () => {
    expect(perfError(() => s([0, null, 0])).kind).toBe('na');
  });
  it('other level counts need values', () => {
    expect(perfError(() => s([1, 2])).message).toContain('没有给出各档分值');
    expect(s([1, 3], [100, 0])).toBe(25);
  });
  it('counts and values that differ in number → #VALUE!', () => {
    expect(perfError(() => s([1, 2, 3], [100, 0])).message).toContain('票数有 3 档，分值有 2 档');
  });
  it('a negative count → #VALUE!; a blank value → #N/A', () => {
    expect(perfError(() => s([1, -2, 3])).message).toContain('第2档票数为 -2');
    expect(perfError(() => s([1, 2], [100, null])).kind).toBe('na');
  });
});
