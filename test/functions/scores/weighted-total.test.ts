import { describe, expect, it } from 'vitest';
import { grade, total, weighted } from '../../../src/functions/functions';
import { expectError } from './expect-error';

describe('PERF.WEIGHTED', () => {
  it('takes a row and a column interchangeably', () => {
    expect(weighted([[90, 80]], [[0.8], [0.2]])).toBe(88);
    expect(weighted([[90], [80]], [[80, 20]])).toBe(88);
  });
  it('reads weights typed as "80%", numbers stored as text, full-width digits and 分', () => {
    expect(weighted([['９０', '80分']], [['80%', '20%']])).toBe(88);
  });
  it('rater groups worth 15 points of the total: {5,3,3,2,2} with weight_sum 15', () => {
    expect(weighted([[90, 80, 70, 60, 100]], [[5, 3, 3, 2, 2]], 15)).toBe(12.2);
    expect(weighted([[90, 80, 70, 60, 100]], [[0.05, 0.03, 0.03, 0.02, 0.02]], '15%')).toBe(12.2);
  });
  it('=1/3 weights work', () => {
    expect(weighted([[90, 80, 70]], [[1 / 3, 1 / 3, 1 / 3]])).toBe(80);
  });
  it('a blank score inside the range → #N/A naming the item', () => {
    expectError(weighted([[90, '', 70]], [[0.5, 0.3, 0.2]]), '#N/A', '第2项得分为空：尚未填写');
    expectError(weighted([[90, null, 70]], [[0.5, 0.3, 0.2]]), '#N/A', '第2项得分为空');
  });
  it('non-numeric text → #VALUE! quoting it', () => {
    expectError(weighted([[90, '缺考']], [[0.5, 0.5]]), '#VALUE!', '第2项得分 “缺考” 不是数字');
    expectError(weighted([[90, true]], [[0.5, 0.5]]), '#VALUE!', '逻辑值');
  });
  it('weights that do not sum to 1 or 100 → #VALUE! with the sum', () => {
    expectError(weighted([[90, 80]], [[60, 35]]), '#VALUE!', '各项权重合计为 95');
  });
  it('counts that differ → #VALUE!', () => {
    expectError(weighted([[90, 80, 70]], [[0.5, 0.5]]), '#VALUE!', '数量不一致');
  });
  it('a weight_sum of 0 (what desktop Excel passes for a blank cell) → #VALUE! saying so', () => {
    expectError(weighted([[90, 80]], [[0.5, 0.5]], 0), '#VALUE!', '桌面版 Excel');
  });
  it('omitted weight_sum (null) is the same as none', () => {
    expect(weighted([[90, 80]], [[50, 50]], null)).toBe(85);
  });
  it('twelve one-decimal scores: the float sum of products is 59.99999999999999, PERF gives 60 and 一般', () => {
    const scores = [[70.1, 74.1, 64.7, 48.8, 40.4, 79.2, 78.5, 61.7, 62, 51.9, 53.5, 60.1]];
    const weights = [[5, 5, 5, 5, 5, 5, 5, 5, 15, 15, 15, 15]];
    const result = weighted(scores, weights);
    expect(result).toBe(60);
    expect(grade(result)).toBe('一般');
  });
});

describe('PERF.TOTAL', () => {
  it('is WEIGHTED − deduction + bonus (seed 004: 指标考核 80% + 公众评议 20% − 察访核验扣分)', () => {
    expect(total([[90, 80]], [[0.8, 0.2]], 3, 1.5)).toBe(86.5);
  });
  it('blank deduction and bonus are none, web (null) and desktop (0) alike', () => {
    expect(total([[90, 80]], [[0.8, 0.2]], null, null)).toBe(88);
    expect(total([[90, 80]], [[0.8, 0.2]], 0, 0)).toBe(88);
    expect(total([[90, 80]], [[0.8, 0.2]], [['']], [[null]])).toBe(88);
  });
  it('a deduction written as −3 → #VALUE! (it must not be added)', () => {
    expectError(total([[90, 80]], [[0.8, 0.2]], -3), '#VALUE!', '扣分请填写正数');
  });
  it('passes on WEIGHTED errors', () => {
    expectError(total([[90, null]], [[0.8, 0.2]], 3), '#N/A', '第2项得分为空');
  });
});
