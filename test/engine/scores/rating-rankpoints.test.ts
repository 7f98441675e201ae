import { describe, expect, it } from 'vitest';
import { toExcel } from '../../../src/engine/decimal';
import { rankPoints, rankPointsTableFromRows } from '../../../src/engine/rankpoints';
import { DEFAULT_RATING_TABLE, parseRatingText, ratingScore, ratingTableFromRows } from '../../../src/engine/rating';
import { dec, perfError } from './helpers';

describe('ratingScore', () => {
  const r = (label: string, points: number, table = DEFAULT_RATING_TABLE) => toExcel(ratingScore(label, dec(points), table));
  it('default: 好/较好/一般/差 = 100%/80%/60%/0%', () => {
    expect([r('好', 10), r('较好', 10), r('一般', 10), r('差', 10)]).toEqual([10, 8, 6, 0]);
  });
  it('default also reads A/B/C/D (any case, full-width) and 优/良/中/差', () => {
    expect([r('A', 5), r('b', 5), r('Ｃ', 5), r('D', 5)]).toEqual([5, 4, 3, 0]);
    expect([r('优', 5), r('良', 5), r('中', 5)]).toEqual([5, 4, 3]);
  });
  it('an unknown rating → #VALUE! listing what is allowed', () => {
    const e = perfError(() => r('很好', 10));
    expect(e.kind).toBe('value');
    expect(e.message).toContain('评价“很好”不在评价表中');
    expect(e.message).toContain('较好 80%');
  });
  it('a custom table from text, in percent or fractions or percent points', () => {
    expect(r('较好', 10, parseRatingText('好:100%,较好:85%,一般:70%,差:0'))).toBe(8.5);
    expect(r('较好', 10, parseRatingText('好:1，较好:0.85；一般:0.7'))).toBe(8.5);
    expect(r('较好', 10, parseRatingText('好=100,较好=85,一般=70,差=0'))).toBe(8.5);
  });
  it('a custom table from a 2-column range, either column order, a heading row skipped', () => {
    expect(r('合格', 10, ratingTableFromRows([['评价', '比例'], ['优秀', 1], ['合格', '75%'], ['不合格', 0]]))).toBe(7.5);
    expect(r('合格', 10, ratingTableFromRows([[1, '优秀'], [0.75, '合格']]))).toBe(7.5);
  });
  it('rejects a share over 100%, a repeated rating, a non-numeric share', () => {
    expect(perfError(() => parseRatingText('好:120%')).message).toContain('不在 0%～100% 之间');
    expect(perfError(() => parseRatingText('好:1,好:0.8')).message).toContain('出现了两次');
    expect(perfError(() => ratingTableFromRows([['好', 1], ['较好', '很多']])).message).toContain('不是数字');
  });
  it('a blank share in the table → #N/A', () => {
    expect(perfError(() => ratingTableFromRows([['好', 1], ['较好', null]])).kind).toBe('na');
  });
});

describe('rankPoints', () => {
  const table = rankPointsTableFromRows([
    ['名次', '分值'],
    [3, 6],
    [1, 10],
    [2, 8],
    ['4-6', 4],
    ['第7至9名', 2],
  ]);
  const p = (rank: number) => toExcel(rankPoints(dec(rank), table));
  it('looks up the points for a rank, rows in any order, spans included', () => {
    expect([1, 2, 3, 4, 6, 7, 9].map(p)).toEqual([10, 8, 6, 4, 4, 2, 2]);
  });
  it('a rank the table does not list → #N/A', () => {
    const e = perfError(() => p(10));
    expect(e.kind).toBe('na');
    expect(e.message).toContain('第10名不在名次分值表中');
  });
  it('a rank that is not a whole number ≥ 1 → #VALUE!', () => {
    expect(perfError(() => p(0)).kind).toBe('value');
    expect(perfError(() => p(1.5)).kind).toBe('value');
  });
  it('rejects a rank listed twice, a bad rank cell, a non-numeric points cell', () => {
    expect(perfError(() => rankPointsTableFromRows([[1, 10], ['1-3', 5]])).message).toContain('第1名出现了两次');
    expect(perfError(() => rankPointsTableFromRows([[1, 10], ['前三', 5]])).message).toContain('名次 “前三” 无效');
    expect(perfError(() => rankPointsTableFromRows([[1, 10], [2, '高']])).message).toContain('不是数字');
  });
});
