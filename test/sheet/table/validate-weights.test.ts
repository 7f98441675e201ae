import { describe, expect, it } from 'vitest';
import { isPerfError } from '../../../src/engine/errors';
import { findSummaryTable, validateWeights } from '../../../src/sheet/table';
import { sheet } from './fixtures';

function table(headers: string[]) {
  return findSummaryTable(sheet('汇总', [['单位', ...headers], ['甲局', ...headers.map(() => 90)]]))!;
}

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(isPerfError(e)).toBe(true);
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('validateWeights', () => {
  it('percentages summing to 100 pass and report the sum', () => {
    expect(validateWeights(table(['指标考核(80%)', '公众评议（20%）']))).toEqual({ unit: 'percent', sum: '100' });
  });

  it('decimal weights are added exactly (33.3 + 33.3 + 33.4)', () => {
    expect(validateWeights(table(['甲(33.3%)', '乙(33.3%)', '丙(33.4%)']))?.sum).toBe('100');
  });

  it('percentages not summing to 100 name every component, its weight and the sum', () => {
    const msg = messageOf(() => validateWeights(table(['指标考核(80%)', '公众评议（15%）'])));
    expect(msg).toBe('各项权重合计为 95%（指标考核 80% + 公众评议 15%），应为 100%：请检查表头中的权重');
  });

  it('sub-columns are named with their group', () => {
    const t = findSummaryTable(
      sheet(
        '汇总',
        [
          ['单位', '跟踪评估(6%)', null, '其他(90%)'],
          [null, '定期调度(3%)', '实地踏查(3%)', null],
          ['甲局', 90, 90, 90],
        ],
        [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 0, right: 2 }, { top: 0, left: 3, bottom: 1, right: 3 }],
      ),
    )!;
    expect(messageOf(() => validateWeights(t))).toContain('（跟踪评估/定期调度 3% + 跟踪评估/实地踏查 3% + 其他 90%）');
  });

  it('points must add up to the full score', () => {
    expect(validateWeights(table(['指标考核(90分)', '群众满意度(10分)']))).toEqual({ unit: 'points', sum: '100' });
    expect(validateWeights(table(['指标考核(90分)', '群众满意度(30分)']), '120')).toEqual({ unit: 'points', sum: '120' });
    expect(messageOf(() => validateWeights(table(['重点工作(80分)', '共性工作(22分)'])))).toBe(
      '各项分值合计为 102分（重点工作 80分 + 共性工作 22分），应为满分 100分：请检查表头中的分值',
    );
  });

  it('percentages and points mixed are an error naming both', () => {
    const msg = messageOf(() => validateWeights(table(['指标考核(80%)', '公众评议(20分)'])));
    expect(msg).toContain('指标考核 80%');
    expect(msg).toContain('公众评议 20分');
    expect(msg).toContain('统一');
  });

  it('a table with a total and no components has nothing to check', () => {
    expect(validateWeights(table(['总分']))).toBeNull();
  });
});
