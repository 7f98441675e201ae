import { describe, expect, it } from 'vitest';
import { PASS_DOWN_RULE, assignAwards } from '../../../src/engine/awards/assign';
import { DEFAULT_BANDS } from '../../../src/engine/bands';
import type { AwardRule } from '../../../src/engine/scheme/types';
import { SETTINGS, awardsByName, notesOf, units } from './build';

// Seed 002 §四(四): 一等奖 1 (优秀), 二等奖 2 (良好 or better), 三等奖 2 (良好 or better).
const RULES: AwardRule[] = [
  {
    kind: 'places',
    categories: [],
    tiers: [
      { name: '一等奖', count: '1', minGrade: '优秀' },
      { name: '二等奖', count: '2', minGrade: '良好' },
      { name: '三等奖', count: '2', minGrade: '良好' },
    ],
  },
];

// Places: 甲1 乙2 丙3 (vetoed: 良好→一般) 丁4 戊5 己5 庚7, 辛 not scored.
const COUNTIES = units([
  { name: '甲县', total: 95 },
  { name: '乙县', total: 89 },
  { name: '丙县', total: 85, veto: 1 },
  { name: '丁县', total: 84 },
  { name: '戊县', total: 83 },
  { name: '己县', total: 83 },
  { name: '庚县', total: 70 },
  { name: '辛县', total: null },
]);

describe('counties 1/2/2, vacancy left empty (the default)', () => {
  const out = assignAwards({ units: COUNTIES, rules: RULES, settings: SETTINGS, bands: DEFAULT_BANDS });

  it('leaves the under-graded unit’s 二等奖 place empty and lets the tie at 三等奖’s edge share it', () => {
    expect(awardsByName(COUNTIES, out.awards)).toEqual({
      甲县: ['一等奖'],
      乙县: ['二等奖'],
      丁县: ['三等奖'],
      戊县: ['三等奖'],
      己县: ['三等奖'],
    });
  });

  it('prints one line per award with the count, the window, the vacancy and the tie', () => {
    expect(out.lines.map((l) => [l.award, l.countShown, l.window])).toEqual([
      ['一等奖', '1 名', { from: 1, to: 1 }],
      ['二等奖', '2 名', { from: 2, to: 3 }],
      ['三等奖', '2 名', { from: 4, to: 5 }],
    ]);
    const second = out.lines[1];
    expect(second.recipients.map((r) => r.name)).toEqual(['乙县']);
    expect(second.vacancies).toEqual([
      { place: 3, unitId: 3, unitName: '丙县', reason: '等次为一般，未达到二等奖要求的良好' },
    ]);
    expect(second.events.join()).toContain('第3名 丙县：等次为一般，未达到二等奖要求的良好，二等奖该名次空缺（不顺延）');
    const third = out.lines[2];
    expect(third.recipients.map((r) => [r.name, r.shared])).toEqual([
      ['丁县', false],
      ['戊县', true],
      ['己县', true],
    ]);
    expect(third.events.join()).toContain('第5名有 2 个单位并列（戊县、己县）');
    expect(third.events.join()).toContain('超出 1 名');
  });

  it('explains the empty place and the shared award in the units’ notes', () => {
    expect(notesOf(COUNTIES, out.notes, '丙县')).toEqual(['第3名，等次为一般，未达到二等奖要求的良好：二等奖名次空缺（不顺延）']);
    expect(notesOf(COUNTIES, out.notes, '戊县')[0]).toContain('与己县并列第5名，共同获得三等奖');
    expect(notesOf(COUNTIES, out.notes, '辛县')).toEqual([]);
    expect(out.summary.join()).toContain('该名次空缺，不顺延');
  });
});

describe('counties 1/2/2, vacancy passed down', () => {
  const PASS = { ...SETTINGS, vacancy: 'pass-down' as const };
  const out = assignAwards({ units: COUNTIES, rules: RULES, settings: PASS, bands: DEFAULT_BANDS });

  it('gives the passed place to the next unit and shifts the later windows down', () => {
    expect(awardsByName(COUNTIES, out.awards)).toEqual({
      甲县: ['一等奖'],
      乙县: ['二等奖'],
      丁县: ['二等奖'],
      戊县: ['三等奖'],
      己县: ['三等奖'],
    });
    expect(out.lines[1].passes).toEqual([
      { fromId: 3, fromName: '丙县', reason: '等次为一般，未达到二等奖要求的良好', toId: 4, toName: '丁县' },
    ]);
    expect(out.lines[1].recipients.find((r) => r.name === '丁县')!.passedFrom).toBe('丙县');
    expect(notesOf(COUNTIES, out.notes, '丁县')).toEqual(['因第3名 丙县等次为一般，未达到二等奖要求的良好，名次顺延，本单位获得二等奖']);
    expect(notesOf(COUNTIES, out.notes, '丙县')).toEqual(['第3名，等次为一般，未达到二等奖要求的良好：二等奖名次顺延给丁县']);
    expect(out.summary).toContain(PASS_DOWN_RULE);
  });

  it('states the rule: best tier with a place whose minimum the unit reaches; empty tiers never block later ones', () => {
    expect(PASS_DOWN_RULE).toContain('每个单位获得尚有名额、且其等次达到最低等次要求的最高一个奖次');
    expect(PASS_DOWN_RULE).toContain('不影响其后各奖次');
    expect(PASS_DOWN_RULE).toContain('并列同一名次的单位同等对待');
  });

  it('still awards the lower tiers when nobody reaches the first tier’s minimum', () => {
    const us = units([89, 88, 87, 86, 85, 82].map((total, i) => ({ name: `单位${i + 1}`, total })));
    const o = assignAwards({ units: us, rules: RULES, settings: PASS, bands: DEFAULT_BANDS });
    expect(awardsByName(us, o.awards)).toEqual({ 单位1: ['二等奖'], 单位2: ['二等奖'], 单位3: ['三等奖'], 单位4: ['三等奖'] });
    expect(o.lines[0].recipients).toEqual([]);
    expect(o.lines[0].vacancies).toEqual([{ place: null, unitId: null, unitName: null, reason: '全部单位符合条件的单位不足' }]);
    expect(o.lines[0].passes).toEqual([
      { fromId: 1, fromName: '单位1', reason: '等次为良好，未达到一等奖要求的优秀', toId: null, toName: null },
    ]);
    expect(notesOf(us, o.notes, '单位1')).toEqual([
      '第1名，等次为良好，未达到一等奖要求的优秀：其后没有符合条件的单位可顺延一等奖；本单位获得二等奖',
    ]);
    expect(notesOf(us, o.notes, '单位5')).toEqual([]);
  });

  it('gives a unit passed over for 一等奖 the 二等奖 it qualifies for', () => {
    // 甲 is vetoed to 良好: it cannot take 一等奖, which passes to 乙; 甲 still gets 二等奖.
    const us = units([
      { name: '甲县', total: 95, veto: 1 },
      { name: '乙县', total: 92 },
      { name: '丙县', total: 88 },
      { name: '丁县', total: 86 },
    ]);
    const o = assignAwards({ units: us, rules: RULES, settings: PASS, bands: DEFAULT_BANDS });
    expect(awardsByName(us, o.awards)).toEqual({ 甲县: ['二等奖'], 乙县: ['一等奖'], 丙县: ['二等奖'], 丁县: ['三等奖'] });
    expect(o.lines[0].recipients.map((r) => [r.name, r.passedFrom])).toEqual([['乙县', '甲县']]);
    expect(o.lines[0].events).toContain('第1名 甲县：等次为良好，未达到一等奖要求的优秀，一等奖名次顺延给第2名 乙县；本单位获得二等奖');
    expect(o.lines[1].recipients.map((r) => [r.name, r.passedFrom])).toEqual([
      ['甲县', null],
      ['丙县', null],
    ]);
    expect(o.lines[2].vacancies).toHaveLength(1);
  });

  it('gives an excluded unit nothing, reports it as passed over, and passes its place on', () => {
    const us = units([
      { name: '甲县', total: 97, excluded: '安全生产事故' },
      { name: '乙县', total: 93 },
      { name: '丙县', total: 90, excluded: true },
      { name: '丁县', total: 85 },
    ]);
    const o = assignAwards({ units: us, rules: RULES, settings: PASS, bands: DEFAULT_BANDS });
    expect(awardsByName(us, o.awards)).toEqual({ 乙县: ['一等奖'], 丁县: ['二等奖'] });
    expect(o.lines[0].passes.map((p) => [p.fromName, p.reason, p.toName])).toEqual([['甲县', '取消评优（安全生产事故）', '乙县']]);
    expect(o.lines[1].passes.map((p) => [p.fromName, p.reason, p.toName])).toEqual([['丙县', '取消评优', null]]);
    expect(notesOf(us, o.notes, '甲县')).toEqual(['第1名，取消评优（安全生产事故）：一等奖名次顺延给乙县']);
  });

  it('treats units tied on one place alike: they share a tier they would overfill', () => {
    const us = units([
      { name: '甲县', total: 95 },
      { name: '乙县', total: 88 },
      { name: '丙县', total: 86 },
      { name: '丁县', total: 86 },
      { name: '戊县', total: 84 },
    ]);
    const o = assignAwards({ units: us, rules: RULES, settings: PASS, bands: DEFAULT_BANDS });
    expect(awardsByName(us, o.awards)).toEqual({ 甲县: ['一等奖'], 乙县: ['二等奖'], 丙县: ['二等奖'], 丁县: ['二等奖'], 戊县: ['三等奖'] });
    expect(o.lines[1].recipients.map((r) => [r.name, r.shared])).toEqual([
      ['乙县', false],
      ['丙县', true],
      ['丁县', true],
    ]);
    expect(o.lines[1].events).toContain('第3名有 2 个单位并列（丙县、丁县），并列的单位同享二等奖：名额 2 名，超出 1 名');
  });

  it('gives each unit of a tie the best tier it reaches, and ties that reach the same tier the same tier', () => {
    // 甲 vetoed to 良好 passes 一等奖 to 乙; 乙 and 丙 tie on place 2 but 丙 is vetoed to 良好: 乙 一等奖, 丙 二等奖.
    const us = units([
      { name: '甲县', total: 91, veto: 1 },
      { name: '乙县', total: 90 },
      { name: '丙县', total: 90, veto: 1 },
      { name: '丁县', total: 81 },
    ]);
    const o = assignAwards({ units: us, rules: RULES, settings: PASS, bands: DEFAULT_BANDS });
    expect(awardsByName(us, o.awards)).toEqual({ 甲县: ['二等奖'], 乙县: ['一等奖'], 丙县: ['二等奖'], 丁县: ['三等奖'] });
    const tied = units([
      { name: '甲县', total: 95, veto: 1 },
      { name: '乙县', total: 95, veto: 1 },
      { name: '丙县', total: 84 },
    ]);
    const t = assignAwards({ units: tied, rules: RULES, settings: PASS, bands: DEFAULT_BANDS });
    expect(awardsByName(tied, t.awards)).toEqual({ 甲县: ['二等奖'], 乙县: ['二等奖'], 丙县: ['三等奖'] });
  });
});

describe('ties and exclusions at the first window', () => {
  it('gives both units tied on place 1 the 一等奖 and reports the place they take from 二等奖', () => {
    const us = units([
      { name: '甲县', total: 95 },
      { name: '乙县', total: 95 },
      { name: '丙县', total: 88 },
      { name: '丁县', total: 86 },
    ]);
    const o = assignAwards({ units: us, rules: RULES, settings: SETTINGS, bands: DEFAULT_BANDS });
    expect(awardsByName(us, o.awards)).toEqual({ 甲县: ['一等奖'], 乙县: ['一等奖'], 丙县: ['二等奖'], 丁县: ['三等奖'] });
    expect(o.lines[1].vacancies.map((v) => v.reason)).toEqual(['第2名已由并列第1名的单位（甲县、乙县）占用']);
    expect(o.lines[2].vacancies.map((v) => v.reason)).toEqual(['全部单位没有第5名（已评分的单位不足）']);
  });

  it('leaves an excluded first place empty, with the reason', () => {
    const us = units([
      { name: '甲县', total: 97, excluded: '安全生产事故' },
      { name: '乙县', total: 93 },
    ]);
    const o = assignAwards({ units: us, rules: RULES, settings: SETTINGS, bands: DEFAULT_BANDS });
    expect(awardsByName(us, o.awards)).toEqual({ 乙县: ['二等奖'] });
    expect(o.lines[0].vacancies[0].reason).toBe('取消评优（安全生产事故）');
    expect(notesOf(us, o.notes, '甲县')).toEqual(['第1名，取消评优（安全生产事故）：一等奖名次空缺（不顺延）']);
  });

  it('gives no awards and says so when no rule is set', () => {
    const o = assignAwards({ units: COUNTIES, rules: [], settings: SETTINGS, bands: DEFAULT_BANDS });
    expect(awardsByName(COUNTIES, o.awards)).toEqual({});
    expect(o.lines).toEqual([]);
    expect(o.summary).toEqual(['未设置奖励规则：本次不评奖']);
  });

  it('stops on a minimum grade that is not a band', () => {
    const bad: AwardRule[] = [{ kind: 'places', categories: [], tiers: [{ name: '一等奖', count: '1', minGrade: '优' }] }];
    expect(() => assignAwards({ units: COUNTIES, rules: bad, settings: SETTINGS, bands: DEFAULT_BANDS })).toThrow(
      '一等奖的最低等次“优”不是现有等次（优秀、良好、一般、较差）：请改为其中之一',
    );
  });
});
