import { D, sum } from '../engine/decimal';
import type { WorkbookSettings } from '../engine/scheme/office';
import type { Scheme } from '../engine/scheme/types';
import { tableLookupFormula } from '../sheet/native';
import type { WritePlan } from '../sheet/plan';
import { RANK_RANGE_NAME, TIER_RANGE_NAME } from '../sheet/scheme-sheet/layout';
import { lookupBlock } from './lookup-block';
import type { TemplateDefinition } from './model';
import { templateSchemeSheet, withTablesFrom } from './scheme-template';
import { templateScheme } from './schemes';
import { noteRow, tableSheetPlan, type SampleValue, type TemplateColumn } from './table-sheet';
import { num } from './values';

export const LEADERS_SHEET = '领导评估';

/** Seed 002 §四(三)5: 市长 15, 副市长/秘书长/市长助理 10, 副秘书长 5 (of the 30% leader evaluation). */
const LEADERS: [string, number][] = [
  ['市长', 15],
  ['副市长', 10],
  ['副秘书长', 5],
];

type Kind = 'county' | 'department';
type Row = Record<string, SampleValue>;

const SAMPLES: Record<Kind, [string, SampleValue[]][]> = {
  county: [
    ['东城区', ['一档', '一档', '一档']],
    ['西城区', ['一档', '二档', '三档']],
    ['南山县', ['二档', '二档', '二档']],
    ['北川县', ['三档', '二档', '一档']],
  ],
  department: [
    ['发展改革委', [1, 1, 2]],
    ['商务局', [2, 3, 1]],
    ['工业和信息化局', [3, 2, 3]],
  ],
};

/**
 * The leader evaluation and the 方案 sheet whose 档次分值 (counties) or 名次分值 (departments) its
 * points come from by name, in one file: changing a tier's or a rank's points on 方案 recomputes
 * every score. The leaders' weights stay in the table above the data (they are not scheme rules).
 * The evaluation sheet comes first: the file opens on it.
 */
export function leadersPlan(kind: Kind, scheme: Scheme = templateScheme(kind), settings?: WorkbookSettings): WritePlan {
  const schemeSheet = templateSchemeSheet(scheme, settings);
  const table: [string, string][] =
    kind === 'county' ? (scheme.tierPoints ?? []).map((t) => [t.tier, t.points]) : (scheme.rankPoints ?? []).map((r) => [String(r.rank), r.points]);
  if (table.length === 0) throw new Error(`template ${LEADERS_SHEET} ${kind}: the scheme has no ${kind === 'county' ? 'tierPoints' : 'rankPoints'}`);
  const named = kind === 'county' ? TIER_RANGE_NAME : RANK_RANGE_NAME;
  const leaders = lookupBlock(LEADERS_SHEET, 2, 0, ['评价领导', '权重'], LEADERS);
  const weight = (i: number) => `INDEX(${leaders.values},${i + 1})`;
  const valueOf = (v: SampleValue) => table.find(([k]) => k === String(v))?.[1] ?? null;
  const rows: Row[] = SAMPLES[kind].map(([unit, marks]) => {
    const row: Row = { 被评单位: unit };
    marks.forEach((m, i) => {
      row[`评价${i}`] = m;
      const points = valueOf(m);
      row[`分值${i}`] = points === null ? null : new D(points).toNumber();
    });
    // a workbook's own table may not list a sample's tier or rank: no score then (the formula shows #N/A)
    const points = marks.map(valueOf);
    if (points.some((p) => p === null)) return { ...row, 得分: null };
    const total = sum(LEADERS.map(([, w], i) => new D(points[i]!).times(w))).div(sum(LEADERS.map(([, w]) => new D(w))));
    return { ...row, 得分: num(total, 2) };
  });
  const word = kind === 'county' ? '档次' : '排名';
  const columns: TemplateColumn[] = [
    { key: '被评单位', header: '被评单位', width: 14, input: true, text: true },
    ...LEADERS.flatMap(([name], i): TemplateColumn[] => [
      {
        key: `评价${i}`,
        header: `${name}${word}`,
        width: 9,
        input: true,
        text: kind === 'county',
        list: kind === 'county' ? { values: table.map(([t]) => t), error: `档次只能是 ${table.map(([t]) => t).join('、')} 之一（“方案”工作表 十一、档次分值），请从下拉列表中选择。` } : undefined,
      },
      {
        key: `分值${i}`,
        header: `${name}分值`,
        width: 8,
        formula: (r) => `IF(${r.cell(`评价${i}`)}="","",${tableLookupFormula(r.cell(`评价${i}`), { named })})`,
        perf: kind === 'department' ? (r) => `PERF.RANKPOINTS(${r.cell(`评价${i}`)},${named})` : undefined,
      },
    ]),
    {
      key: '得分',
      header: '领导评估得分',
      width: 11,
      numFmt: '0.00',
      formula: (r) => {
        const cells = LEADERS.map((_, i) => r.cell(`分值${i}`));
        return `IF(COUNT(${cells.join(',')})<${LEADERS.length},"",ROUND((${cells.map((c, i) => `${c}*${weight(i)}`).join('+')})/SUM(${leaders.values}),2))`;
      },
    },
  ];
  const { sheet, record } = tableSheetPlan(
    {
      name: LEADERS_SHEET,
      kind: 'ranking',
      owned: false,
      title: `政府领导加权评估（${kind === 'county' ? '县（区）政府' : '市政府工作部门'}）`,
      preamble: [
        noteRow(
          kind === 'county'
            ? '每位领导把每个县（区）对号到三个档次（示例数据请替换）；各档分值在“方案”工作表 十一、档次分值，领导权重见下表，都可修改，得分随之重算。得分＝Σ 档次分值×领导权重 ÷ 权重合计（百分制，保留两位小数）。'
            : '每位领导对分管部门排名（示例数据请替换）；排名对应的分值由绩效办设定，在“方案”工作表 十二、名次分值，领导权重见下表，都可修改，得分随之重算。得分＝Σ 名次分值×领导权重 ÷ 权重合计（百分制，保留两位小数）。',
        ),
        ...leaders.rows,
        [],
      ],
      columns,
      rows,
      orientation: 'portrait',
      footer: '政府领导加权评估',
    },
    LEADERS_SHEET,
  );
  return { sheets: [sheet, schemeSheet], record };
}

export const LEADERS_TEMPLATE: TemplateDefinition = {
  name: LEADERS_SHEET,
  aliases: ['leaders'],
  purpose: '政府领导加权评估（种子 002 四(三)5）：县（区）由每位领导对号到三个档次，部门由分管领导排名，档次或名次对应分值，按领导权重 15/10/5 合计',
  variants: [
    { id: 'county', label: '县（区）政府：三个档次（一档、二档、三档）对应分值' },
    { id: 'department', label: '市政府工作部门：分管领导排名，名次对应分值' },
  ],
  plan: (variant) => leadersPlan(variant as Kind),
  planOn: (variant, base) => leadersPlan(variant as Kind, withTablesFrom(base.scheme, templateScheme(variant as Kind)), base.settings),
};
