import { describe, expect, it } from 'vitest';
import { validateScheme } from '../../src/engine/scheme/validate';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import type { Scheme } from '../../src/engine/scheme/types';
import { cellAddress } from '../../src/sheet/address';
import type { SheetData } from '../../src/sheet/source-table';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { pathsOf, planToSheet, rowWhere, seed002Counties, seed002DepartmentPoints, seed002Departments, seed004Township, setCell } from './fixtures';

const at = (r: number, c: number) => cellAddress('方案', r, c);

function sheetOf(s: Scheme): SheetData {
  return planToSheet(schemeToSheetPlan(s));
}

/** Read the sheet as the product does, then validate with the sheet's cells. */
function check(sheet: SheetData) {
  const read = schemeFromSheet(sheet);
  const v = validateScheme(read.scheme, read.locate);
  return { read, errors: [...read.errors, ...v.errors], warnings: [...read.warnings, ...v.warnings] };
}

describe('validateScheme names the 方案 cell, the value and the fix', () => {
  it('percent weights not summing to 100%: names the weight column and the sum', () => {
    const s = seed002Departments();
    s.components[0].weight = '4';
    const sheet = sheetOf(s);
    const { errors } = check(sheet);
    const header = rowWhere(sheet, 1, '权重（%）');
    expect(errors).toHaveLength(1);
    expect(errors[0].cell).toBe(at(header, 1));
    expect(errors[0].message).toContain('合计 101%');
    expect(errors[0].message).toContain('基础工作评估 4');
    expect(errors[0].message).toContain('应为 100%');
  });

  it("seed 002's department 共性工作目标: items worth 22 points inside a 20-point section", () => {
    const sheet = sheetOf(seed002DepartmentPoints());
    const { errors } = check(sheet);
    const row = rowWhere(sheet, 0, '共性工作目标');
    expect(errors).toHaveLength(1);
    expect(errors[0].cell).toBe(at(row, 1));
    expect(errors[0].cell).toMatch(/^方案!B\d+$/);
    expect(errors[0].message).toContain('下级项目分值合计 22 分');
    expect(errors[0].message).toContain('“共性工作目标”本身的 20 分');
    expect(errors[0].message).toContain('遵纪守法 2');
  });

  it('points not summing to the full score', () => {
    const s = seed002DepartmentPoints();
    s.components[1].children = undefined;
    s.components[1].weight = '25';
    const sheet = sheetOf(s);
    const { errors } = check(sheet);
    expect(errors.map((e) => e.cell)).toEqual([at(rowWhere(sheet, 1, '分值', rowWhere(sheet, 0, '二、考核构成')), 1)]);
    expect(errors[0].message).toContain('合计 105 分');
    expect(errors[0].message).toContain('满分 100 分');
  });

  it('without a sheet the message names the JSON path', () => {
    const v = validateScheme(seed002DepartmentPoints());
    expect(pathsOf(v.errors)).toEqual(['components[1].weight']);
  });

  it("seed 004 篇一's 良好 “85分(含80分)以上90分以下”: 良好 from 80 overlaps 一般 up to 85 — an error naming both cells", () => {
    const s = seed004Township();
    s.bands[1].min = '80';
    const sheet = sheetOf(s);
    const { errors } = check(sheet);
    const general = rowWhere(sheet, 0, '一般');
    const good = rowWhere(sheet, 0, '良好');
    expect(errors).toHaveLength(1);
    expect(errors[0].cell).toBe(at(general, 2));
    expect(errors[0].message).toContain(`“良好”的下限 80（${at(good, 1)}）`);
    expect(errors[0].message).toContain('80 至 85 之间的分数既是“良好”又是“一般”');
  });

  it('seed 002\'s “一般 60–79分”: an upper bound below the next lower bound leaves a gap — a warning, graded by lower bounds', () => {
    const s = defaultScheme();
    s.bands[2].max = '79';
    const sheet = sheetOf(s);
    const { errors, warnings } = check(sheet);
    expect(errors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].cell).toBe(at(rowWhere(sheet, 0, '一般'), 2));
    expect(warnings[0].message).toContain('79 至 80 之间的分数没有写明等次，按“一般”评定');
  });

  it('an upper bound not above its own lower bound', () => {
    const s = defaultScheme();
    s.bands[1].max = '80';
    const { errors } = check(sheetOf(s));
    expect(errors[0].message).toContain('上限 80 不大于它的下限 80');
  });

  it('two bands with the same lower bound, two bottom bands, no bottom band', () => {
    const s = defaultScheme();
    s.bands[1].min = '90';
    const sheet = sheetOf(s);
    const { errors } = check(sheet);
    expect(errors.map((e) => e.cell)).toEqual([at(rowWhere(sheet, 0, '良好'), 1)]);
    expect(errors[0].message).toContain('“良好”和“优秀”的下限都是 90');

    const t = defaultScheme();
    t.bands[2].min = null;
    expect(pathsOf(validateScheme(t).errors)).toEqual(['bands[3].min']);
    const u = defaultScheme();
    u.bands[3].min = '50';
    expect(validateScheme(u).errors[0].message).toContain('缺少最低等次');
  });

  it('a tier whose minimum grade is not a band', () => {
    const s = seed002Counties();
    (s.awards[0] as { tiers: { minGrade: string | null }[] }).tiers[0].minGrade = '优';
    const sheet = sheetOf(s);
    const { errors } = check(sheet);
    expect(errors).toHaveLength(1);
    expect(errors[0].cell).toBe(at(rowWhere(sheet, 1, '一等奖'), 4));
    expect(errors[0].message).toContain('“一等奖”的最低等次“优”不是方案中的等次（优秀、良好、一般、较差）');
  });

  it('a 单项奖 whose minimum grade is not a band', () => {
    const s = seed002Departments();
    (s.awards[1] as { minGrade: string | null }).minGrade = '良';
    const sheet = sheetOf(s);
    const { errors } = check(sheet);
    expect(errors.map((e) => e.cell)).toEqual([at(rowWhere(sheet, 0, '招商引资奖'), 3)]);
    expect(errors[0].message).toContain('单项奖“招商引资奖”的最低等次“良”');
  });

  it('unknown veto effect, ranking method and rounding words on the sheet', () => {
    const sheet = sheetOf(seed002Departments());
    const veto = rowWhere(sheet, 0, '一票否决效果');
    const method = rowWhere(sheet, 0, '排名方式');
    const rounding = rowWhere(sheet, 0, '名额取整');
    setCell(sheet, at(veto, 1), '罚款');
    setCell(sheet, at(method, 1), '随便排');
    setCell(sheet, at(rounding, 1), '五舍六入');
    const { errors } = check(sheet);
    expect(errors.map((e) => e.cell)).toEqual([at(method, 1), at(veto, 1), at(rounding, 1)]);
    expect(errors[0].message).toContain('排名方式 “随便排” 无法识别');
    expect(errors[0].message).toContain('中国式排名（dense）');
    expect(errors[1].message).toContain('一票否决效果 “罚款” 无法识别');
    expect(errors[1].message).toContain('降低一个等次（downgrade）');
    expect(errors[2].message).toContain('名额取整 “五舍六入” 无法识别');
  });

  it('unknown values in a JSON-made scheme name the path', () => {
    const s = defaultScheme();
    s.veto.effect = 'fine' as never;
    s.awardSettings.quotaRounding = 'banker' as never;
    s.distribution = [{ grade: '优秀', maxShare: '120%', scope: 'everyone' as never, rounding: 'down', ties: 'include' }];
    const cells = pathsOf(validateScheme(s).errors);
    expect(cells).toEqual(['veto.effect', 'awardSettings.quotaRounding', 'distribution[0].maxShare', 'distribution[0].scope']);
  });

  it('duplicate category names', () => {
    const s = seed002Departments();
    s.categories.push('经济调节和经济管理类');
    const sheet = sheetOf(s);
    const { errors } = check(sheet);
    const rows = sheet.values.map((r, i) => (r[1] === '经济调节和经济管理类' ? i : -1)).filter((i) => i >= 0);
    expect(errors.map((e) => e.cell)).toEqual([at(rows[1], 1)]);
    expect(errors[0].message).toContain('类别“经济调节和经济管理类”出现了两次');
  });

  it('a weight, a count or a share that is not a number', () => {
    const sheet = sheetOf(seed002Departments());
    const w = rowWhere(sheet, 0, '自我评估');
    setCell(sheet, at(w, 1), '约一');
    const single = rowWhere(sheet, 0, '招商引资奖');
    setCell(sheet, at(single, 2), '若干');
    const { errors } = check(sheet);
    expect(errors.map((e) => e.cell)).toEqual([at(w, 1), at(single, 2)]);
    expect(errors[0].message).toContain('“自我评估”的权重 “约一” 不是数字');
    expect(errors[1].message).toContain('单项奖“招商引资奖”的名额 “若干” 无法使用');
  });

  it('unreadable 保留小数 and yes/no cells are reported by the reader with their address', () => {
    const sheet = sheetOf(seed002Departments());
    const dec = rowWhere(sheet, 0, '保留小数');
    const excl = rowWhere(sheet, 0, '综合奖与单项奖不兼得');
    setCell(sheet, at(dec, 1), '两位');
    setCell(sheet, at(excl, 1), 1.5);
    const { read } = check(sheet);
    expect(read.errors.map((e) => e.cell)).toEqual([at(dec, 1), at(excl, 1)]);
    expect(read.errors[0].message).toContain('保留小数 “两位” 无法识别');
    expect(read.errors[1].message).toContain('综合奖与单项奖不兼得 1.5 无法识别：请填写 是 或 否');
  });

  it('a per-category count for a category the scheme does not list, and per-category counts without 分类排名', () => {
    const s = seed002Departments();
    (s.awards[0] as { tiers: { count: unknown }[] }).tiers[0].count = { 经济调节和经济管理类: '40%', 其他类: '20%' };
    const sheet = sheetOf(s);
    const { errors } = check(sheet);
    expect(errors.map((e) => e.cell)).toEqual([at(rowWhere(sheet, 2, '其他类'), 3)]);
    expect(errors[0].message).toContain('名额类别“其他类”不在方案的类别');

    const t = seed002Departments();
    t.ranking.byCategory = false;
    expect(pathsOf(validateScheme(t).errors)).toEqual(['awards[0].tiers[0].count']);
  });

  it('a forced distribution for a grade that is not a band', () => {
    const s = seed004Township();
    s.distribution[0].grade = '优秀';
    const sheet = sheetOf(s);
    const { errors } = check(sheet);
    expect(errors.map((e) => e.cell)).toEqual([at(rowWhere(sheet, 0, '优秀'), 0)]);
    expect(errors[0].message).toContain('强制分布的等次“优秀”不是方案中的等次（优、良好、一般、差）');
  });

  it('the same award name used twice is a warning', () => {
    const s = seed002Counties();
    s.awards.push({ kind: 'single', name: '一等奖', eligible: [], count: '1', minGrade: null, rankBy: null });
    const v = validateScheme(s);
    expect(v.errors).toEqual([]);
    expect(pathsOf(v.warnings)).toEqual(['awards[1].name']);
  });
});

describe('forced distribution on the bottom band', () => {
  it('is an error naming the rule, caught before any run', async () => {
    const { defaultScheme } = await import('../../src/engine/scheme/defaults');
    const { validateScheme } = await import('../../src/engine/scheme/validate');
    const s = defaultScheme();
    s.distribution = [{ grade: '较差', maxShare: '10%', scope: 'all', rounding: 'down', ties: 'include' }];
    const { errors } = validateScheme(s);
    expect(errors.map((e) => e.message).join()).toMatch(/distribution\[0\]\.grade.*最低等次“较差”/);
  });
});
