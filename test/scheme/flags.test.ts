import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { applySchemeFlags, bandsOf } from '../../src/engine/scheme/flags';
import { validateScheme } from '../../src/engine/scheme/validate';
import { pathsOf, seed002Departments } from './fixtures';

describe('command-line flags override single settings', () => {
  it('each flag changes its setting and nothing else', () => {
    const base = seed002Departments();
    const s = applySchemeFlags(base, {
      bands: '优秀:95,合格:75,不合格',
      method: 'dense',
      'deduction-cap': '3',
      'bonus-cap': '２',
      decimals: '2',
      'quota-rounding': 'down',
    });
    expect(s.bands).toEqual([
      { label: '优秀', min: '95' },
      { label: '合格', min: '75' },
      { label: '不合格', min: null },
    ]);
    expect(s.ranking).toEqual({ ...base.ranking, method: 'dense' });
    expect([s.deductionCap, s.bonusCap, s.decimals, s.awardSettings.quotaRounding]).toEqual(['3', '2', 2, 'down']);
    expect({ ...s, bands: base.bands, ranking: base.ranking, deductionCap: null, bonusCap: null, decimals: null, awardSettings: base.awardSettings }).toEqual(base);
    expect(base.ranking.method).toBe('competition'); // the input is not changed
  });

  it('--awards becomes one place-award rule, replacing the place rules and keeping the 单项奖', () => {
    const base = seed002Departments();
    const s = applySchemeFlags(base, { awards: '一等奖:1:优秀,二等奖:2:良好，三等奖:2' });
    expect(s.awards[0]).toEqual({
      kind: 'places',
      categories: [],
      tiers: [
        { name: '一等奖', count: '1', minGrade: '优秀' },
        { name: '二等奖', count: '2', minGrade: '良好' },
        { name: '三等奖', count: '2', minGrade: null },
      ],
    });
    expect(s.awards.slice(1)).toEqual(base.awards.filter((a) => a.kind === 'single'));
    expect(applySchemeFlags(defaultScheme(), { awards: '综合奖:20%:优秀' }).awards).toEqual([
      { kind: 'places', categories: [], tiers: [{ name: '综合奖', count: '20%', minGrade: '优秀' }] },
    ]);
  });

  it('a grade in --awards that is not a band is caught by validation, naming the tier', () => {
    const s = applySchemeFlags(defaultScheme(), { awards: '一等奖:1:优' });
    expect(pathsOf(validateScheme(s).errors)).toEqual(['awards[0].tiers[0].minGrade']);
  });

  it('Chinese words work too; caps can be switched off', () => {
    const s = applySchemeFlags({ ...defaultScheme(), deductionCap: '3' }, { method: '中国式排名', 'quota-rounding': '向上取整', 'deduction-cap': 'none' });
    expect([s.ranking.method, s.awardSettings.quotaRounding, s.deductionCap]).toEqual(['dense', 'up', null]);
  });

  it('bad values stop with a Chinese message naming the flag, the value and the fix', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ method: 'fast' }, /--method 的值 “fast” 无法识别：请写 竞争排名（competition）、中国式排名（dense）/],
      [{ 'deduction-cap': '-1' }, /--deduction-cap 的值 “-1” 不是扣分上限/],
      [{ 'bonus-cap': '很多' }, /--bonus-cap 的值 “很多” 不是加分上限/],
      [{ decimals: '1.5' }, /--decimals 的值 “1.5” 无法使用：请写 0 到 10 之间的整数/],
      [{ 'quota-rounding': 'banker' }, /--quota-rounding 的值 “banker” 无法识别/],
      [{ awards: '一等奖' }, /--awards 中的 “一等奖” 格式不对/],
      [{ awards: '一等奖:一名:优秀' }, /--awards 中“一等奖”的名额 “一名” 无法使用/],
      [{ awards: '综合奖:120%:优秀' }, /超过 100%/],
      [{ bands: '优秀:90,良好:90,较差' }, /下限必须不同|分数线都是 90/],
    ];
    for (const [flags, msg] of bad) expect(() => applySchemeFlags(defaultScheme(), flags), JSON.stringify(flags)).toThrow(msg);
  });

  it('bandsOf gives the engine its bands, best first', () => {
    const s = { ...defaultScheme(), bands: [{ label: '较差', min: null }, { label: '良好', min: '80' }, { label: '优秀', min: '90' }] };
    expect(bandsOf(s).map((b) => [b.label, b.min?.toFixed() ?? null])).toEqual([
      ['优秀', '90'],
      ['良好', '80'],
      ['较差', null],
    ]);
    expect(() => bandsOf({ ...s, bands: [{ label: '优秀', min: '九十' }, { label: '较差', min: null }] })).toThrow(/“九十” 不是数字/);
  });
});
