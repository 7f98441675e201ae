import { describe, expect, it } from 'vitest';
import { bonus, deduct, satisfaction, scale, trimmean } from '../../../src/functions/functions';
import { expectError } from './expect-error';

describe('PERF.SCALE', () => {
  it('converts 85 of 100 to 17 of 20', () => {
    expect(scale(85, 100, 20)).toBe(17);
    expect(scale('85分', '100', 20)).toBe(17);
  });
  it('blank score → #N/A on the web; desktop passes 0 and gets 0', () => {
    expectError(scale(null, 100, 20), '#N/A', '得分为空：尚未填写');
    expect(scale(0, 100, 20)).toBe(0);
  });
  it('full ≤ 0 → #VALUE!', () => {
    expectError(scale(85, 0, 20), '#VALUE!', '满分为 0，应大于 0');
    expectError(scale(85, -1, 20), '#VALUE!', '满分为 -1');
  });
  it('a blank full or points is not entered', () => {
    expectError(scale(85, null, 20), '#N/A', '满分为空');
    expectError(scale(85, 100, null), '#N/A', '折算分值为空');
  });
});

describe('PERF.DEDUCT', () => {
  it('sums items; blanks ("" and null) inside the range are nothing', () => {
    expect(deduct([[0.5], [''], [null], [1]])).toBe(1.5);
    expect(deduct([['', '']])).toBe(0);
  });
  it('occurrence counts × each (0.5 per absence)', () => {
    expect(deduct([[2, 1, '']], 0.5)).toBe(1.5);
  });
  it('caps (扣满3分为止)', () => {
    expect(deduct([[1, 1.5, 2]], null, 3)).toBe(3);
    expect(deduct([[8]], 0.5, 3)).toBe(3);
  });
  it('a non-whole count → #VALUE!; negative → #VALUE!', () => {
    expectError(deduct([[1, 2.5]], 0.5), '#VALUE!', '第2项次数为 2.5');
    expectError(deduct([[1, -2]]), '#VALUE!', '第2项扣分为 -2');
  });
  it('each or cap of 0 (a desktop blank) → #VALUE! saying so, never a silent 0', () => {
    expectError(deduct([[2]], 0), '#VALUE!', '桌面版 Excel');
    expectError(deduct([[2]], null, 0), '#VALUE!', '扣分上限为 0');
  });
  it('text that is not a number → #VALUE!', () => {
    expectError(deduct([[1, '两次']]), '#VALUE!', '扣分项第2项 “两次” 不是数字');
  });
});

describe('PERF.BONUS', () => {
  it('sums and caps', () => {
    expect(bonus([[1, '', 0.5]])).toBe(1.5);
    expect(bonus([[2, 2]], 3)).toBe(3);
  });
  it('a cap of 0 → #VALUE!, negative → #VALUE!', () => {
    expectError(bonus([[2]], 0), '#VALUE!', '加分上限为 0');
    expectError(bonus([[2, -1]]), '#VALUE!', '第2项加分为 -1');
  });
});

describe('PERF.TRIMMEAN', () => {
  it('drops one highest and one lowest by default; blanks ignored', () => {
    expect(trimmean([[95, '', 60, 80, null, 85, 90]])).toBe(85);
  });
  it('drop counts can be given; blank counts are the default 1 (web) and 0 on desktop', () => {
    expect(trimmean([[100, 99, 80, 70, 1]], 2, 1)).toBe(75);
    expect(trimmean([[100, 90, 80]], null, null)).toBe(90);
    expect(trimmean([[100, 90, 80]], 0, 0)).toBe(90);
    expect(trimmean([[100, 90, 60]], 0, 0)).toBe(83.3333333333333);
  });
  it('nothing left → #VALUE!; nothing entered → #N/A; a bad drop count → #VALUE!', () => {
    expectError(trimmean([[90, 80]]), '#VALUE!', '没有剩余');
    expectError(trimmean([['', null]]), '#N/A', '评分全部为空');
    expectError(trimmean([[90, 80, 70]], 1.5), '#VALUE!', '去掉最高分个数');
  });
});

describe('PERF.SATISFACTION', () => {
  it('three counts default to 100/60/0', () => {
    expect(satisfaction([[50, 30, 20]])).toBe(68);
  });
  it('values given as a column against counts in a row', () => {
    expect(satisfaction([[3, 1]], [[100], [0]])).toBe(75);
  });
  it('blank counts are nobody; no votes → #N/A', () => {
    expect(satisfaction([[3, '', 1]])).toBe(75);
    expectError(satisfaction([['', '', '']]), '#N/A', '没有评价票数');
  });
  it('counts and values differ in number → #VALUE!', () => {
    expectError(satisfaction([[1, 2, 3]], [[100, 0]]), '#VALUE!', '数量不一致');
  });
});
