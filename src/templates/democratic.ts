import { D, sum, type Dec } from '../engine/decimal';
import { satisfactionScore } from '../engine/satisfaction';
import { trimmedMean } from '../engine/trimmean';
import type { PlanCell, WritePlan } from '../sheet/plan';
import { lookupBlock, lookupFormula } from './lookup-block';
import type { TemplateDefinition } from './model';
import { noteRow, tableSheetPlan, type SampleValue, type TemplateColumn } from './table-sheet';
import { dec, num } from './values';

export const DEMOCRATIC_SHEET = '民主评估';

/** Seed 002 §四(三)3: rater groups and their weights (of the 15% democratic evaluation). */
const GROUPS = {
  county: [
    ['市委委员、市纪委委员、市人大代表、市政协常委等', 5],
    ['县委委员、县纪委委员、县人大代表、县政协常委等', 3],
    ['市政府工作部门', 3],
    ['乡镇和街道', 2],
    ['群众代表（50名）', 2],
  ],
  department: [
    ['市委委员、市纪委委员、市人大代表、市政协常委等', 5],
    ['县（区）政府负责同志', 2],
    ['县（区）部门代表', 3],
    ['企事业单位和群众代表（50名）', 2],
    ['服务对象（30名）', 3],
  ],
} as const satisfies Record<string, readonly (readonly [string, number])[]>;

const RATERS = 7;
const RATER_KEYS = Array.from({ length: RATERS }, (_, i) => `评分${i + 1}`);
const VOTES = ['满意', '基本满意', '不满意'];
const VOTE_VALUES = [100, 60, 0];

type Kind = 'county' | 'department';
type Mode = 'scores' | 'votes';
type Row = Record<string, SampleValue>;

/** Each unit's raters per group; the README works every group score and unit score by hand. */
const SCORE_SAMPLES: number[][][] = [
  [
    [90, 92, 88, 95, 85, 90, 90],
    [85, 85, 85, 85, 85, 60, 100],
    [80, 80, 80, 80, 80, 80, 80],
    [95, 95, 95, 95, 95, 0, 100],
    [100, 100, 100, 100, 100, 100, 100],
  ],
  [[80, 80, 80, 80, 80, 80, 80], [80, 80, 80, 80, 80], [80, 80, 80, 80, 80, 80, 80], [80, 80, 80, 80, 80, 80, 80], [80, 80, 80, 80, 80, 80, 80]],
];
const VOTE_SAMPLES: number[][][] = [
  [
    [40, 10, 0],
    [30, 20, 0],
    [45, 5, 0],
    [25, 20, 5],
    [50, 0, 0],
  ],
  Array.from({ length: 5 }, () => [30, 20, 0]),
];
const UNITS: Record<Kind, string[]> = { county: ['东城区', '西城区'], department: ['发展改革委', '商务局'] };

function groupScore(r: Row, mode: Mode): Dec | null {
  if (mode === 'scores') {
    const scores = RATER_KEYS.map((k) => dec(r[k])).filter((d): d is Dec => d !== null);
    return scores.length < 3 ? null : trimmedMean(scores);
  }
  const counts = VOTES.map((k) => dec(r[k]));
  return counts.every((c) => c === null) ? null : satisfactionScore(counts);
}

export function democraticPlan(kind: Kind, mode: Mode): WritePlan {
  const groups = GROUPS[kind];
  const block = lookupBlock(DEMOCRATIC_SHEET, 2, 1, ['评估主体', '权重'], groups.map(([g, w]) => [g, w]));
  const rows: Row[] = [];
  UNITS[kind].forEach((unit, u) =>
    groups.forEach(([group, weight], g) => {
      const inputs: Row =
        mode === 'scores'
          ? Object.fromEntries(SCORE_SAMPLES[u][g].map((s, i) => [RATER_KEYS[i], s]))
          : Object.fromEntries(VOTE_SAMPLES[u][g].map((s, i) => [VOTES[i], s]));
      const row: Row = { 被评单位: unit, 评估主体: group, 权重: weight, ...inputs };
      const score = groupScore(row, mode);
      rows.push({ ...row, 得分: num(score), 折算: num(score === null ? null : score.times(weight)) });
    }),
  );
  const inputColumns: TemplateColumn[] =
    mode === 'scores'
      ? RATER_KEYS.map((k) => ({ key: k, header: k, width: 6, input: true }))
      : VOTES.map((k) => ({ key: k, header: `${k}（票）`, width: 8, input: true }));
  const scoreColumn: TemplateColumn =
    mode === 'scores'
      ? {
          key: '得分',
          header: '去掉最高最低后平均',
          width: 10,
          numFmt: '0.00',
          formula: (r) => {
            const s = r.span(RATER_KEYS[0], RATER_KEYS[RATERS - 1]);
            return `IF(COUNT(${s})<3,"",(SUM(${s})-MAX(${s})-MIN(${s}))/(COUNT(${s})-2))`;
          },
          perf: (r) => `PERF.TRIMMEAN(${r.span(RATER_KEYS[0], RATER_KEYS[RATERS - 1])})`,
        }
      : {
          key: '得分',
          header: '满意度得分',
          width: 9,
          numFmt: '0.00',
          formula: (r) => {
            const c = VOTES.map((k) => r.cell(k));
            return `IF(SUM(${c.join(',')})=0,"",(${c.map((x, i) => `${x}*${VOTE_VALUES[i]}`).join('+')})/SUM(${c.join(',')}))`;
          },
          perf: (r) => `PERF.SATISFACTION(${r.span(VOTES[0], VOTES[2])})`,
        };
  const columns: TemplateColumn[] = [
    { key: '被评单位', header: '被评单位', width: 12, input: true, text: true },
    { key: '评估主体', header: '评估主体', width: 30, input: true, text: true, list: { values: groups.map(([g]) => g), error: '评估主体请从下拉列表中选择（与上方评估主体表一致）。' } },
    { key: '权重', header: '权重', width: 6, formula: (r) => lookupFormula(r.cell('评估主体'), block) },
    ...inputColumns,
    scoreColumn,
    { key: '折算', header: '得分×权重', width: 9, numFmt: '0.00', formula: (r) => `IF(OR(${r.cell('得分')}="",${r.cell('权重')}=""),"",${r.cell('得分')}*${r.cell('权重')})` },
  ];
  const note =
    mode === 'scores'
      ? `每个被评单位、每个评估主体一行，填写各评估人的评分（最多 ${RATERS} 人，示例数据请替换）；去掉一个最高分和一个最低分后取平均。`
      : '每个被评单位、每个评估主体一行，填写满意、基本满意、不满意的票数（示例数据请替换）；满意度得分＝(满意×100＋基本满意×60＋不满意×0)÷总票数。';
  const { sheet, record } = tableSheetPlan(
    {
      name: DEMOCRATIC_SHEET,
      kind: 'ranking',
      owned: false,
      title: `民主评估（${kind === 'county' ? '县（区）政府' : '市政府工作部门'}）`,
      preamble: [
        noteRow(`${note}各评估主体按权重合计为民主评估得分（百分制，保留两位小数；种子 002：民主评估占总分 15%，评估主体权重见下表，可修改）。`),
        ...block.rows,
        [],
      ],
      columns,
      rows,
      orientation: 'landscape',
      footer: '民主评估',
      after: ({ range, last }) => [
        [],
        [{ value: '各单位民主评估得分', style: 'subtitle' }],
        ['被评单位', '民主评估得分'].map((h) => ({ value: h, style: 'header' as const })),
        ...UNITS[kind].map((unit, i): PlanCell[] => {
          const row = last + 4 + i;
          const mine = rows.filter((r) => r.被评单位 === unit);
          const complete = mine.every((r) => r.折算 !== null);
          const value = complete ? num(sum(mine.map((r) => dec(r.折算)!)).div(sum(mine.map((r) => new D(r.权重 as number)))), 2) : null;
          const u = `A${row}`;
          return [
            { value: unit, style: 'inputText' },
            {
              value,
              style: 'number',
              numFmt: '0.00',
              formula: `IF(SUMPRODUCT((${range('被评单位')}=${u})*ISNUMBER(${range('折算')}))<COUNTIF(${range('被评单位')},${u}),"",ROUND(SUMIF(${range('被评单位')},${u},${range('折算')})/SUMIF(${range('被评单位')},${u},${range('权重')}),2))`,
            },
          ];
        }),
      ],
    },
    DEMOCRATIC_SHEET,
  );
  return { sheets: [sheet], record };
}

export const DEMOCRATIC_TEMPLATE: TemplateDefinition = {
  name: DEMOCRATIC_SHEET,
  aliases: ['democratic'],
  purpose: '民主评估（种子 002）：各评估主体的评分（去掉最高最低后平均）或满意/基本满意/不满意票数，按主体权重（县区 5/3/3/2/2，部门 5/2/3/2/3）合计',
  variants: [
    { id: 'county', label: '县（区）政府，评分（去掉最高最低后平均），主体权重 5/3/3/2/2' },
    { id: 'department', label: '市政府工作部门，评分，主体权重 5/2/3/2/3' },
    { id: 'county-votes', label: '县（区）政府，满意/基本满意/不满意票数' },
    { id: 'department-votes', label: '市政府工作部门，满意/基本满意/不满意票数' },
  ],
  plan: (variant) => {
    const [kind, votes] = variant.split('-');
    return democraticPlan(kind as Kind, votes ? 'votes' : 'scores');
  },
};
