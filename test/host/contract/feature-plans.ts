import type { PlanCell, SheetPlan, WritePlan } from '../../../src/sheet/plan';

const FOOTER = { left: '制表：', center: '审核：', right: '日期：' };

/**
 * A sheet using every feature a host must write: native formulas (with and without a
 * cached result), input cells, a status drop-down, a three-colour status column
 * (cell-value and formula rules), protection, an explicit print scale and a page break.
 */
export function featureSheet(name = '考评表'): SheetPlan {
  const units: [string, number, string][] = [
    ['东城区', 92, '绿'],
    ['西城区', 85, '黄'],
    ['南山县', 70, '红'],
  ];
  const rows: PlanCell[][] = [
    [{ value: '2025年度考评表', style: 'title' }, ...Array.from({ length: 4 }, () => ({ value: null, style: 'title' as const }))],
    [],
    ['单位', '得分', '加分', '合计', '状态'].map((h) => ({ value: h, style: 'header' as const })),
    ...units.map(([unit, score, status], i): PlanCell[] => [
      { value: unit, style: 'text' },
      { value: score, style: 'input' },
      { value: null, style: 'input' },
      { value: i === 0 ? score : null, style: 'number', numFmt: '0.00', formula: `B${i + 4}+C${i + 4}` },
      { value: status, style: 'input' },
    ]),
    [
      { value: '平均', style: 'text' },
      { value: 82.33333333333333, style: 'number', formula: 'AVERAGE(B4:B6)' },
      { value: null, style: 'number' },
      { value: 1, style: 'integer', formula: 'RANK.EQ(D4,$D$4:$D$6)' },
      { value: '“合计”按 "得分+加分"', style: 'note', formula: 'IF(TRUE,"“合计”按 ""得分+加分""","")' },
    ],
  ];
  return {
    name,
    kind: 'ranking',
    rows,
    merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    columnWidths: [14, 10, 10, 10, 8],
    freeze: { rows: 3, columns: 1 },
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, scale: 85, repeatRows: [2, 2], footer: FOOTER },
    pageBreaks: [5],
    validations: [{ range: { top: 3, left: 4, bottom: 5, right: 4 }, values: ['绿', '黄', '红'], error: '状态只能选“绿”“黄”“红”之一，请从下拉列表中选择。' }],
    conditionalFormats: [
      { range: { top: 3, left: 4, bottom: 5, right: 4 }, rule: { type: 'cellValue', operator: 'equal', values: ['红'] }, fill: '#FFC7CE', fontColor: '#9C0006' },
      { range: { top: 3, left: 4, bottom: 5, right: 4 }, rule: { type: 'cellValue', operator: 'equal', values: ['黄'] }, fill: '#FFEB9C' },
      { range: { top: 3, left: 0, bottom: 5, right: 0 }, rule: { type: 'formula', formula: '$E4="绿"' }, fill: '#C6EFCE' },
      { range: { top: 3, left: 3, bottom: 5, right: 3 }, rule: { type: 'cellValue', operator: 'between', values: [60, 80] }, fill: '#FFEB9C' },
    ],
    protection: {},
  };
}

/** A sheet PERF writes for the clerk and hands over: no mark, never replaced by a later run. */
export function handedOverSheet(name = '综合评估汇总', note = '第一次'): SheetPlan {
  return {
    name,
    kind: 'ranking',
    owned: false,
    rows: [
      ['单位', '总分', '说明'].map((h) => ({ value: h, style: 'header' as const })),
      [{ value: '东城区', style: 'text' }, { value: 90, style: 'input' }, { value: note, style: 'note' }],
    ],
    merges: [],
    columnWidths: [14, 10, 20],
    freeze: { rows: 1, columns: 0 },
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatRows: null, footer: FOOTER },
  };
}

export function featurePlan(): WritePlan {
  return { sheets: [featureSheet()] };
}
