/**
 * Issue 7's two examples: the same clerk text must mean the same in a cell (PERF.RANKS,
 * PERF.AWARD), on the ranking sheet, in scheme validation and in the award computation.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine/cell';
import { applySchemeFlags } from '../../src/engine/scheme/flags';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { schemeFromJson, schemeToJson } from '../../src/engine/scheme/json';
import type { Scheme } from '../../src/engine/scheme/types';
import { validateScheme } from '../../src/engine/scheme/validate';
import { award, grade, rank, ranks } from '../../src/functions/functions';
import { computeRanking } from '../../src/sheet/ranking/compute';
import { rankingJson } from '../../src/sheet/ranking/result-json';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { chooseSummarySheet } from '../../src/sheet/table';
import { planToSheet, rowOf, rowWhere, seed002Departments, setCell } from './fixtures';
import { cellAddress } from '../../src/sheet/address';

function rankSheet(values: CellValue[][], scheme: Scheme = defaultScheme()) {
  const { table } = chooseSummarySheet([{ name: '汇总', values, merges: [], perfKind: null }]);
  return rankingJson(computeRanking(table, scheme, 'test'));
}

describe('"一类" and "一 类" are one category in PERF.RANKS and on the ranking sheet', () => {
  const rows: [string, string, number][] = [
    ['甲', '一类', 90],
    ['乙', '一 类', 80],
    ['丙', '一类', 85],
    ['丁', '二类', 70],
    ['戊', 'Ａ类', 60],
    ['己', 'a类', 65],
  ];
  // worked by hand: 一类 = 甲 90, 丙 85, 乙 80 → 1, 2, 3; 二类 = 丁 → 1; A类 = 己 65, 戊 60 → 1, 2
  const expected = [1, 3, 2, 1, 2, 1];

  it('PERF.RANKS', () => {
    expect(ranks(rows.map((r) => [r[2]]), rows.map((r) => [r[1]]))).toEqual(expected.map((n) => [n]));
    expect(rank([[80]], rows.map((r) => [r[2]]), '一类', rows.map((r) => [r[1]]))).toBe(3);
  });

  it('the one-click ranking gives the same ranks, and says the spellings differ', () => {
    const json = rankSheet([['单位', '类别', '总分'], ...rows]);
    expect(rows.map(([name]) => json.units.find((u) => u.name === name)!.rank)).toEqual(expected);
    const spelling = json.warnings.filter((w) => w.message.includes('按同一类别'));
    expect(spelling.map((w) => w.cell)).toEqual(['汇总!B3', '汇总!B7']);
  });
});

describe('a minimum grade written "优 秀" is read the same by validation and computation', () => {
  const units: CellValue[][] = [
    ['单位', '总分'],
    ['甲', 95],
    ['乙', 85],
  ];
  const withAward = (minGrade: string) => {
    const s = defaultScheme();
    s.awards = [{ kind: 'places', categories: [], tiers: [{ name: '一等奖', count: '2', minGrade }] }];
    return s;
  };

  it('in the scheme: no validation error, and the run awards 优秀 units only', () => {
    const s = withAward('优 秀');
    expect(validateScheme(s).errors).toEqual([]);
    const json = rankSheet(units, s);
    expect(json.units.map((u) => [u.name, u.awards])).toEqual([
      ['甲', ['一等奖']],
      ['乙', []],
    ]);
  });

  it('a grade that is no band is refused by both alike', () => {
    const s = withAward('特 优');
    const errors = validateScheme(s).errors;
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('最低等次“特 优”不是方案中的等次（优秀、良好、一般、较差）')]);
    expect(() => rankSheet(units, s)).toThrow(/最低等次“特 优”不是现有等次/);
  });

  it('on the 方案 sheet, in --awards and in scheme JSON', () => {
    const sheet = planToSheet(schemeToSheetPlan(withAward('优秀')));
    setCell(sheet, cellAddress('方案', rowWhere(sheet, 1, '一等奖'), 4), '优 秀');
    const read = schemeFromSheet(sheet);
    expect(read.errors).toEqual([]);
    expect(validateScheme(read.scheme, read.locate).errors).toEqual([]);
    expect(rankSheet(units, read.scheme).units[0].awards).toEqual(['一等奖']);

    const flagged = applySchemeFlags(defaultScheme(), { awards: '一等奖:2:优 秀' });
    expect(validateScheme(flagged).errors).toEqual([]);
    expect(rankSheet(units, flagged).units.map((u) => u.awards)).toEqual([['一等奖'], []]);

    const json = schemeFromJson(schemeToJson(withAward('优　秀')));
    expect(validateScheme(json).errors).toEqual([]);
    expect(rankSheet(units, json).units[0].awards).toEqual(['一等奖']);
  });

  it('PERF.AWARD reads "优 秀" in its tiers as 优秀', () => {
    expect(award(1, '优秀', [['一等奖', 1, '优 秀']])).toBe('一等奖');
    expect(award(1, '良 好', [['一等奖', 1, '优秀']])).toBe('');
  });
});

describe('one word table for the ranking method: 中国式, 中国式排名, dense', () => {
  const scores = [[90], [90], [80]];
  for (const word of ['中国式', '中国式排名', 'dense', 'DENSE', '中国式 排名', '中国式排名（1,2,2,3）']) {
    it(`"${word}" in PERF.RANK/RANKS, on the 方案 sheet, in --method and in scheme JSON`, () => {
      expect(ranks(scores, undefined, word)).toEqual([[1], [1], [2]]);
      expect(rank([[80]], scores, undefined, undefined, word)).toBe(2);

      const sheet = planToSheet(schemeToSheetPlan(defaultScheme()));
      setCell(sheet, cellAddress('方案', rowOf(sheet, '排名方式'), 1), word);
      expect(schemeFromSheet(sheet).scheme.ranking.method).toBe('dense');

      expect(applySchemeFlags(defaultScheme(), { method: word }).ranking.method).toBe('dense');

      const json = JSON.parse(schemeToJson(defaultScheme()));
      json.ranking.method = word;
      const s = schemeFromJson(JSON.stringify(json));
      expect(s.ranking.method).toBe('dense');
      expect(validateScheme(s).errors).toEqual([]);
    });
  }

  it('an unknown method is named with the Chinese words first', () => {
    const e = ranks(scores, undefined, '快速') as { message: string };
    expect(e.message).toContain('排名方式 “快速” 无法识别');
    expect(e.message).toContain('0 或 竞争排名');
    expect(e.message).toContain('1 或 中国式排名');
    expect(() => applySchemeFlags(defaultScheme(), { method: '快速' })).toThrow('请写 竞争排名（competition）、中国式排名（dense）');
  });
});

describe('one band check: "优秀" and "优 秀" are the same band for PERF.GRADE and for the scheme', () => {
  it('PERF.GRADE refuses the bands, naming the label', () => {
    const r = grade([[85]], [['优秀:90,优 秀:80,较差']]) as { code: string; message: string };
    expect(r.code).toBe('#VALUE!');
    expect(r.message).toContain('等次表中等次“优 秀”出现了两次');
  });
  it('validateScheme refuses them at the second one', () => {
    const s = defaultScheme();
    s.bands = [{ label: '优秀', min: '90' }, { label: '优 秀', min: '80' }, { label: '较差', min: null }];
    expect(validateScheme(s).errors.map((e) => e.message)).toEqual([expect.stringContaining('bands[1].label 等次“优 秀”出现了两次')]);
  });
});

describe('the 方案 reader matches what a clerk retyped', () => {
  it('a 上级 written "民主 评估" is the component 民主评估', () => {
    const sheet = planToSheet(schemeToSheetPlan(seed002Departments()));
    setCell(sheet, cellAddress('方案', rowOf(sheet, '市级'), 2), '民主 评估');
    const read = schemeFromSheet(sheet);
    expect(read.warnings).toEqual([]);
    const democratic = read.scheme.components.find((c) => c.name === '民主评估')!;
    expect(democratic.children?.map((c) => c.name)).toEqual(['市级', '县(区)政府负责同志', '县(区)部门代表', '企事业单位和群众代表', '服务对象']);
    expect(validateScheme(read.scheme, read.locate).errors).toEqual([]);
  });
});
