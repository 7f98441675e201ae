import type { PlanCell, SheetPlan, WritePlan } from '../../../src/sheet/plan';
import { compactSheet } from '../../../src/sheet/plan-blocks';

const FOOTER = { left: '制表：', center: '审核：', right: '日期：' };

function row(values: (string | number | boolean | null)[], style: PlanCell['style'], numFmt?: string): PlanCell[] {
  return values.map((value) => ({ value, style, ...(numFmt && typeof value === 'number' ? { numFmt } : {}) }));
}

/** A ranking sheet shaped like PERF's: title, subtitle, header, data rows, scheme block. */
export function rankingSheet(units: [string, number | null, string][] = SAMPLE_UNITS, name = '排名'): SheetPlan {
  const header = ['名次', '单位', '总分', '等次', '说明'];
  const rows: PlanCell[][] = [
    [{ value: '2024年度绩效考评排名（来源：汇总）', style: 'title' }, ...row([null, null, null, null], 'title')],
    [{ value: '生成时间：2024-12-31 10:00', style: 'subtitle' }],
    row(header, 'header'),
    ...units.map(([unit, total, grade], i): PlanCell[] => [
      { value: total === null ? null : i + 1, style: 'integer' },
      { value: unit, style: 'text' },
      { value: total, style: 'number', numFmt: '0.00' },
      { value: grade, style: 'text' },
      { value: total === null ? '得分未录入，未参加排名' : '', style: 'note' },
    ]),
    [],
    [{ value: '等次：优秀 ≥90，良好 ≥80，一般 ≥60，较差 <60；排名方法：并列占位', style: 'scheme' }],
  ];
  return {
    name,
    kind: 'ranking',
    rows,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: rows.length - 1, left: 0, bottom: rows.length - 1, right: 4 },
    ],
    columnWidths: [8, 20, 12, 10, 30],
    freeze: { rows: 3, columns: 0 },
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: [2, 2], footer: FOOTER },
  };
}

export const SAMPLE_UNITS: [string, number | null, string][] = [
  ['北湖县', 94.6, '优秀'],
  ['东城区', 90.5, '优秀'],
  ['西城区', 86.4, '良好'],
  ['南山县', null, ''],
];

/**
 * rankingSheet with its unit rows planned as a block (src/sheet/plan-blocks.ts): the same cells,
 * but a 未计分 total in the integer look instead of the number look, and a per-row 0.0 format
 * on the first total, so that a row's own look and format are covered; totals as a Float64Array.
 */
export function compactRankingSheet(units: [string, number | null, string][] = SAMPLE_UNITS): SheetPlan {
  const { rows, ...layout } = rankingSheet(units, '排名');
  const top = 3;
  const outside = rows.map((r, i) => (i >= top && i < top + units.length ? [] : r));
  return compactSheet(layout, outside, [
    {
      top,
      rowCount: units.length,
      columns: [
        { style: 'integer', values: units.map(([, total], i) => (total === null ? null : i + 1)) },
        { style: 'text', values: units.map(([unit]) => unit) },
        {
          style: 'number',
          numFmt: '0.00',
          values: Float64Array.from(units, ([, total]) => total ?? NaN),
          styles: units.map(([, total]) => (total === null ? 'integer' : undefined)),
          numFmts: units.map((_, i) => (i === 0 ? '0.0' : undefined)),
        },
        { style: 'text', values: units.map(([, , grade]) => grade) },
        { style: 'note', values: units.map(([, total]) => (total === null ? '得分未录入，未参加排名' : '')) },
      ],
    },
  ]);
}

export function awardsSheet(): SheetPlan {
  return {
    name: '表彰名单',
    kind: 'awards',
    rows: [
      [{ value: '表彰名单', style: 'title' }, { value: null, style: 'title' }, { value: null, style: 'title' }],
      row(['奖项', '单位', '名次'], 'header'),
      [{ value: '一等奖', style: 'text' }, { value: '北湖县', style: 'text' }, { value: 1, style: 'integer' }],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [12, 20, 8],
    freeze: { rows: 2, columns: 0 },
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatRows: [0, 1], footer: FOOTER },
  };
}

export function schemeSheet(): SheetPlan {
  return {
    name: '方案',
    kind: 'scheme',
    rows: [row(['等次', '下限'], 'header'), row(['优秀', 90], 'text'), row(['良好', 80], 'text'), row(['一般', 60], 'text'), row(['较差', null], 'text')],
    merges: [],
    columnWidths: [10, 10],
    freeze: null,
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatRows: null, footer: FOOTER },
    definedNames: [{ name: '等次表', top: 1, left: 0, bottom: 4, right: 1 }],
  };
}

export function fullPlan(units = SAMPLE_UNITS): WritePlan {
  return { sheets: [rankingSheet(units), awardsSheet(), schemeSheet()] };
}

/** Plan rows as the values a reader gives back: "" is blank, trailing blanks dropped. */
export function planValues(sheet: SheetPlan): (string | number | boolean | null)[][] {
  return trimValues(sheet.rows.map((r) => r.map((c) => (c.value === '' ? null : c.value))));
}

/** Values as a dense grid without trailing blanks: a sparse sheet's missing rows and cells read as blank. */
export function trimValues<T>(rows: ((T | null | undefined)[] | undefined)[]): (T | null)[][] {
  const out = Array.from(rows, (r) => {
    const copy = Array.from(r ?? [], (v) => (v === undefined ? null : v));
    while (copy.length && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}
