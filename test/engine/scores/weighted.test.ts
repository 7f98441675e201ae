import { describe, expect, it } from 'vitest';
import { D, Dec, toExcel } from '../../../src/engine/decimal';
import { totalScore, weightedTotal } from '../../../src/engine/weighted';
import { decs as d, perfError as err } from './helpers';

const w = (scores: (number | null)[], weights: (number | string | null)[], sum: number | null = null) =>
  toExcel(weightedTotal(d(scores), d(weights), sum === null ? null : new D(sum)));

describe('weightedTotal', () => {
  it('reads fractions summing to 1 (seed 004: 指标考核 80% + 公众评议 20%)', () => {
    expect(w([90, 80], [0.8, 0.2])).toBe(88);
  });
  it('reads percent points summing to 100 (seed 004 篇三: 60 + 40)', () => {
    expect(w([90, 80], [60, 40])).toBe(86);
  });
  it('takes a part of the total in percent points with weight_sum (民主评估 15 of 100)', () => {
    // 5+3+3+2+2 = 15: each score out of 100 times its points / 100
    expect(w([90, 80, 70, 60, 100], [5, 3, 3, 2, 2], 15)).toBe(12.2);
  });
  it('takes the same part in fractions with weight_sum 0.15', () => {
    expect(w([90, 80, 70, 60, 100], [0.05, 0.03, 0.03, 0.02, 0.02], 0.15)).toBe(12.2);
  });
  it('accepts =1/3 entries (1e-9 slack) and gives the exact thirds', () => {
    expect(w([90, 80, 70], [1 / 3, 1 / 3, 1 / 3])).toBe(80);
    expect(w([90, 90, 90], [1 / 3, 1 / 3, 1 / 3])).toBe(90);
    expect(w([90, 80, 70], [100 / 3, 100 / 3, 100 / 3])).toBe(80);
  });
  it('rejects a sum just outside the slack, saying what the sum is', () => {
    const e = err(() => w([90, 80], [0.5, 0.500001]));
    expect(e.kind).toBe('value');
    expect(e.message).toContain('1.000001');
    expect(e.message).toContain('应为 1（100%）或 100');
  });
  it('rejects weights that sum to neither 1 nor 100 (the most common scheme mistake)', () => {
    const e = err(() => w([90, 80, 70], [60, 30, 5]));
    expect(e.kind).toBe('value');
    expect(e.message).toContain('各项权重合计为 95');
  });
  it('rejects weights that do not sum to weight_sum, naming both', () => {
    const e = err(() => w([90, 80], [5, 3], 15));
    expect(e.message).toContain('各项权重合计为 8，应为 15');
  });
  it('rejects counts that differ', () => {
    const e = err(() => w([90, 80, 70], [0.5, 0.5]));
    expect(e.kind).toBe('value');
    expect(e.message).toContain('得分有 3 项，权重有 2 项');
  });
  it('a blank score is not entered: #N/A naming the item', () => {
    const e = err(() => w([90, null, 70], [0.5, 0.3, 0.2]));
    expect(e.kind).toBe('na');
    expect(e.message).toBe('第2项得分为空：尚未填写');
  });
  it('a blank weight is not entered either', () => {
    const e = err(() => w([90, 80], [0.5, null]));
    expect(e.kind).toBe('na');
    expect(e.message).toBe('第2项权重为空：尚未填写');
  });
  it('rejects a negative weight', () => {
    expect(err(() => w([90, 80], [1.5, -0.5])).message).toContain('第2项权重为 -0.5');
  });
  it('twelve one-decimal scores whose float sum of products is 59.99999999999999 give exactly 60', () => {
    const scores = [70.1, 74.1, 64.7, 48.8, 40.4, 79.2, 78.5, 61.7, 62, 51.9, 53.5, 60.1];
    const weights = [0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.15, 0.15, 0.15, 0.15];
    expect(scores.reduce((acc, s, i) => acc + s * weights[i], 0)).toBe(59.99999999999999);
    expect(weightedTotal(d(scores), d(weights)).toFixed()).toBe('60');
    expect(w(scores, weights)).toBe(60);
  });
});

describe('totalScore', () => {
  const t = (a: number, b: number, c: number): Dec => totalScore(new D(a), new D(b), new D(c));
  it('is weighted − deduction + bonus', () => {
    expect(toExcel(t(88, 3, 1.5))).toBe(86.5);
  });
  it('rejects a deduction written as a negative number (it would be added)', () => {
    const e = err(() => t(88, -3, 0));
    expect(e.kind).toBe('value');
    expect(e.message).toContain('扣分请填写正数');
  });
  it('rejects a negative bonus', () => {
    expect(err(() => t(88, 0, -1)).message).toContain('加分为 -1');
  });
});
