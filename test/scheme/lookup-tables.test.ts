import { describe, expect, it } from 'vitest';
import { defaultRankPoints, defaultRatingShares, defaultScheme, defaultTierPoints } from '../../src/engine/scheme/defaults';
import { schemeFromJson, schemeToJson } from '../../src/engine/scheme/json';
import { validateScheme } from '../../src/engine/scheme/validate';
import type { Scheme } from '../../src/engine/scheme/types';
import { cellAddress } from '../../src/sheet/address';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import type { SheetData } from '../../src/sheet/source-table';
import { planToSheet, rowWhere, setCell } from './fixtures';

const at = (r: number, c: number) => cellAddress('方案', r, c);
const full = (): Scheme => ({ ...defaultScheme(), ratingShares: defaultRatingShares(), tierPoints: defaultTierPoints(), rankPoints: defaultRankPoints() });

function check(sheet: SheetData) {
  const read = schemeFromSheet(sheet);
  const v = validateScheme(read.scheme, read.locate);
  return { read, errors: [...read.errors, ...v.errors], warnings: [...read.warnings, ...v.warnings] };
}

/** The first data row of a block: two rows under its title (the note, the header). */
const firstRow = (sheet: SheetData, title: string) => rowWhere(sheet, 0, title) + 3;

describe('定性评价比例, 档次分值, 名次分值 on 方案', () => {
  it('are written as blocks 十 to 十二, each under its name, and read back the same; a scheme without them writes none', () => {
    const plan = schemeToSheetPlan(full());
    const titles = plan.rows.map((r) => r[0]?.value).filter((v) => typeof v === 'string' && /^[一二三四五六七八九十]+、/.test(v));
    expect(titles.slice(-3)).toEqual(['十、定性评价比例', '十一、档次分值', '十二、名次分值']);
    const names = Object.fromEntries(plan.definedNames!.map((n) => [n.name, plan.rows.slice(n.top, n.bottom + 1).map((r) => r.slice(n.left, n.right + 1).map((c) => c.value))]));
    expect(names['PERF_评价比例']).toEqual([['好', 1], ['较好', 0.8], ['一般', 0.6], ['差', 0]]);
    expect(names['PERF_档次分值']).toEqual([['一档', 100], ['二档', 90], ['三档', 80]]);
    expect(names['PERF_名次分值']).toEqual([[1, 100], [2, 95], [3, 90], [4, 85], [5, 80]]);
    // the shares show as percentages
    const share = plan.rows.find((r) => r[0]?.value === '较好')![1];
    expect(share.numFmt).toBe('0%');
    const read = schemeFromSheet(planToSheet(plan));
    expect(read.scheme).toEqual(full());
    expect([read.errors, read.warnings]).toEqual([[], []]);

    const bare = schemeToSheetPlan(defaultScheme());
    expect(bare.rows.some((r) => r[0]?.value === '十、定性评价比例')).toBe(false);
    expect(bare.definedNames!.map((n) => n.name)).not.toContain('PERF_评价比例');
    expect(schemeFromSheet(planToSheet(bare)).scheme).toEqual(defaultScheme());
  });

  it('read a clerk’s edits: "75%" typed as text, 0.5 in a percentage cell, a rank written 第6名, a row added', () => {
    const sheet = planToSheet(schemeToSheetPlan(full()));
    const r = firstRow(sheet, '十、定性评价比例');
    setCell(sheet, at(r + 1, 1), '75%');
    setCell(sheet, at(r + 2, 1), 0.5);
    const k = firstRow(sheet, '十二、名次分值');
    sheet.values.splice(k + 5, 0, ['第6名', 75]);
    const { read, errors, warnings } = check(sheet);
    expect([errors, warnings]).toEqual([[], []]);
    expect(read.scheme.ratingShares!.map((x) => x.share)).toEqual(['100%', '75%', '50%', '0%']);
    expect(read.scheme.rankPoints!.at(-1)).toEqual({ rank: 6, points: '75' });
  });

  it('a share over 100% and a rating written twice: errors naming the cell, the value and the fix', () => {
    const sheet = planToSheet(schemeToSheetPlan(full()));
    const r = firstRow(sheet, '十、定性评价比例');
    setCell(sheet, at(r + 1, 1), 1.2); // 120% in a percentage cell
    setCell(sheet, at(r + 3, 0), '好');
    const { errors } = check(sheet);
    expect(errors.map((e) => e.cell)).toEqual([at(r + 3, 0), at(r + 1, 1)]);
    expect(errors[0].message).toBe(`${at(r + 3, 0)} 定性评价“好”写了两次（另见 ${at(r, 0)}）：表格公式只会用第一次的值，请删除重复的一行或改名`);
    expect(errors[1].message).toBe(
      `${at(r + 1, 1)} 定性评价“较好”的比例 “1.2” 不在 0% 到 100% 之间（按 120% 计）：请填写如 80%（带百分号），得分＝分值 × 比例，不能超过分值`,
    );
  });

  it('名次分值: a rank that is no whole number stops the run; a later place worth more, or a missing place, is a warning', () => {
    const sheet = planToSheet(schemeToSheetPlan(full()));
    const k = firstRow(sheet, '十二、名次分值');
    setCell(sheet, at(k + 2, 1), 96); // 第3名 96 > 第2名 95
    setCell(sheet, at(k + 3, 0), 7); // 第4名 → 第7名: 4, 6 missing
    const { errors, warnings } = check(sheet);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      // the block's title names the whole table
      `${at(k - 3, 0)} 名次分值缺少第4、6名：领导给出这些名次时得分无法计算，请补上它们的分值`,
      `${at(k + 2, 1)} 第3名的分值 96 高于第2名的 95（${at(k + 1, 1)}）：名次靠后的单位会得更多分，请核对分值`,
      `${at(k + 3, 1)} 第7名的分值 85 高于第5名的 80（${at(k + 4, 1)}）：名次靠后的单位会得更多分，请核对分值`,
    ]);
    setCell(sheet, at(k, 0), '第一名');
    const bad = check(sheet);
    expect(bad.errors.map((e) => e.message)).toEqual([`${at(k, 0)} 名次 “第一名” 无法识别：请填写 1 或更大的整数（1 表示第一名），每个名次一行`]);
  });

  it('档次分值: blank or negative points, each named', () => {
    const sheet = planToSheet(schemeToSheetPlan(full()));
    const t = firstRow(sheet, '十一、档次分值');
    setCell(sheet, at(t + 1, 1), '九十');
    setCell(sheet, at(t + 2, 1), -5);
    const { errors } = check(sheet);
    expect(errors.map((e) => e.message)).toEqual([
      `${at(t + 1, 1)} 档次“二档”的分值 “九十” 不是数字：请填写分值，如 90`,
      `${at(t + 2, 1)} 档次“三档”的分值 “-5” 是负数：请填写 0 或正数`,
    ]);
  });

  it('JSON: the tables round trip; 0.8 is read as 80%; a scheme file without them has none', () => {
    const s = full();
    expect(schemeFromJson(schemeToJson(s))).toEqual(s);
    const text = schemeToJson(s);
    expect(text).toContain('"ratingShares": [\n    {\n      "rating": "好",\n      "share": "100%"');
    expect(text).toContain('"rankPoints": [\n    {\n      "rank": 1,\n      "points": "100"');
    const read = schemeFromJson('{"ratingShares":[{"rating":"较好","share":0.8}],"tierPoints":[{"tier":"一档","points":100}]}');
    expect(read.ratingShares).toEqual([{ rating: '较好', share: '80%' }]);
    expect(read.tierPoints).toEqual([{ tier: '一档', points: '100' }]);
    expect('rankPoints' in read).toBe(false);
    expect(schemeToJson(defaultScheme())).not.toContain('ratingShares');
    expect(() => schemeFromJson('{"rankPoints":[{"rank":"一","points":"100"}]}')).toThrow(/rankPoints\[0\]\.rank 应为整数/);
    expect(() => schemeFromJson('{"ratingShares":[{"rating":"好"}]}')).toThrow(/ratingShares\[0\]\.share 缺少/);
    expect(validateScheme(schemeFromJson('{"ratingShares":[{"rating":"好","share":"80"}]}')).errors.map((e) => e.message)).toEqual([
      'ratingShares[0].share 定性评价“好”的比例 “80” 不在 0% 到 100% 之间（按 8000% 计）：请填写如 80%（带百分号），得分＝分值 × 比例，不能超过分值',
    ]);
  });
});
