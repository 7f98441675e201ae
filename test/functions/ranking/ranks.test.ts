import { describe, expect, it } from 'vitest';
import { ranksImpl } from '../../../src/functions/impl/ranking';
import { call, col, expectError } from './helpers';

describe('PERF.RANKS', () => {
  it('spills a column of ranks for a column of scores', () => {
    expect(ranksImpl(col(95, 90, 90, 80))).toEqual(col(1, 2, 2, 4));
    expect(ranksImpl(col(95, 90, 90, 80), null, '中国式')).toEqual(col(1, 2, 2, 3));
  });

  it('returns a row for a single row of scores', () => {
    expect(ranksImpl([[80, 95, 90]])).toEqual([[3, 1, 2]]);
  });

  it('blank rows give ""', () => {
    expect(ranksImpl(col(80, '', null, 95))).toEqual(col(2, '', '', 1));
  });

  it('ranks within groups; a row with a blank group gives ""', () => {
    const r = ranksImpl(col(80, 70, 90, 75, 99), col('一类', '二类', '一类', '二类', ''));
    expect(r).toEqual(col(2, 2, 1, 1, ''));
  });

  it('a block of several columns ranks rows, later columns breaking ties', () => {
    const r = ranksImpl([
      [90, 30],
      [90, 35],
      [95, 10],
      [90, ''],
    ]);
    expect(r).toEqual(col(3, 2, 1, ''));
  });

  it('a single cell ranks first, a single blank cell gives ""', () => {
    expect(ranksImpl(87)).toEqual([[1]]);
    expect(ranksImpl([[null]])).toEqual([['']]);
  });

  it('mismatched scores and groups are #VALUE! with both sizes', () => {
    expectError(call(() => ranksImpl(col(1, 2, 3), col('a', 'b'))), '#VALUE!', '得分有 3 个', '分类有 2 个');
  });

  it('text in scores is #VALUE! naming the cell', () => {
    expectError(call(() => ranksImpl([[1, 2], [3, '优']])), '#VALUE!', '第2行第2列得分', '优');
  });

  it('omitted scores are #N/A', () => {
    expectError(call(() => ranksImpl(null)), '#N/A', '得分区域为空');
  });
});
