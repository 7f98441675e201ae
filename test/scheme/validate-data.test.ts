import { describe, expect, it } from 'vitest';
import { validateAgainstData, validateScheme } from '../../src/engine/scheme/validate';
import type { SchemeData } from '../../src/engine/scheme/validate';
import type { Scheme } from '../../src/engine/scheme/types';
import { cellAddress } from '../../src/sheet/address';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { ECON, MARKET, SOCIAL, planToSheet, rowWhere, seed002Counties, seed002Departments, seed004Township } from './fixtures';

const at = (r: number, c: number) => cellAddress('方案', r, c);

function onSheet(s: Scheme, data: SchemeData) {
  const sheet = planToSheet(schemeToSheetPlan(s));
  const read = schemeFromSheet(sheet);
  expect(validateScheme(read.scheme, read.locate).errors).toEqual([]);
  return { sheet, ...validateAgainstData(read.scheme, data, read.locate) };
}

const departments: SchemeData = {
  categories: new Map([
    [ECON, 7],
    [SOCIAL, 6],
    [MARKET, 5],
  ]),
  units: ['发改委', '商务局', '工信局', '住建局', '交通局', '国土局', '民政局', '人社局', '教育局', '卫生局'],
  columns: ['单位', '类别', '评估组重点工作目标评估', '招商引资贡献', '民生工作贡献', '总分'],
};

const counties = (n: number): SchemeData => ({
  categories: new Map(),
  units: Array.from({ length: n }, (_, i) => `县${i + 1}`),
  columns: ['县(区)', '总分'],
});

describe('validateAgainstData', () => {
  it('the seed-002 department scheme fits data with its three categories and columns', () => {
    const { errors, warnings } = onSheet(seed002Departments(), departments);
    expect(errors).toEqual([]);
    // 经合局 is on 招商引资奖's list but not on the sheet.
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('参评单位“经合局”不在汇总表中')]);
  });

  it('an award count larger than its category does not stop the run: a warning naming the places left empty and the count cell', () => {
    const s = seed002Counties();
    (s.awards[0] as { tiers: { count: unknown }[] }).tiers[1].count = '6';
    const { sheet, errors, warnings } = onSheet(s, counties(5));
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.cell)).toEqual([at(rowWhere(sheet, 1, '二等奖'), 3), at(rowWhere(sheet, 1, '三等奖'), 3)]);
    expect(warnings[0].message).toContain('全部单位只有 5 个单位，“二等奖”的 6 个名额（第 2 至 7 名）其中 2 个名额（第 6 至 7 名）排不到：这些名额将空缺');
    expect(warnings[1].message).toContain('“三等奖”的 2 个名额（第 8 至 9 名）2 个名额全部排不到');
  });

  it('places that run past the last unit are a warning (4 counties, 1/2/2 places)', () => {
    const { sheet, errors, warnings } = onSheet(seed002Counties(), counties(4));
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.cell)).toEqual([at(rowWhere(sheet, 1, '三等奖'), 3)]);
    expect(warnings[0].message).toContain('全部单位只有 4 个单位，“三等奖”的 2 个名额（第 4 至 5 名）其中 1 个名额（第 5 名）排不到');
  });

  it('a per-category count larger than that category', () => {
    const s = seed002Departments();
    (s.awards[0] as { tiers: { count: Record<string, string> }[] }).tiers[0].count[MARKET] = '8';
    const { sheet, errors, warnings } = onSheet(s, departments);
    expect(errors).toEqual([]);
    expect(warnings.map((e) => e.cell)).toContain(at(rowWhere(sheet, 2, MARKET), 3));
    expect(warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining(`“${MARKET}”只有 5 个单位，“综合奖”的 8 个名额（第 1 至 8 名）其中 3 个名额（第 6 至 8 名）排不到`),
    );
  });

  it('a category in the data the scheme does not know is an error', () => {
    const data = { ...departments, categories: new Map([...departments.categories, ['综合管理类', 3]]) };
    const { sheet, errors } = onSheet(seed002Departments(), data);
    expect(errors.map((e) => e.cell)).toEqual([at(rowWhere(sheet, 1, '类别名称'), 1)]);
    expect(errors[0].message).toContain('汇总表中的类别“综合管理类”（3 个单位）不在方案的类别');
  });

  it('a category of the data without a per-category count is told it gets none', () => {
    const s = seed002Departments();
    s.categories = [];
    const data = { ...departments, categories: new Map([...departments.categories, ['综合管理类', 3]]) };
    const { errors, warnings } = onSheet(s, data);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('“综合奖”没有为“综合管理类”设名额'));
  });

  it('a 单项奖 unit not in the data is a warning naming the eligible-list cell', () => {
    const { sheet, warnings } = onSheet(seed002Departments(), departments);
    expect(warnings[0].cell).toBe(at(rowWhere(sheet, 0, '招商引资奖'), 5));
    expect(warnings[0].message).toContain('单项奖“招商引资奖”的参评单位“经合局”不在汇总表中');
  });

  it('a 单项奖 count larger than its eligible units in the data: a warning, the last places stay empty', () => {
    const s = seed002Departments();
    (s.awards[1] as { count: string }).count = '4';
    const { sheet, errors, warnings } = onSheet(s, departments);
    expect(errors).toEqual([]);
    expect(warnings.map((e) => e.cell)).toContain(at(rowWhere(sheet, 0, '招商引资奖'), 2));
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('名额 4 名多于参评单位数 3 个：第 4 名将空缺'));
  });

  it('a rankBy or tie-break column not in the data is an error', () => {
    const data = { ...departments, columns: ['单位', '类别', '总分', '民生工作贡献'] };
    const { sheet, errors } = onSheet(seed002Departments(), data);
    expect(errors.map((e) => e.cell)).toEqual([at(rowWhere(sheet, 0, '招商引资奖'), 4), at(rowWhere(sheet, 0, '并列比较列'), 1)]);
    expect(errors[0].message).toContain('排名依据列“招商引资贡献”在汇总表中找不到');
    expect(errors[1].message).toContain('并列比较列“评估组重点工作目标评估”在汇总表中找不到');
  });

  it('header weights differing from the scheme: a warning, the scheme wins', () => {
    const data: SchemeData = {
      categories: new Map(),
      units: ['甲镇'],
      columns: ['乡镇', '指标考核', '公众评议'],
      headerWeights: [
        { name: '指标考核', weight: '70', unit: 'percent' },
        { name: '公众评议', weight: '20', unit: 'percent' },
      ],
    };
    const { sheet, errors, warnings } = onSheet(seed004Township(), data);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.cell)).toEqual([at(rowWhere(sheet, 0, '指标考核'), 1)]);
    expect(warnings[0].message).toContain('表头“指标考核（70%）”与方案中“指标考核”的80%不同：按方案的 80% 计算');
  });

  it('full-width or spaced names in the data still match', () => {
    const data = { ...departments, units: departments.units.concat('经合局'), columns: [...departments.columns.map((c) => c.replace('评估', ' 评估'))] };
    const { errors, warnings } = onSheet(seed002Departments(), data);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
