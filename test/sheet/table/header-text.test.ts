import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/engine/cell';
import { headerText } from '../../../src/sheet/table';
import { roleOfName } from '../../../src/sheet/table/header-roles';

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

describe('headerText’s shortcuts give what the general reading gives', () => {
  // the general reading of one text, as headerText reads any text: spaces folded for display, normalised and spaces removed for the rest
  const general = (text: string) => ({ display: text.replace(/\s+/g, ' ').trim(), compact: normaliseText(text).replace(/\s+/g, '') });

  it('a number reads as its text, with no weight and no header word', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, 1e-7, -87.35)), (n) => {
        expect(headerText(n)).toEqual(headerText(String(n)));
        expect(roleOfName(headerText(n).name, false)).toBeNull();
      }),
      { seed: 20261205, numRuns: 500 },
    );
  });

  it('plain text without a space is its own display and compact form; anything else is read in full', () => {
    const piece = fc.constantFrom('单位', '指标考核', '(80%)', '（20%）', '80分', '满分', ' ', '　', '\n', 'Ａ', 'a', '%', '－', '扣分', '最多3分', '(80)');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (parts) => {
        const text = parts.join('');
        const t = headerText(text);
        expect({ display: t.display, compact: t.compact }).toEqual(general(text));
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });
});
