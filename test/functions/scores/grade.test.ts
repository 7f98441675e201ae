import { describe, expect, it } from 'vitest';
import * as perf from '../../../src/functions/functions';
import { expectError, loose } from './expect-error';

const grade = loose(perf.grade);

describe('PERF.GRADE', () => {
  it('default bands 优秀 90 / 良好 80 / 一般 60 / 较差, lower bounds inclusive', () => {
    expect([95, 90, 89.99, 80, 79.5, 60, 59.99, 0].map((s) => grade(s))).toEqual(['优秀', '优秀', '良好', '良好', '一般', '一般', '较差', '较差']);
  });
  it('reads 89.99999999999999 as the 90 Excel shows', () => {
    expect(grade(89.99999999999999)).toBe('优秀');
  });
  it('a float sum of twelve one-decimal scores (59.99999999999999) is 一般, not 较差', () => {
    const s = [8.5, 5.3, 1.7, 4.5, 9.4, 2.4, 4.5, 3.3, 5.1, 8.4, 4.4, 2.5].reduce((a, b) => a + b, 0);
    expect(s).toBe(59.99999999999999);
    expect(grade(s)).toBe('一般');
  });
  it('reads numeric text: "90分", "９０", " 85 "', () => {
    expect([grade('90分'), grade('９０'), grade(' 85 ')]).toEqual(['优秀', '优秀', '良好']);
  });
  it('bands as text (seed 004 篇四: 优秀 ≥ 95, 合格 ≥ 75, 不合格)', () => {
    const bands = '优秀:95,合格:75,不合格';
    expect([grade(95, bands), grade(94.9, bands), grade(75, bands), grade(74.9, bands)]).toEqual(['优秀', '合格', '合格', '不合格']);
    expect(grade(80, [[bands]])).toBe('合格');
  });
  it('bands as a 2-column range in any row order, the blank bound is the bottom band', () => {
    const bands = [[75, '合格'], [null, '不合格'], [95, '优秀']];
    expect([grade(96, bands), grade(80, bands), grade(10, bands)]).toEqual(['优秀', '合格', '不合格']);
    expect(grade(80, [['合格', 75], ['不合格', ''], ['优秀', 95]])).toBe('合格');
  });
  it('bands written one per cell in a column', () => {
    expect(grade(80, [['优秀:95'], ['合格:75'], ['不合格']])).toBe('合格');
  });
  it('omitted or blank bands are the default bands', () => {
    expect(grade(85, null)).toBe('良好');
    expect(grade(85, [['']])).toBe('良好');
  });
  it('bad bands → #VALUE! with the fix', () => {
    expectError(grade(85, 95), '#VALUE!', '等次表 95 不是等次设置');
    expectError(grade(85, '优秀:90,良好:90,较差'), '#VALUE!', '分数线都是 90');
    expectError(grade(85, '优秀:90,良好:80'), '#VALUE!', '缺少最低等次');
    expectError(grade(85, [[90, '优秀', 'x'], [null, '较差', 'y']]), '#VALUE!', '请只选择两列');
  });
  it('downgrade (一票否决) lowers one level for TRUE, 1, 是, √, Y (any width, case or spacing)', () => {
    for (const yes of [true, 1, '是', '√', 'Y', 'yes', 'Ｙｅｓ', ' 是 ']) expect(grade(95, null, yes)).toBe('良好');
  });
  it('a whole number n lowers n levels, never below the bottom band', () => {
    expect(grade(95, null, 2)).toBe('一般');
    expect(grade(95, null, 3)).toBe('较差');
    expect(grade(95, null, 9)).toBe('较差');
    expect(grade(50, null, '是')).toBe('较差');
  });
  it('FALSE, 0, 否, 无, -, blank lower none (web null and desktop 0 alike)', () => {
    for (const no of [false, 0, '否', '无', '-', '', null]) expect(grade(95, null, no)).toBe('优秀');
  });
  it('a downgrade that is not a whole number → #VALUE!', () => {
    expectError(grade(95, null, 1.5), '#VALUE!', '一票否决');
  });
  it('blank score → #N/A on the web (null); desktop passes 0 and gets the bottom band', () => {
    expectError(grade(null), '#N/A', '得分为空：尚未填写');
    expectError(grade(''), '#N/A', '尚未填写');
    expect(grade(0)).toBe('较差');
  });
  it('text that is not a number → #VALUE!', () => {
    expectError(grade('优秀'), '#VALUE!', '“优秀” 不是数字');
  });
});
