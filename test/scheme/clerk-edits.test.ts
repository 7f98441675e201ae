import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { validateScheme } from '../../src/engine/scheme/validate';
import type { PlaceAwardRule, Scheme, SingleAwardRule } from '../../src/engine/scheme/types';
import { cellAddress } from '../../src/sheet/address';
import type { SheetData } from '../../src/sheet/source-table';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { ECON, planToSheet, rowWhere, seed002Counties, seed002Departments, seed004Township, setCell } from './fixtures';

const at = (r: number, c: number) => cellAddress('方案', r, c);
const sheetOf = (s: Scheme): SheetData => planToSheet(schemeToSheetPlan(s));
const places = (s: Scheme) => s.awards.find((a) => a.kind === 'places') as PlaceAwardRule;
const single = (s: Scheme, name: string) => s.awards.find((a) => a.kind === 'single' && a.name === name) as SingleAwardRule;

describe("a clerk's edits on the 方案 sheet", () => {
  it("changing a band's lower bound, with full-width digits", () => {
    const sheet = sheetOf(defaultScheme());
    setCell(sheet, at(rowWhere(sheet, 0, '良好'), 1), '８５');
    const { scheme, errors, warnings } = schemeFromSheet(sheet);
    expect(scheme.bands[1]).toEqual({ label: '良好', min: '85' });
    expect([errors, warnings]).toEqual([[], []]);
  });

  it('changing a count, and a 综合奖 share typed as 0.3 (a cell formatted as a percentage)', () => {
    const sheet = sheetOf(seed002Counties());
    setCell(sheet, at(rowWhere(sheet, 1, '二等奖'), 3), 3);
    expect(places(schemeFromSheet(sheet).scheme).tiers.map((t) => t.count)).toEqual(['1', '3', '2']);

    const dept = sheetOf(seed002Departments());
    setCell(dept, at(rowWhere(dept, 2, ECON), 3), 0.3);
    expect(places(schemeFromSheet(dept).scheme).tiers[0].count).toEqual({
      经济调节和经济管理类: '30%',
      社会管理和政务管理类: '20%',
      市场监管和执法监管类: '20%',
    });
  });

  it('weights typed as "80%" text or as fractions 0.8 / 0.2 read as percent', () => {
    const sheet = sheetOf(seed004Township());
    const a = rowWhere(sheet, 0, '指标考核');
    const b = rowWhere(sheet, 0, '公众评议');
    setCell(sheet, at(a, 1), '80%');
    setCell(sheet, at(b, 1), '２０％');
    expect(schemeFromSheet(sheet).scheme.components.map((c) => c.weight)).toEqual(['80', '20']);
    setCell(sheet, at(a, 1), 0.8);
    setCell(sheet, at(b, 1), 0.2);
    expect(schemeFromSheet(sheet).scheme.components.map((c) => c.weight)).toEqual(['80', '20']);
  });

  it('a weight of 1 among percent weights stays 1% (seed 002: 自我评估 1)', () => {
    const { scheme } = schemeFromSheet(sheetOf(seed002Departments()));
    expect(scheme.components[2]).toEqual({ name: '自我评估', weight: '1' });
  });

  it('rows added inside blocks: a band, a category, a 综合奖 category, a 单项奖, a child component', () => {
    const sheet = sheetOf(seed002Departments());
    const insert = (row: number, cells: (string | number | null)[]) => sheet.values.splice(row, 0, cells);
    insert(rowWhere(sheet, 0, '一般'), ['合格', 70]);
    insert(rowWhere(sheet, 0, '争创“五城”奖') + 1, ['第三产业发展奖', '第三产业发展', 1, '良好', null, '发改委、商务局']);
    insert(rowWhere(sheet, 1, '市场监管和执法监管类') + 1, [4, '综合管理类']);
    insert(rowWhere(sheet, 2, '市场监管和执法监管类') + 1, [1, '综合奖', '综合管理类', '30%', '优秀', null]);
    insert(rowWhere(sheet, 0, '副秘书长') + 1, ['市长助理', 0, '市政府领导加权评估', null]);
    const { scheme, errors, warnings } = schemeFromSheet(sheet);
    expect([errors, warnings]).toEqual([[], []]);
    expect(scheme.bands.map((b) => b.label)).toEqual(['优秀', '良好', '合格', '一般', '较差']);
    expect(scheme.categories).toContain('综合管理类');
    expect(places(scheme).tiers[0].count).toMatchObject({ 综合管理类: '30%' });
    expect(single(scheme, '第三产业发展奖')).toEqual({
      kind: 'single',
      name: '第三产业发展奖',
      area: '第三产业发展',
      eligible: ['发改委', '商务局'],
      count: '1',
      minGrade: '良好',
      rankBy: null,
    });
    expect(scheme.components[6].children!.map((c) => c.name)).toEqual(['市长', '副市长、秘书长、市长助理', '副秘书长', '市长助理']);
    expect(validateScheme(scheme).errors).toEqual([]);
  });

  it('rows removed inside blocks, and blank rows left behind', () => {
    const sheet = sheetOf(seed002Departments());
    sheet.values.splice(rowWhere(sheet, 0, '民生工作奖'), 1);
    sheet.values[rowWhere(sheet, 0, '一般')] = [null, null, null];
    const { scheme, errors } = schemeFromSheet(sheet);
    expect(errors).toEqual([]);
    expect(scheme.awards.filter((a) => a.kind === 'single').map((a) => (a as SingleAwardRule).name)).toEqual([
      '招商引资奖',
      '固定资产投资和项目建设奖',
      '争创“五城”奖',
    ]);
    expect(scheme.bands.map((b) => b.label)).toEqual(['优秀', '良好', '较差']);
  });

  it('a setting row deleted: the default, with a warning naming the block', () => {
    const s = seed004Township();
    const sheet = sheetOf(s);
    sheet.values.splice(rowWhere(sheet, 0, '扣分上限'), 1);
    const { scheme, warnings } = schemeFromSheet(sheet);
    expect(scheme.deductionCap).toBeNull();
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('基本设置中没有“扣分上限”一行：按默认值处理')]);
    expect(warnings[0].cell).toBe(at(rowWhere(sheet, 0, '一、基本设置'), 0));
  });

  it('blank optional cells: caps, decimals, minimum grade, rankBy', () => {
    const sheet = sheetOf(seed004Township());
    setCell(sheet, at(rowWhere(sheet, 0, '扣分上限'), 1), null);
    setCell(sheet, at(rowWhere(sheet, 0, '保留小数'), 1), '');
    setCell(sheet, at(rowWhere(sheet, 1, '奖励'), 4), null);
    const { scheme, errors, warnings } = schemeFromSheet(sheet);
    expect([errors, warnings]).toEqual([[], []]);
    expect(scheme.deductionCap).toBeNull();
    expect(scheme.decimals).toBeNull();
    expect(places(scheme).tiers[0].minGrade).toBeNull();
  });

  it('words as clerks write them: 中国式排名（1,2,2,3）, √ / 否, 取消评先评优, 顺延, "2位", list separators', () => {
    const sheet = sheetOf(seed002Departments());
    const set = (label: string, v: string | number) => setCell(sheet, at(rowWhere(sheet, 0, label), 1), v);
    set('排名方式', '中国式排名（1,2,2,3）');
    set('分类排名', '否');
    set('综合奖与单项奖不兼得', '√');
    set('一票否决效果', '取消评先评优');
    set('空缺名额', '顺延');
    set('名额取整', '去尾');
    set('保留小数', '2位');
    set('权重单位', '百分比');
    set('并列比较列', '评估组重点工作目标评估，民主评估');
    setCell(sheet, at(rowWhere(sheet, 0, '招商引资奖'), 5), '发改委,商务局；工信局\n经合局');
    const { scheme, errors } = schemeFromSheet(sheet);
    expect(errors).toEqual([]);
    expect(scheme.ranking).toEqual({ method: 'dense', byCategory: false, tieBreak: ['评估组重点工作目标评估', '民主评估'] });
    expect(scheme.awardSettings).toEqual({ quotaRounding: 'down', vacancy: 'pass-down', exclusive: true, maxSinglePerUnit: null });
    expect(scheme.veto.effect).toBe('exclude');
    expect(scheme.decimals).toBe(2);
    expect(single(scheme, '招商引资奖').eligible).toEqual(['发改委', '商务局', '工信局', '经合局']);
  });

  it('bands written with upper bounds only below the top take their lower bound from the next band, with a warning', () => {
    const sheet = sheetOf(defaultScheme());
    const good = rowWhere(sheet, 0, '良好');
    const fair = rowWhere(sheet, 0, '一般');
    const poor = rowWhere(sheet, 0, '较差');
    setCell(sheet, at(good, 2), 90);
    setCell(sheet, at(fair, 1), null);
    setCell(sheet, at(fair, 2), 80);
    setCell(sheet, at(poor, 2), 60);
    const { scheme, warnings } = schemeFromSheet(sheet);
    expect(scheme.bands.map((b) => [b.label, b.min])).toEqual([
      ['优秀', '90'],
      ['良好', '80'],
      ['一般', '60'],
      ['较差', null],
    ]);
    expect(warnings.map((w) => w.cell)).toEqual([at(fair, 1)]);
    expect(warnings[0].message).toContain('按下一等次“较差”的上限 60 处理');
    expect(validateScheme(scheme).errors).toEqual([]);
  });

  it('an unknown setting row, a parent written below its child, a block title deleted', () => {
    const sheet = sheetOf(seed002Departments());
    sheet.values.splice(rowWhere(sheet, 0, '满分') + 1, 0, ['考核年度', 2024]);
    setCell(sheet, at(rowWhere(sheet, 0, '定期调度'), 2), '不存在的项目');
    const dist = rowWhere(sheet, 0, '七、强制分布');
    sheet.values[dist] = [];
    const { scheme, warnings } = schemeFromSheet(sheet);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('“考核年度”不是认识的设置项：已忽略'),
      expect.stringContaining('上级“不存在的项目”不在上面的行中：“定期调度”按顶层项目处理'),
      expect.stringContaining('看起来是“七、强制分布”块的表头，但上面没有“七、强制分布”标题行：已忽略'),
    ]);
    expect(scheme.awards).toEqual(seed002Departments().awards);
  });

  it('the reader finds blocks and columns by their words, wherever they are', () => {
    const sheet = sheetOf(seed004Township());
    // The clerk inserted a column A and a few rows at the top.
    sheet.values = [[], ['某县效能办'], ...sheet.values.map((r) => [null, ...r])];
    const { scheme, errors, warnings } = schemeFromSheet(sheet);
    expect([errors, warnings]).toEqual([[], []]);
    expect(scheme).toEqual(seed004Township());
  });
});
