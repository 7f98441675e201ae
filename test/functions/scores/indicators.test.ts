import { describe, expect, it } from 'vitest';
import { completion, linear, rankpoints, rating } from '../../../src/functions/functions';
import { expectError } from './expect-error';

describe('PERF.COMPLETION', () => {
  it('points × min(actual ÷ target, 1)', () => {
    expect(completion(80, 100, 10)).toBe(8);
    expect(completion(120, 100, 10)).toBe(10);
    expect(completion(120, 100, 10, 1.2)).toBe(12);
    expect(completion('92%', '90%', 10)).toBe(10);
  });
  it('lower is better: target ÷ actual; actual 0 → full points', () => {
    expect(completion(5, 4, 10, null, true)).toBe(8);
    expect(completion(0, 4, 10, null, '是')).toBe(10);
  });
  it('zero target with lower is better: 0 → full, above → 0', () => {
    expect(completion(0, 0, 10, null, 'TRUE')).toBe(10);
    expect(completion(2, 0, 10, null, 1)).toBe(0);
  });
  it('lower_is_better reads the yes/no table, and direction words', () => {
    expect(completion(5, 4, 10, null, '越低越好')).toBe(8);
    expect(completion(5, 4, 10, null, '逆向指标')).toBe(8);
    expect(completion(2, 4, 10, null, '越高越好')).toBe(5);
    expect(completion(2, 4, 10, null, '正向')).toBe(5);
    expect(completion(2, 4, 10, null, '否')).toBe(5);
    expect(completion(2, 4, 10, null, 0)).toBe(5);
    expect(completion(2, 4, 10, null, null)).toBe(5);
  });
  it('higher is better with target 0 → #VALUE!; a negative target → #VALUE!', () => {
    expectError(completion(5, 0, 10), '#VALUE!', '目标值为 0');
    expectError(completion(5, -3, 10, null, true), '#VALUE!', '目标值为 -3');
  });
  it('a blank actual → #N/A (web); desktop passes 0 → 0 points for higher-is-better', () => {
    expectError(completion(null, 100, 10), '#N/A', '实际值为空：尚未填写');
    expect(completion(0, 100, 10)).toBe(0);
  });
  it('a cap below 1 → #VALUE!', () => {
    expectError(completion(80, 100, 10, 0.5), '#VALUE!', '上限为 0.5');
  });
});

describe('PERF.LINEAR', () => {
  it('0 at the floor, full at the target, linear between', () => {
    expect(linear(80, 60, 100, 10)).toBe(5);
    expect(linear(50, 60, 100, 10)).toBe(0);
    expect(linear(110, 60, 100, 10)).toBe(10);
  });
  it('works downwards (floor above target)', () => {
    expect(linear(4, 10, 0, 5)).toBe(3);
    expect(linear(11, 10, 0, 5)).toBe(0);
  });
  it('floor = target → #VALUE!; blank actual → #N/A', () => {
    expectError(linear(5, 10, 10, 5), '#VALUE!', '起评值和目标值都是 10');
    expectError(linear(null, 0, 10, 5), '#N/A', '实际值为空');
  });
});

describe('PERF.RATING', () => {
  it('default table 好/较好/一般/差 = 100/80/60/0%, also A–D and 优/良/中', () => {
    expect(['好', '较好', '一般', '差'].map((r) => rating(r, 10))).toEqual([10, 8, 6, 0]);
    expect(['A', 'B', 'c', 'Ｄ'].map((r) => rating(r, 10))).toEqual([10, 8, 6, 0]);
    expect(['优', '良', '中'].map((r) => rating(r, 10))).toEqual([10, 8, 6]);
  });
  it('a custom table as a range or as text', () => {
    expect(rating('合格', 10, [['优秀', '100%'], ['合格', '75%'], ['不合格', 0]])).toBe(7.5);
    expect(rating('合格', 10, [['优秀:100%,合格:75%,不合格:0']])).toBe(7.5);
  });
  it('blank rating → #N/A; an unknown rating → #VALUE! listing the allowed ones', () => {
    expectError(rating(null, 10), '#N/A', '评价为空：尚未填写');
    expectError(rating('很好', 10), '#VALUE!', '可用的评价有 好 100%');
  });
  it('a desktop blank (0) is not a rating → #VALUE!', () => {
    expectError(rating(0, 10), '#VALUE!', '评价“0”不在评价表中');
  });
});

describe('PERF.RANKPOINTS', () => {
  const table = [['名次', '分值'], [1, 10], [2, 8], [3, 6], ['4-6', 4], ['', '']];
  it('looks up the points for a rank', () => {
    expect([1, 2, 3, 5].map((r) => rankpoints(r, table))).toEqual([10, 8, 6, 4]);
    expect(rankpoints('2', table)).toBe(8);
  });
  it('a rank not in the table → #N/A', () => {
    expectError(rankpoints(7, table), '#N/A', '第7名不在名次分值表中');
  });
  it('a blank rank → #N/A (web); desktop 0 → #VALUE!', () => {
    expectError(rankpoints(null, table), '#N/A', '名次为空');
    expectError(rankpoints(0, table), '#VALUE!', '名次 0 无效');
  });
  it('a table that is not 2 columns → #VALUE!', () => {
    expectError(rankpoints(1, [[1], [2]]), '#VALUE!', '两列');
  });
});
