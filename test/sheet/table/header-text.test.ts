import { describe, expect, it } from 'vitest';
import { headerText } from '../../../src/sheet/table';

describe('headerText: the weight and the name written in a header', () => {
  it.each([
    ['指标考核(80%)', '指标考核', 'percent', '80'],
    ['公众评议（20%）', '公众评议', 'percent', '20'],
    ['公众评议（２０％）', '公众评议', 'percent', '20'],
    ['业绩得分 60%', '业绩得分', 'percent', '60'],
    ['公众评议权重20%', '公众评议', 'percent', '20'],
    ['权重20%', '权重20%', 'percent', '20'],
    ['民主评估\n(15%)', '民主评估', 'percent', '15'],
    ['定期调度 ( 3 % )', '定期调度', 'percent', '3'],
    ['指标考核(80分)', '指标考核', 'points', '80'],
    ['指标考核（满分80）', '指标考核', 'points', '80'],
    ['重点工作目标 80分', '重点工作目标', 'points', '80'],
    ['市长评估(7.5%)', '市长评估', 'percent', '7.5'],
  ])('%s → name %s, weight %s %s', (raw, name, unit, value) => {
    const t = headerText(raw);
    expect(t.name).toBe(name);
    expect(t.weight).toEqual({ unit, value });
  });

  it('folds spaces, line breaks and full-width brackets for matching but shows the header as written', () => {
    const t = headerText('乡镇\n（街道）');
    expect(t.compact).toBe('乡镇(街道)');
    expect(t.display).toBe('乡镇 （街道）');
    expect(t.weight).toBeUndefined();
    expect(headerText('单 位').name).toBe('单位');
  });

  it.each([
    ['察访核验扣分(最多3分)', '察访核验扣分', '3'],
    ['扣分（扣满3分为止）', '扣分', '3'],
    ['加分(上限5分)', '加分', '5'],
    ['奖励加分（不超过2.5分）', '奖励加分', '2.5'],
  ])('a cap in words: %s → %s capped at %s', (raw, name, cap) => {
    const t = headerText(raw);
    expect(t.name).toBe(name);
    expect(t.cap).toBe(cap);
  });

  it('a number of points without a cap word is no cap', () => {
    expect(headerText('扣分(每次0.5分)').cap).toBeUndefined();
  });
});
