import { describe, expect, it } from 'vitest';
import { rankImpl } from '../../../src/functions/impl/ranking';
import { call, col, expectError } from './helpers';

describe('PERF.RANK', () => {
  const scores = col(95, 90, 90, 80);

  it('ranks higher first, ties share a place and leave a gap (default, like RANK.EQ)', () => {
    expect([95, 90, 80].map((s) => rankImpl(s, scores))).toEqual([1, 2, 4]);
  });

  it('method 1, "dense" and "中国式" give dense ranks; 0 and "competition" the default', () => {
    for (const m of [1, '1', 'dense', 'DENSE', '中国式', '中国式排名']) expect(rankImpl(80, scores, null, null, m)).toBe(3);
    for (const m of [0, 'competition', null, '']) expect(rankImpl(80, scores, null, null, m)).toBe(4);
  });

  it('an unknown method is #VALUE! explaining both choices', () => {
    expectError(call(() => rankImpl(80, scores, null, null, 2)), '#VALUE!', '排名方式', '中国式');
  });

  it('a row and a column of scores are the same list', () => {
    expect(rankImpl(90, [[95, 90, 90, 80]])).toBe(2);
  });

  it('reads scores as clerks type them: "90分", full-width ９５, " 80 "', () => {
    expect(rankImpl('９０', col('95分', '９０', ' 80 '))).toBe(2);
  });

  it('compares the 15 digits Excel shows: 89.99999999999999 is 90', () => {
    expect(rankImpl(90, col(89.99999999999999, 95))).toBe(2);
  });

  it('blank entries in scores ("" and null) are not ranked and do not count', () => {
    expect(rankImpl(80, col('', 95, null, 80))).toBe(2);
  });

  it('non-numeric text in scores is #VALUE! naming the item', () => {
    expectError(call(() => rankImpl(80, col(95, '缺考', 80))), '#VALUE!', '第2个得分', '缺考');
  });

  it('a score not in the list is #N/A naming the value', () => {
    expectError(call(() => rankImpl(85, scores)), '#N/A', '得分 85 不在得分区域中');
  });

  it('a blank score is #N/A "得分为空：尚未填写" (web-shaped blank)', () => {
    expectError(call(() => rankImpl(null, scores)), '#N/A', '得分为空：尚未填写');
    expectError(call(() => rankImpl([['']], scores)), '#N/A', '得分为空：尚未填写');
  });

  it('a desktop-shaped blank score (0) is #N/A with a hint, unless 0 really is in the list', () => {
    expectError(call(() => rankImpl(0, scores)), '#N/A', '得分 0 不在', '空白单元格当作 0');
    expect(rankImpl(0, col(0, 5))).toBe(2);
  });

  describe('groups (分类排名)', () => {
    const s = col(80, 70, 90, 75, 80);
    const g = col('一类', '二类', '一类', '二类', '一类');

    it('ranks only among rows of the same group', () => {
      expect(rankImpl(80, s, '一类', g)).toBe(2);
      expect(rankImpl(75, s, '二类', g)).toBe(1);
      expect(rankImpl(70, s, '二类', g, 1)).toBe(2);
    });

    it('group names are compared after normalising: full-width, spaces, letter case', () => {
      const g2 = col('Ａ类', 'b类', ' a类 ', 'B类', 'A类');
      expect(rankImpl(80, s, 'a类', g2)).toBe(2);
      expect(rankImpl(70, s, 'Ｂ类', g2)).toBe(2);
    });

    it('numeric group codes match whether typed as numbers or text', () => {
      expect(rankImpl(80, s, '1', col(1, 2, 1, 2, 1))).toBe(2);
    });

    it('a score present only in another group is #N/A naming the group', () => {
      expectError(call(() => rankImpl(70, s, '一类', g)), '#N/A', '分类“一类”');
    });

    it('a blank group with groups given is #N/A: the unit is not ranked', () => {
      expectError(call(() => rankImpl(80, s, null, g)), '#N/A', '分类为空');
    });

    it('rows with a blank group do not count', () => {
      expect(rankImpl(80, col(99, 80), '一类', col('', '一类'))).toBe(1);
    });

    it('a group without the groups range is #VALUE! (also catches RANK.EQ’s order typed as 3rd argument)', () => {
      expectError(call(() => rankImpl(80, s, '一类', null)), '#VALUE!', '没有给分类区域');
      expectError(call(() => rankImpl(80, s, 0, null)), '#VALUE!', '给了分类 0', '第5个参数');
    });

    it('a blank group without groups is simply no grouping', () => {
      expect(rankImpl(80, s, '', null)).toBe(2);
      expect(rankImpl(80, s, [['']], null)).toBe(2);
    });

    it('scores and groups of different sizes are #VALUE! saying both sizes', () => {
      expectError(call(() => rankImpl(80, s, '一类', col('一类', '二类'))), '#VALUE!', '得分有 5 个', '分类有 2 个');
    });

    it('a row of groups matches a column of scores of the same length', () => {
      expect(rankImpl(80, s, '一类', [['一类', '二类', '一类', '二类', '一类']])).toBe(2);
    });
  });

  describe('tie-break columns', () => {
    const table = [
      [90, 30],
      [90, 35],
      [95, 10],
      [90, 35],
    ];

    it('a score row ranks by the first column, then the second', () => {
      expect(rankImpl([[90, 30]], table)).toBe(4);
      expect(rankImpl([[90, 35]], table)).toBe(2);
      expect(rankImpl([[95, 10]], table)).toBe(1);
      expect(rankImpl([[90, 30]], table, null, null, 1)).toBe(3);
    });

    it('works with groups', () => {
      expect(rankImpl([[90, 30]], table, 'x', col('x', 'y', 'y', 'x'))).toBe(2);
    });

    it('a row with a blank tie-break cell is not ranked', () => {
      expect(rankImpl([[90, 30]], [[90, ''], [90, 30]])).toBe(1);
    });

    it('a blank tie-break cell in the score is #N/A naming the column', () => {
      expectError(call(() => rankImpl([[90, null]], table)), '#N/A', '得分第2列为空');
    });

    it('a score row of another width than the scores is #VALUE!', () => {
      expectError(call(() => rankImpl([[90, 30, 1]], table)), '#VALUE!', '3 个单元格', '2 列');
    });

    it('a single score against a multi-column block is #VALUE!', () => {
      expectError(call(() => rankImpl(90, table)), '#VALUE!', '4 行 × 2 列');
    });
  });

  it('an empty scores range is #N/A', () => {
    expectError(call(() => rankImpl(90, null)), '#N/A', '得分区域为空');
  });

  it('never mutates the ranges it is given', () => {
    const s = col(3, 1, 2);
    const copy = JSON.parse(JSON.stringify(s));
    rankImpl(1, s);
    expect(s).toEqual(copy);
  });
});
