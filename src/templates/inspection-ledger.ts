import { D, sum, ZERO } from '../engine/decimal';
import { ledgerDeductionFormula } from '../sheet/native';
import type { WorkbookSettings } from '../engine/scheme/office';
import type { Scheme } from '../engine/scheme/types';
import type { PlanCell, WritePlan } from '../sheet/plan';
import { templateSchemeSheet } from './scheme-template';
import type { TemplateDefinition } from './model';
import { templateScheme } from './schemes';
import { noteRow, tableSheetPlan, type SampleValue, type TemplateColumn } from './table-sheet';
import { DATE_FORMAT, dec, excelDate, num } from './values';

export const LEDGER_SHEET = '察访核验台账';

type Row = Record<string, SampleValue>;

/** Seed 004 篇一: findings of unannounced visits, deducted per unit, 扣满3分为止 (the cap is 方案's 扣分上限). */
function samples(): Row[] {
  return [
    { 日期: excelDate(2026, 3, 12), 单位: '城关镇', 发现问题: '上班时间窗口无人值守', 扣分: 0.5 },
    { 日期: excelDate(2026, 4, 8), 单位: '河口镇', 发现问题: '群众来电无人接听', 扣分: 1 },
    { 日期: excelDate(2026, 5, 20), 单位: '河口镇', 发现问题: '办事指南未公开', 扣分: 1 },
    { 日期: excelDate(2026, 6, 3), 单位: '石桥乡', 发现问题: '值班记录缺失', 扣分: 1.5 },
    { 日期: excelDate(2026, 7, 15), 单位: '河口镇', 发现问题: '工作人员脱岗', 扣分: 0.5 },
    { 日期: excelDate(2026, 9, 9), 单位: '石桥乡', 发现问题: '承诺事项逾期未办结', 扣分: 1.5 },
    { 日期: excelDate(2026, 10, 21), 单位: '河口镇', 发现问题: '上级督办件未按时回复', 扣分: 1.5 },
  ];
}

const COLUMNS: TemplateColumn[] = [
  { key: '日期', header: '日期', width: 15, input: true, numFmt: DATE_FORMAT },
  { key: '单位', header: '被察访单位', width: 14, input: true, text: true },
  { key: '发现问题', header: '发现的问题', width: 34, input: true, text: true },
  { key: '扣分', header: '扣分', width: 8, input: true, numFmt: '0.0' },
];

/** The ledger and the 方案 its caps read: the township scheme, or a workbook's own (its office blocks kept). */
export function inspectionLedgerPlan(scheme: Scheme = templateScheme('township'), settings?: WorkbookSettings): WritePlan {
  const rows = samples();
  const units = [...new Set(rows.map((r) => String(r.单位)))];
  const { sheet, record } = tableSheetPlan(
    {
      name: LEDGER_SHEET,
      kind: 'ranking',
      owned: false,
      title: '察访核验台账',
      preamble: [
        noteRow(
          '每发现一个问题记一行（示例数据请替换）。各单位的扣分在下方按单位合计，最多扣到“方案”工作表的扣分上限（种子 004 篇一：扣满 3 分为止）；' +
            '合计扣分填入综合评估汇总的“察访核验扣分”列。',
        ),
      ],
      columns: COLUMNS,
      rows,
      orientation: 'portrait',
      footer: '察访核验台账',
      after: ({ range, last }) => [
        [],
        [{ value: '各单位扣分（封顶）', style: 'subtitle' }],
        ['单位', '问题数', '扣分合计', '计入扣分'].map((h) => ({ value: h, style: 'header' as const })),
        ...units.map((u, i): PlanCell[] => {
          const row = last + 4 + i;
          const mine = rows.filter((r) => r.单位 === u);
          const total = sum(mine.map((r) => dec(r.扣分) ?? ZERO));
          const capped = scheme.deductionCap !== null && total.gt(scheme.deductionCap) ? new D(scheme.deductionCap) : total;
          return [
            { value: u, style: 'inputText' },
            { value: mine.length, style: 'integer', formula: `COUNTIF(${range('单位')},A${row})` },
            { value: num(total), style: 'number', numFmt: '0.0', formula: `SUMIF(${range('单位')},A${row},${range('扣分')})` },
            {
              value: num(capped),
              style: 'number',
              numFmt: '0.0',
              formula: ledgerDeductionFormula({ units: range('单位'), points: range('扣分'), unit: `A${row}`, cap: { cell: 'PERF_扣分上限' } }),
            },
          ];
        }),
      ],
    },
    LEDGER_SHEET,
  );
  return { sheets: [templateSchemeSheet(scheme, settings), sheet], record };
}

export const LEDGER_TEMPLATE: TemplateDefinition = {
  name: LEDGER_SHEET,
  aliases: ['inspection'],
  purpose: '察访核验台账（种子 004 篇一）：每个发现的问题一行，按单位合计扣分，最多扣到方案的扣分上限（默认 3 分）',
  variants: [],
  plan: () => inspectionLedgerPlan(),
  planOn: (_variant, base) => inspectionLedgerPlan(base.scheme, base.settings),
};
