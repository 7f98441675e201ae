import { describe, expect, it } from 'vitest';
import { awardImpl, ranksImpl } from '../../../src/functions/impl/ranking';
import { call, expectError } from './helpers';

// Seed 002 §四(四), counties: 一等奖 1 (优秀), 二等奖 2 (良好 or better), 三等奖 2 (良好 or better).
const tiers = [
  ['一等奖', 1, '优秀'],
  ['二等奖', 2, '良好'],
  ['三等奖', 2, '良好'],
];

describe('PERF.AWARD', () => {
  it('places fall in windows: 1 → 一等奖, 2–3 → 二等奖, 4–5 → 三等奖, beyond → ""', () => {
    expect([1, 2, 3, 4, 5, 6].map((p) => awardImpl(p, '优秀', tiers))).toEqual(['一等奖', '二等奖', '二等奖', '三等奖', '三等奖', '']);
  });

  it('an under-graded unit gets "" and the place stays empty (not passed down)', () => {
    expect(awardImpl(1, '良好', tiers)).toBe('');
    expect(awardImpl(2, '一般', tiers)).toBe('');
    expect(awardImpl(2, '良好', tiers)).toBe('二等奖');
  });

  it('units tied on a window’s last place all get that window’s award (places from RANKS)', () => {
    const places = ranksImpl([[95], [90], [90], [80]]).map((r) => r[0]);
    expect(places).toEqual([1, 2, 2, 4]);
    const t = [['A', 1, ''], ['B', 1, ''], ['C', 1, '']];
    expect(places.map((p) => awardImpl(p, '一般', t))).toEqual(['A', 'B', 'B', '']);
  });

  it('a blank minimum grade means any grade; a 2-column tiers range has no minimums', () => {
    expect(awardImpl(1, '较差', [['进步奖', 1, '']])).toBe('进步奖');
    expect(awardImpl(2, '较差', [['A', 1], ['B', 1]])).toBe('B');
  });

  it('a tier of 0 places holds nothing', () => {
    expect(awardImpl(1, '优秀', [['特等奖', 0, ''], ['一等奖', 1, '']])).toBe('一等奖');
  });

  it('blank rows in the tiers range are skipped', () => {
    expect(awardImpl(2, '优秀', [['一等奖', 1, '优秀'], ['', '', ''], ['二等奖', 1, null]])).toBe('二等奖');
  });

  it('eligible: FALSE, "否", 0 → ""; TRUE, "是", "√", omitted → the award', () => {
    for (const e of [false, '否', 0, 'N', '无']) expect(awardImpl(1, '优秀', tiers, e)).toBe('');
    for (const e of [true, '是', '√', 1, null]) expect(awardImpl(1, '优秀', tiers, e)).toBe('一等奖');
  });

  it('grade order from bands text or a 2-column range', () => {
    const t = [['一等奖', 1, '优秀'], ['二等奖', 2, '合格']];
    expect(awardImpl(2, '合格', t, null, '优秀:95,合格:75,不合格')).toBe('二等奖');
    expect(awardImpl(2, '不合格', t, null, '优秀:95,合格:75,不合格')).toBe('');
    const bands = [[95, '优秀'], [75, '合格'], ['', '不合格']];
    expect(awardImpl(1, '优秀', t, true, bands)).toBe('一等奖');
  });

  it('grade labels are normalised: full-width spaces and letters', () => {
    expect(awardImpl(1, ' 优秀 ', tiers)).toBe('一等奖');
  });

  it('a grade not in the bands is #VALUE! naming it and listing the bands', () => {
    expectError(call(() => awardImpl(1, '合格', tiers)), '#VALUE!', '等次“合格”', '优秀、良好、一般、较差');
  });

  it('a tier minimum not in the bands is #VALUE! naming the row', () => {
    expectError(call(() => awardImpl(1, '优秀', [['一等奖', 1, '特优']])), '#VALUE!', '第1行', '特优');
  });

  it('tier counts: a share is refused (use QUOTA), text and fractions are #VALUE!, blank #N/A', () => {
    expectError(call(() => awardImpl(1, '优秀', [['综合奖', '40%', '优秀']])), '#VALUE!', '是比例', 'QUOTA');
    expectError(call(() => awardImpl(1, '优秀', [['综合奖', 0.4, '优秀']])), '#VALUE!', '是比例');
    expectError(call(() => awardImpl(1, '优秀', [['综合奖', 1.5, '优秀']])), '#VALUE!', '名额');
    expectError(call(() => awardImpl(1, '优秀', [['综合奖', '两名', '优秀']])), '#VALUE!', '两名');
    expectError(call(() => awardImpl(1, '优秀', [['综合奖', '', '优秀']])), '#N/A', '名额为空');
  });

  it('a tier without a name, or a tiers range of the wrong width, is #VALUE!', () => {
    expectError(call(() => awardImpl(1, '优秀', [['', 1, '优秀']])), '#VALUE!', '缺少奖项名称');
    expectError(call(() => awardImpl(1, '优秀', [['一等奖'], ['二等奖']])), '#VALUE!', '2 或 3 列');
    expectError(call(() => awardImpl(1, '优秀', [['一等奖', 1, '优秀', '备注']])), '#VALUE!', '收到 4 列');
  });

  it('a blank rank (web) is #N/A "名次为空：尚未排名"', () => {
    expectError(call(() => awardImpl(null, '优秀', tiers)), '#N/A', '名次为空：尚未排名');
    expectError(call(() => awardImpl('', '优秀', tiers)), '#N/A', '名次为空：尚未排名');
  });

  it('a rank of 0 (a desktop blank) is #VALUE! explaining the blank', () => {
    expectError(call(() => awardImpl(0, '优秀', tiers)), '#VALUE!', '名次为 0', '空白单元格当作 0');
  });

  it('a rank that is not a whole number ≥ 1 is #VALUE!', () => {
    expectError(call(() => awardImpl(1.5, '优秀', tiers)), '#VALUE!', '名次 1.5');
    expectError(call(() => awardImpl(-2, '优秀', tiers)), '#VALUE!', '名次 -2');
  });

  it('a blank grade is #N/A (web); a desktop blank grade (0) is #VALUE! with a hint', () => {
    expectError(call(() => awardImpl(1, null, tiers)), '#N/A', '等次为空');
    expectError(call(() => awardImpl(1, 0, tiers)), '#VALUE!', '等次“0”', '空白单元格当作 0');
  });

  it('an eligibility number that is not yes/no is #VALUE!', () => {
    expectError(call(() => awardImpl(1, '优秀', tiers, 0.5)), '#VALUE!', '评优资格');
  });

  it('empty tiers are #N/A', () => {
    expectError(call(() => awardImpl(1, '优秀', null)), '#N/A', '奖项表为空');
    expectError(call(() => awardImpl(1, '优秀', [['', '', '']])), '#N/A', '奖项表为空');
  });
});

describe('PERF.AWARD bands argument', () => {
  it('a single number as bands (e.g. a desktop blank, 0) is #VALUE!', () => {
    expectError(call(() => awardImpl(1, '优秀', [['一等奖', 1, '优秀']], null, 0)), '#VALUE!', '等次表 0 不是等次设置');
  });

  it('a blank bands cell means the default bands', () => {
    expect(awardImpl(1, '优秀', [['一等奖', 1, '优秀']], null, [['']])).toBe('一等奖');
  });
});
