import { describe, expect, it } from 'vitest';
import { D } from '../../../src/engine/decimal';
import { compareKeys, placesOf, rankAll } from '../../../src/engine/rank';

const k = (...xs: (number | string)[]) => xs.map((x) => new D(x));
const one = (xs: (number | null)[]) => xs.map((x) => (x === null ? null : k(x)));

describe('rankAll', () => {
  it('competition ranking leaves a gap after a tie (RANK.EQ: 1,2,2,4)', () => {
    expect(rankAll(one([95, 90, 90, 80]), 'competition')).toEqual([1, 2, 2, 4]);
  });

  it('dense ranking (中国式排名) does not skip (1,2,2,3)', () => {
    expect(rankAll(one([95, 90, 90, 80]), 'dense')).toEqual([1, 2, 2, 3]);
  });

  it('returns ranks in input order whatever the order of the scores', () => {
    expect(rankAll(one([70, 99, 85, 99, 60]), 'competition')).toEqual([4, 1, 3, 1, 5]);
    expect(rankAll(one([70, 99, 85, 99, 60]), 'dense')).toEqual([3, 1, 2, 1, 4]);
  });

  it('all tied: everyone is first', () => {
    expect(rankAll(one([88, 88, 88]), 'competition')).toEqual([1, 1, 1]);
    expect(rankAll(one([88, 88, 88]), 'dense')).toEqual([1, 1, 1]);
  });

  it('blank keys are not ranked and do not count for others', () => {
    expect(rankAll(one([null, 90, null, 80]), 'competition')).toEqual([null, 1, null, 2]);
  });

  it('decimals compare exactly: 87.35 is ahead of 87.3', () => {
    expect(rankAll([k('87.3'), k('87.35')], 'competition')).toEqual([2, 1]);
  });

  it('keys that differ beyond a double’s precision still rank exactly (computed decimal totals)', () => {
    expect(rankAll([k('90'), k('90.00000000000000000001'), k('90')], 'competition')).toEqual([2, 1, 2]);
  });

  it('negative scores rank below zero', () => {
    expect(rankAll(one([-1, 0, 5]), 'competition')).toEqual([3, 2, 1]);
  });

  it('later keys break ties of earlier ones', () => {
    const keys = [k(90, 30), k(90, 35), k(95, 10), k(90, 35)];
    expect(rankAll(keys, 'competition')).toEqual([4, 2, 1, 2]);
    expect(rankAll(keys, 'dense')).toEqual([3, 2, 1, 2]);
  });

  it('ranks each group on its own (分类排名)', () => {
    const groups = ['一类', '二类', '一类', '二类', '一类'];
    expect(rankAll(one([80, 70, 90, 75, 80]), 'competition', groups)).toEqual([2, 2, 1, 1, 2]);
  });

  it('a row without a group is not ranked when groups are given', () => {
    expect(rankAll(one([99, 80, 70]), 'competition', [null, 'A', 'A'])).toEqual([null, 1, 2]);
  });

  it('groups null means one ranking over all rows', () => {
    expect(rankAll(one([1, 2]), 'competition', null)).toEqual([2, 1]);
  });

  it('an empty list gives no ranks', () => {
    expect(rankAll([], 'dense')).toEqual([]);
  });

  it('never mutates its inputs', () => {
    const keys = Object.freeze(one([3, 1, 2]).map((x) => (x ? Object.freeze(x) : x)));
    const groups = Object.freeze(['a', 'b', 'a']);
    expect(rankAll(keys, 'competition', groups)).toEqual([1, 1, 2]);
  });

  it('groups of another length are a programming error', () => {
    expect(() => rankAll(one([1, 2]), 'competition', ['a'])).toThrow(RangeError);
  });

  it('placesOf counts the units strictly ahead, even where a sheet shows dense ranks', () => {
    expect(placesOf(one([95, 90, 90, 80]))).toEqual([1, 2, 2, 4]);
  });
});

describe('compareKeys', () => {
  it('is negative when the first row ranks ahead', () => {
    expect(compareKeys(k(90), k(80))).toBeLessThan(0);
    expect(compareKeys(k(80, 5), k(80, 6))).toBeGreaterThan(0);
    expect(compareKeys(k(80, 5), k(80, 5))).toBe(0);
  });
});
