import { describe, expect, it } from 'vitest';
import { assignAwards } from '../../../src/engine/awards/assign';
import { DEFAULT_BANDS } from '../../../src/engine/bands';
import type { AwardRule, AwardSettings } from '../../../src/engine/scheme/types';
import { SETTINGS, awardsByName, notesOf, units } from './build';

const ECON = '经济调节和经济管理类';
const SOC = '社会管理和政务管理类';
const MKT = '市场监管和执法监管类';

// Seed 002: 综合奖 40% / 20% / 20% of each class, 优秀 only; 单项奖 from 良好 or better, not with 综合奖.
const CITY = units([
  { name: '发改委', category: ECON, total: 96, columns: { 招商引资贡献: 50 } },
  { name: '财政局', category: ECON, total: 94 },
  { name: '商务局', category: ECON, total: 92 },
  { name: '统计局', category: ECON, total: 91, excluded: '年度考核期间受到通报批评', columns: { 招商引资贡献: 48 } },
  { name: '审计局', category: ECON, total: 89, columns: { 服务评分: 90 } },
  { name: '国资委', category: ECON, total: 85, columns: { 服务评分: 85 } },
  { name: '物价局', category: ECON, total: 80 },
  { name: '民政局', category: SOC, total: 93 },
  { name: '人社局', category: SOC, total: 90, columns: { 招商引资贡献: 30, 服务评分: 95 } },
  { name: '教育局', category: SOC, total: 88 },
  { name: '卫健委', category: SOC, total: 86, columns: { 服务评分: null } },
  { name: '司法局', category: SOC, total: 70 },
  { name: '市场监管局', category: MKT, total: 89, columns: { 招商引资贡献: 45, 服务评分: 99 } },
  { name: '城管局', category: MKT, total: 87 },
  { name: '环保局', category: MKT, total: 85 },
  { name: '安监局', category: MKT, total: 60 },
]);

const COMPREHENSIVE: AwardRule = {
  kind: 'places',
  categories: [ECON, SOC, MKT],
  tiers: [{ name: '综合奖', count: { [ECON]: '40%', [SOC]: '20%', [MKT]: '20%' }, minGrade: '优秀' }],
};
const SINGLES: AwardRule[] = [
  {
    kind: 'single',
    name: '招商引资奖',
    area: '招商引资',
    eligible: ['发改委', '统计局', '人社局', '市场监管局', '招商局'],
    count: '1',
    minGrade: '良好',
    rankBy: '招商引资贡献',
  },
  { kind: 'single', name: '民生工作奖', area: '民生工作', eligible: ['民政局', '人社局', '教育局', '司法局'], count: '50%', minGrade: '良好', rankBy: null },
  { kind: 'single', name: '综合服务奖', area: '综合服务', eligible: [], count: '2', minGrade: '良好', rankBy: '服务评分' },
];

const run = (settings: Partial<AwardSettings> = {}, rules: AwardRule[] = [COMPREHENSIVE, ...SINGLES]) =>
  assignAwards({ units: CITY, rules, settings: { ...SETTINGS, ...settings }, bands: DEFAULT_BANDS });

describe('综合奖 quotas per category', () => {
  it('shows 7 × 40% = 2.8 → 3 half up and the other classes’ counts', () => {
    const o = run({}, [COMPREHENSIVE]);
    expect(o.lines.map((l) => [l.groupLabel, l.countShown])).toEqual([
      [ECON, `${ECON} 7 个单位 × 40% = 2.8 → 3 名（四舍五入）`],
      [SOC, `${SOC} 5 个单位 × 20% = 1 名`],
      [MKT, `${MKT} 4 个单位 × 20% = 0.8 → 1 名（四舍五入）`],
    ]);
    expect(awardsByName(CITY, o.awards)).toEqual({ 发改委: ['综合奖'], 财政局: ['综合奖'], 商务局: ['综合奖'], 民政局: ['综合奖'] });
    // 市场监管局 tops its class with 89 (良好): the 综合奖 is drawn from 优秀 only and stays empty.
    expect(o.lines[2].vacancies.map((v) => [v.unitName, v.reason])).toEqual([['市场监管局', '等次为良好，未达到综合奖要求的优秀']]);
  });

  it('rounds down to 2 and up to 3 when the scheme says so', () => {
    const down = run({ quotaRounding: 'down' }, [COMPREHENSIVE]);
    expect(down.lines[0].countShown).toBe(`${ECON} 7 个单位 × 40% = 2.8 → 2 名（向下取整）`);
    expect(down.lines[0].recipients.map((r) => r.name)).toEqual(['发改委', '财政局']);
    expect(down.lines[2].count).toBe(0);
    const up = run({ quotaRounding: 'up' }, [COMPREHENSIVE]);
    expect(up.lines[0].count).toBe(3);
    expect(up.lines[1].count).toBe(1);
  });

  it('counts unscored units of the class in the percentage', () => {
    const more = units([
      { name: '甲', category: ECON, total: 95 },
      { name: '乙', category: ECON, total: null },
      { name: '丙', category: ECON, total: 94 },
      { name: '丁', category: ECON, total: 93 },
      { name: '戊', category: ECON, total: 92 },
    ]);
    const o = assignAwards({ units: more, rules: [COMPREHENSIVE], settings: SETTINGS, bands: DEFAULT_BANDS });
    expect(o.lines[0].countShown).toBe(`${ECON} 5 个单位 × 40% = 2 名`);
    expect(o.lines[1].events).toContain(`汇总表中没有“${SOC}”的单位：请核对类别名称`);
  });
});

describe('单项奖 with eligibility lists and 不兼得', () => {
  const o = run();
  const line = (name: string) => o.lines.find((l) => l.award === name)!;

  it('passes the 单项奖 of a 综合奖 winner to the next unit in that award’s order', () => {
    expect(line('招商引资奖').recipients.map((r) => [r.name, r.value?.toFixed(), r.passedFrom])).toEqual([['市场监管局', '45', '发改委']]);
    expect(line('招商引资奖').events).toContain('发改委 已获综合奖（综合奖和单项奖不兼得），单项奖 招商引资奖 顺延给 市场监管局');
    expect(notesOf(CITY, o.notes, '市场监管局')).toContain('单项奖 招商引资奖：发改委 已获综合奖（综合奖和单项奖不兼得），顺延给本单位');
  });

  it('lists the units on the list that are no candidates and the names not on the sheet', () => {
    expect(line('招商引资奖').notCandidates).toEqual([{ id: 4, name: '统计局', reason: '取消评优（年度考核期间受到通报批评）' }]);
    expect(line('招商引资奖').events).toContain('参评名单中的“招商局”不在汇总表中：请核对单位名称');
    expect(line('民生工作奖').notCandidates.map((n) => n.reason)).toEqual(['等次为一般，未达到民生工作奖要求的良好']);
    expect(line('综合服务奖').notCandidates.find((n) => n.name === '卫健委')!.reason).toBe('“服务评分”一栏为空，不参与排序');
  });

  it('takes a percentage of the units on the list, by total', () => {
    expect(line('民生工作奖').countShown).toBe('民生工作奖参评 4 个单位 × 50% = 2 名');
    expect(line('民生工作奖').recipients.map((r) => [r.name, r.passedFrom])).toEqual([
      ['人社局', null],
      ['教育局', '民政局'],
    ]);
  });

  it('lets one unit hold two 单项奖 by default, and says so', () => {
    expect(awardsByName(CITY, o.awards)).toEqual({
      发改委: ['综合奖'],
      财政局: ['综合奖'],
      商务局: ['综合奖'],
      民政局: ['综合奖'],
      市场监管局: ['招商引资奖', '综合服务奖'],
      人社局: ['民生工作奖', '综合服务奖'],
      教育局: ['民生工作奖'],
    });
    expect(line('综合服务奖').events).toContain('市场监管局 同时获得 2 项单项奖（招商引资奖、综合服务奖）：方案未限制每个单位的单项奖数量');
    expect(o.summary).toContain('每个单位可获得的单项奖数量不限');
  });

  it('with at most one 单项奖 per unit, keeps the earlier award and passes the later one on', () => {
    const one = run({ maxSinglePerUnit: 1 });
    expect(one.lines.find((l) => l.award === '综合服务奖')!.recipients.map((r) => [r.name, r.passedFrom])).toEqual([
      ['审计局', '市场监管局'],
      ['国资委', '人社局'],
    ]);
    expect(one.lines.find((l) => l.award === '综合服务奖')!.events).toContain(
      '市场监管局 已获单项奖 招商引资奖（每个单位最多 1 项单项奖），单项奖 综合服务奖 顺延给 审计局',
    );
    for (const awards of one.awards.values()) expect(awards.length).toBeLessThanOrEqual(1);
  });

  it('gives both awards when 不兼得 is switched off', () => {
    const both = run({ exclusive: false });
    expect(both.awards.get(1)).toEqual(['综合奖', '招商引资奖']);
    expect(both.summary).toContain('综合奖和单项奖可以兼得');
  });

  it('shares a 单项奖 between units tied at the cut and reports it', () => {
    const us = units([
      { name: '甲', total: 88 },
      { name: '乙', total: 86 },
      { name: '丙', total: 86 },
      { name: '丁', total: 84 },
    ]);
    const rule: AwardRule = { kind: 'single', name: '创新奖', eligible: [], count: '2', minGrade: '良好', rankBy: null };
    const r = assignAwards({ units: us, rules: [rule], settings: SETTINGS, bands: DEFAULT_BANDS });
    expect(awardsByName(us, r.awards)).toEqual({ 甲: ['创新奖'], 乙: ['创新奖'], 丙: ['创新奖'] });
    expect(r.lines[0].events).toContain('乙、丙 并列（总分 86），同享单项奖 创新奖：名额 2 名，超出 1 名');
  });

  it('stops when the column to rank by is not on the sheet', () => {
    const rule: AwardRule = { kind: 'single', name: '创新奖', eligible: [], count: '1', minGrade: null, rankBy: '创新贡献' };
    expect(() => run({}, [rule])).toThrow('单项奖“创新奖”按“创新贡献”排序，但汇总表中没有这一列');
  });
});
