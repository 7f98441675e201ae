import { D, HUNDRED, type Dec } from '../engine/decimal';
import { deductionTotal } from '../engine/deduct';
import { occurrenceDeductionFormula } from '../sheet/native';
import type { WritePlan } from '../sheet/plan';
import type { TemplateDefinition } from './model';
import { noteRow, tableSheetPlan, type SampleValue, type TemplateColumn } from './table-sheet';
import { dec, num } from './values';

export const EFFICIENCY_SHEET = '机关效能';

/** Seed 004 篇四: 0.5 per unexcused absence; 事假/病假 over 15 consecutive days or over 30 in the year cancels award eligibility. */
const EACH = '0.5';
const MAX_RUN = 15;
const MAX_YEAR = 30;
const ABSENCES = ['缺勤劳动', '缺勤文体', '缺勤学习'];

type Row = Record<string, SampleValue>;

function samples(): Row[] {
  return [
    { 姓名: '陈清河', 科室: '办公室', 缺勤劳动: 0, 缺勤文体: 0, 缺勤学习: 0, 最长连续: 5, 全年累计: 12 },
    { 姓名: '夏国强', 科室: '办公室', 缺勤劳动: 1, 缺勤文体: 2, 缺勤学习: 1, 最长连续: 16, 全年累计: 20 },
    { 姓名: '杨炜丽', 科室: '办公室', 缺勤劳动: 0, 缺勤文体: 1, 缺勤学习: 0, 最长连续: 15, 全年累计: 30 },
    { 姓名: '马磊', 科室: '公路科', 缺勤劳动: 2, 缺勤文体: 0, 缺勤学习: 3, 最长连续: 10, 全年累计: 31 },
  ];
}

function engine(r: Row): Row {
  const counts = ABSENCES.map((k) => dec(r[k]));
  const deduction: Dec = deductionTotal(counts, new D(EACH));
  const run = dec(r.最长连续);
  const year = dec(r.全年累计);
  return {
    扣分: num(deduction),
    得分: num(HUNDRED.minus(deduction)),
    取消评优: run === null && year === null ? null : (run?.gt(MAX_RUN) ?? false) || (year?.gt(MAX_YEAR) ?? false) ? '是' : '否',
  };
}

const COLUMNS: TemplateColumn[] = [
  { key: '姓名', header: '姓名', width: 10, input: true, text: true },
  { key: '科室', header: '科室', width: 10, input: true, text: true },
  ...ABSENCES.map((k): TemplateColumn => ({ key: k, header: `无故不参加${k.slice(2)}（次）`, width: 10, input: true })),
  {
    key: '扣分',
    header: `扣分（每次 ${EACH}）`,
    width: 10,
    numFmt: '0.0',
    formula: (r) => occurrenceDeductionFormula({ counts: [r.span(ABSENCES[0], ABSENCES[2])], each: EACH, cap: null }),
    perf: (r) => `PERF.DEDUCT(${r.span(ABSENCES[0], ABSENCES[2])},${EACH})`,
  },
  { key: '得分', header: '机关效能得分', width: 10, numFmt: '0.0', formula: (r) => `100-${r.cell('扣分')}` },
  { key: '最长连续', header: '事假病假最长连续天数', width: 12, input: true },
  { key: '全年累计', header: '事假病假全年累计天数', width: 12, input: true },
  {
    key: '取消评优',
    header: '取消评优',
    width: 9,
    text: true,
    formula: (r) => `IF(AND(${r.cell('最长连续')}="",${r.cell('全年累计')}=""),"",IF(OR(N(${r.cell('最长连续')})>${MAX_RUN},N(${r.cell('全年累计')})>${MAX_YEAR}),"是","否"))`,
  },
];

export function officeEfficiencyPlan(): WritePlan {
  const rows = samples().map((r) => ({ ...r, ...engine(r) }));
  const { sheet, record } = tableSheetPlan(
    {
      name: EFFICIENCY_SHEET,
      kind: 'ranking',
      owned: false,
      title: '机关效能考核表',
      preamble: [
        noteRow(
          `黄色单元格由办公室填写（示例数据请替换）。无故不参加单位组织的劳动、文体活动、政治理论和业务学习，每次扣 ${EACH} 分（请假、出差、外出办事除外）；得分＝100－扣分。` +
            `请事假、病假连续超过 ${MAX_RUN} 天或全年累计超过 ${MAX_YEAR} 天的，取消评优资格（正好 ${MAX_RUN} 天、${MAX_YEAR} 天不取消）；` +
            '只统计事假和病假：法定节假日、婚假、丧假、探亲假、年休假、生育假、公伤假不计入。',
        ),
      ],
      columns: COLUMNS,
      rows,
      orientation: 'portrait',
      footer: '机关效能考核表',
      conditionalFormats: ({ top, bottom, col }) => [
        { range: { top, bottom, left: col('取消评优'), right: col('取消评优') }, rule: { type: 'cellValue', operator: 'equal', values: ['是'] }, fill: '#FFC7CE', fontColor: '#9C0006' },
      ],
    },
    EFFICIENCY_SHEET,
  );
  return { sheets: [sheet], record };
}

export const EFFICIENCY_TEMPLATE: TemplateDefinition = {
  name: EFFICIENCY_SHEET,
  aliases: ['efficiency'],
  purpose: '机关效能（种子 004 篇四）：每人无故缺勤次数每次扣 0.5 分，得分＝100－扣分；事假病假连续超过 15 天或全年超过 30 天取消评优',
  variants: [],
  plan: () => officeEfficiencyPlan(),
};

