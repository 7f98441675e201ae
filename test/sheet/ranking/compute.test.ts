import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/engine/cell';
import { defaultScheme } from '../../../src/engine/scheme/defaults';
import type { Scheme } from '../../../src/engine/scheme/types';
import { computeRanking } from '../../../src/sheet/ranking/compute';
import { rankingJson } from '../../../src/sheet/ranking/result-json';
import { chooseSummarySheet } from '../../../src/sheet/table';

function rank(values: CellValue[][], edit: (s: Scheme) => void = () => {}) {
  const s = defaultScheme();
  edit(s);
  const { table } = chooseSummarySheet([{ name: '汇总', values, merges: [], perfKind: null }]);
  return rankingJson(computeRanking(table, s, 'test'));
}

const unit = (json: ReturnType<typeof rank>, name: string) => json.units.find((u) => u.name === name)!;

describe('one-click ranking core', () => {
  it('grades 60 exactly when twelve one-decimal items float-sum to 59.99999999999999', () => {
    // 0.1+0.2+… style trap: the total column is the clerk's SUM, a double just under 60
    const json = rank([
      ['单位', '总分'],
      ['甲', 59.99999999999999],
      ['乙', 89.99999999999999],
    ]);
    expect(unit(json, '甲')).toMatchObject({ total: 60, grade: '一般' });
    expect(unit(json, '乙')).toMatchObject({ total: 90, grade: '优秀' });
  });

  it('uses the clerk’s total and warns on rows where the components disagree by more than 0.005', () => {
    const json = rank([
      ['单位', '指标考核(80%)', '公众评议(20%)', '总分'],
      ['甲', 90, 80, 88],
      ['乙', 90, 80, 88.004],
      ['丙', 90, 80, 87],
    ]);
    expect(unit(json, '丙').total).toBe(87);
    expect(json.warnings.map((w) => w.cell)).toEqual(['汇总!D4']);
    expect(json.warnings[0].message).toContain('88');
    expect(json.warnings[0].message).toContain('87');
  });

  it('reads a negative deduction as a magnitude with a warning, and caps it', () => {
    const json = rank(
      [
        ['单位', '指标考核(80%)', '公众评议(20%)', '察访核验扣分'],
        ['甲', 100, 100, '−0.5'],
        ['乙', 100, 100, 5],
      ],
      (s) => (s.deductionCap = '3'),
    );
    expect(unit(json, '甲').total).toBe(99.5);
    expect(unit(json, '乙').total).toBe(97);
    expect(json.warnings.find((w) => w.cell === '汇总!D2')?.message).toContain('0.5');
  });

  it('lowers the grade one level for a veto and keeps the unit’s place', () => {
    const json = rank([
      ['单位', '总分', '一票否决'],
      ['甲', 95, '是'],
      ['乙', 85, ''],
      ['丙', 59, '√'],
    ]);
    expect(unit(json, '甲')).toMatchObject({ grade: '良好', rank: 1 });
    expect(unit(json, '乙')).toMatchObject({ grade: '良好', rank: 2 });
    expect(unit(json, '丙')).toMatchObject({ grade: '较差', rank: 3 });
    expect(unit(json, '甲').notes.join()).toContain('一票否决');
  });

  it('can make the veto cancel award eligibility instead (seed 004 篇一)', () => {
    const json = rank(
      [
        ['单位', '总分', '一票否决'],
        ['甲', 95, '计生'],
        ['乙', 85, ''],
      ],
      (s) => {
        s.veto.effect = 'exclude';
        s.awards = [{ kind: 'places', categories: [], tiers: [{ name: '先进单位', count: '1', minGrade: '良好' }] }];
      },
    );
    expect(unit(json, '甲')).toMatchObject({ grade: '优秀', excludedFromAwards: true, award: null });
    expect(unit(json, '乙').award).toBeNull();
  });

  it('displays dense ranks but awards by place, so a tie on the last place shares the award', () => {
    const json = rank(
      [
        ['单位', '总分'],
        ['甲', 96],
        ['乙', 96],
        ['丙', 93],
        ['丁', 92],
      ],
      (s) => {
        s.ranking.method = 'dense';
        s.awards = [{ kind: 'places', categories: [], tiers: [{ name: '一等奖', count: '1', minGrade: '优秀' }, { name: '二等奖', count: '2', minGrade: '良好' }] }];
      },
    );
    expect(json.units.map((u) => u.rank)).toEqual([1, 1, 2, 3]);
    expect(json.units.map((u) => u.award)).toEqual(['一等奖', '一等奖', '二等奖', null]);
  });

  it('tells a large tie the same way on every unit past the first few, and an award shared by a tie on those units alone', () => {
    // 单位1 95; 单位2–7 tie at 90 (place 2, the last 一等奖 place: all six share it); 单位8–14 tie at 80, no award
    const values: CellValue[][] = [['单位', '总分'], ['单位1', 95]];
    for (let i = 2; i <= 7; i++) values.push([`单位${i}`, 90]);
    for (let i = 8; i <= 14; i++) values.push([`单位${i}`, 80]);
    const json = rank(values, (s) => {
      s.ranking.method = 'dense';
      s.awards = [{ kind: 'places', categories: [], tiers: [{ name: '一等奖', count: '2', minGrade: null }] }];
    });
    expect(json.units.map((u) => u.rank)).toEqual([1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3]);
    expect(json.units.map((u) => u.award)).toEqual([...Array(7).fill('一等奖'), ...Array(7).fill(null)]);
    // the award note tells the shared place: the tie sentence is not repeated on any of the six
    for (const u of json.units.slice(1, 7)) expect(u.notes.join()).not.toContain('并列第 2 名（共 6 个单位并列）');
    // one 一等奖 place left for six: five beyond the quota
    for (const name of ['单位5', '单位6', '单位7'])
      expect(unit(json, name).notes).toEqual(['与单位2、单位3、单位4 等 5 个单位并列第2名，共同获得一等奖（并列超出名额 5 名）']);
    // each names the first three others; a unit past the first four names the first three
    expect(unit(json, '单位8').notes).toEqual(['与 单位9、单位10、单位11 等 6 个单位 并列第 3 名（共 7 个单位并列）']);
    expect(unit(json, '单位11').notes).toEqual(['与 单位8、单位9、单位10 等 6 个单位 并列第 3 名（共 7 个单位并列）']);
    for (const name of ['单位12', '单位13', '单位14'])
      expect(unit(json, name).notes).toEqual(['与 单位8、单位9、单位10 等 6 个单位 并列第 3 名（共 7 个单位并列）']);
  });

  it('keeps the tie sentence of an excluded unit past the first few while the others of its tie share the award', () => {
    // 单位2–7 tie at 90 for the last 一等奖 place; 单位7 (取消评优) takes no award: five share it, four beyond the quota
    const values: CellValue[][] = [['单位', '总分', '取消评优'], ['单位1', 95, null]];
    for (let i = 2; i <= 7; i++) values.push([`单位${i}`, 90, i === 7 ? '是' : null]);
    const json = rank(values, (s) => {
      s.ranking.method = 'dense';
      s.awards = [{ kind: 'places', categories: [], tiers: [{ name: '一等奖', count: '2', minGrade: null }] }];
    });
    expect(json.units.map((u) => u.award)).toEqual([...Array(6).fill('一等奖'), null]);
    expect(unit(json, '单位6').notes).toEqual(['与单位2、单位3、单位4 等 5 个单位并列第2名，共同获得一等奖（并列超出名额 4 名）']);
    expect(unit(json, '单位7').notes).toEqual([
      '取消评优：参加排名，不参加评奖',
      '与 单位2、单位3、单位4 等 5 个单位 并列第 2 名（共 6 个单位并列）',
      '第2名，取消评优：一等奖名次空缺（不顺延）',
    ]);
  });

  it('ranks within each category in the order they appear', () => {
    const json = rank([
      ['单位', '类别', '总分'],
      ['甲', 'B类', 80],
      ['乙', 'A类', 70],
      ['丙', 'B类', 90],
      ['丁', 'A类', 75],
    ]);
    expect(json.units.map((u) => [u.name, u.category, u.rank])).toEqual([
      ['甲', 'B类', 2],
      ['乙', 'A类', 2],
      ['丙', 'B类', 1],
      ['丁', 'A类', 1],
    ]);
  });

  it('rounds half up before grading when the scheme keeps two decimals, and not otherwise', () => {
    const values = [
      ['单位', '总分'],
      ['甲', 89.995],
      ['乙', 89.994],
    ];
    expect(rank(values).units.map((u) => u.grade)).toEqual(['良好', '良好']);
    const rounded = rank(values, (s) => (s.decimals = 2));
    expect(rounded.units.map((u) => [u.total, u.grade])).toEqual([
      [90, '优秀'],
      [89.99, '良好'],
    ]);
  });

  it('breaks ties by the scheme’s tie-break column', () => {
    const json = rank(
      [
        ['单位', '总分', '重点工作目标'],
        ['甲', 90, 70],
        ['乙', 90, 72],
      ],
      (s) => (s.ranking.tieBreak = ['重点工作目标']),
    );
    expect(json.units.map((u) => u.rank)).toEqual([2, 1]);
  });

  it('takes the weights from the scheme over the headers', () => {
    const json = rank(
      [
        ['单位', '业绩(50%)', '机关效能(50%)'],
        ['甲', 100, 50],
      ],
      (s) => {
        s.components = [
          { name: '业绩', weight: '60' },
          { name: '机关效能', weight: '40' },
        ];
      },
    );
    expect(unit(json, '甲').total).toBe(80);
  });

  it('stops with the columns and their sum when header weights do not make 100%', () => {
    expect(() =>
      rank([
        ['单位', '指标考核(80%)', '公众评议(15%)'],
        ['甲', 90, 90],
      ]),
    ).toThrow(/95%.*指标考核.*公众评议/);
  });
});

describe('caps written in headers', () => {
  it('caps an inspection deduction at the 3 points its header states, without any flag', () => {
    const json = rank([
      ['单位', '指标考核(80%)', '公众评议(20%)', '察访核验扣分(最多3分)'],
      ['甲', 100, 100, 4.5],
      ['乙', 100, 100, 2],
    ]);
    expect(json.units.map((u) => u.total)).toEqual([97, 98]);
    expect(json.units[0].notes.join()).toContain('上限');
  });
});

describe('category spellings', () => {
  it('ranks "一 类" and "一类" as one category, named as it first appears, with a warning', () => {
    const json = rank(
      [
        ['单位', '类别', '总分'],
        ['甲', '一类', 95],
        ['乙', '一 类', 94],
        ['丙', '一类', 93],
      ],
      (s) => (s.awards = [{ kind: 'places', categories: [], tiers: [{ name: '一等奖', count: '1', minGrade: '优秀' }] }]),
    );
    expect(json.units.map((u) => [u.category, u.rank, u.award])).toEqual([
      ['一类', 1, '一等奖'],
      ['一类', 2, null],
      ['一类', 3, null],
    ]);
    expect(json.warnings.find((w) => w.cell === '汇总!B3')?.message).toContain('一 类');
  });
});

describe('a total column beside deduction and bonus columns', () => {
  it('ranks by the clerk’s total, says once that it is taken as final, and adds no cap notes', () => {
    const json = rank(
      [
        ['单位', '总分', '察访核验扣分', '加分'],
        ['甲', 90, 5, 0],
        ['乙', 88, 0, 1],
      ],
      (s) => (s.deductionCap = '3'),
    );
    expect(json.units.map((u) => [u.total, u.grade])).toEqual([
      [90, '优秀'],
      [88, '良好'],
    ]);
    const sheetWarning = json.warnings.filter((w) => w.message.includes('视为总分已含扣分和加分'));
    expect(sheetWarning.map((w) => w.cell)).toEqual(['汇总!B1']);
    expect(json.units[0].notes.join()).not.toContain('上限');
  });
});

describe('scores outside their scale', () => {
  it('warns on a component score above its full score or below zero, naming the cell, and still computes', () => {
    const json = rank([
      ['单位', '指标考核(80%)', '公众评议(20%)'],
      ['甲', 905, 90],
      ['乙', -5, 90],
      ['丙', 90, 90],
    ]);
    expect(json.units[0].total).toBe(742);
    expect(json.warnings.map((w) => w.cell)).toEqual(['汇总!B2', '汇总!B3']);
    expect(json.warnings[0].message).toContain('905');
  });
});

describe('rows after the notes under a table', () => {
  it('warns about a unit with a score written below a 注： line instead of dropping it silently', () => {
    const json = rank([
      ['单位', '总分'],
      ['甲', 90],
      ['注：总分含加分', null],
      ['戊县', 99],
    ]);
    expect(json.units.map((u) => u.name)).toEqual(['甲']);
    expect(json.warnings.find((w) => w.cell === '汇总!A4')?.message).toContain('戊县');
  });
});
