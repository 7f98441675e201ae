import { ZERO, sum, type Dec } from '../engine/decimal';
import { isPerfError } from '../engine/errors';
import { completionScore } from '../engine/completion';
import { linearScore } from '../engine/linear';
import { ratingScore } from '../engine/rating';
import type { PlanCell, WritePlan } from '../sheet/plan';
import { ratingTableOf, shareOf } from '../engine/scheme/access';
import { defaultRatingShares } from '../engine/scheme/defaults';
import type { WorkbookSettings } from '../engine/scheme/office';
import type { Scheme } from '../engine/scheme/types';
import type { RatingTable } from '../engine/rating';
import { tableLookupFormula, type NativeTable } from '../sheet/native';
import { RATING_RANGE_NAME } from '../sheet/scheme-sheet/layout';
import type { TemplateDefinition } from './model';
import { templateSchemeSheet, withTablesFrom } from './scheme-template';
import { templateScheme } from './schemes';
import { noteRow, tableSheetPlan, type SampleValue, type TableRefs, type TemplateColumn } from './table-sheet';
import { DATE_FORMAT, dec, excelDate, num } from './values';
import { YES_NO } from './words';
import { SECTION_SUBTOTAL_HEADERS, SECTION_SUBTOTAL_TITLE } from './section-subtotals';

export const TASK_SHEET = '任务分解表';

/** How a task is scored (seed 002 §三, domain.md §1). */
export const SCORING = ['完成率', '区间计分', '定性评价', '是否完成'] as const;
/** The three colours of the status column (三色预警). */
export const STATUS = { done: '已完成', onTrack: '正常', behind: '滞后', overdue: '逾期', missing: '未填报' } as const;

/** 统计日期 of the sample, in the preamble row under the title (B3). */
const REPORT_DATE = excelDate(2026, 9, 30);
const REPORT_CELL = '$B$3';

type Row = Record<string, SampleValue>;

const task = (科室: string, 任务内容: string, 分值: number, 计分方式: string, more: Row, people: [string, string, string, string], 完成时限: number, plan: number[], 完成进度: number): Row => ({
  科室,
  任务内容,
  分值,
  计分方式,
  ...more,
  主管领导: people[0],
  分管领导: people[1],
  科室负责人: people[2],
  承办人: people[3],
  完成时限,
  一季度: plan[0],
  二季度: plan[1],
  三季度: plan[2],
  四季度: plan[3],
  完成进度,
});

/** Sample rows from seed 004 篇四 (the README beside the tests works each score by hand). */
function samples(): Row[] {
  const office: [string, string, string, string] = ['白建国', '朱建军', '陈清河', '夏国强'];
  const road: [string, string, string, string] = ['阿克然木·玉努斯', '朱建军', '塔依尔·玉素甫', '祖力'];
  return [
    task('办公室', '及时做好党务政务公开', 40, '完成率', { 目标值: 12, 实际值: 12 }, office, excelDate(2026, 12, 31), [0.25, 0.5, 0.75, 1], 1),
    task('办公室', '创建学习型党组织', 30, '定性评价', { 评价: '较好' }, office, excelDate(2026, 6, 30), [0.5, 1, 1, 1], 0.8),
    task('办公室', '做好绩效管理工作', 30, '是否完成', { 是否完成: '否' }, office, excelDate(2026, 12, 31), [0.2, 0.4, 0.7, 1], 0.6),
    task('公路科', '督促完成通村公路前期工作（公里）', 50, '区间计分', { 起评值: 50, 目标值: 75, 实际值: 70 }, road, excelDate(2026, 12, 31), [0.25, 0.5, 0.75, 1], 0.93),
    task('公路科', '举办小修养护人员培训班（期）', 30, '完成率', { 目标值: 2, 实际值: 1 }, road, excelDate(2026, 12, 31), [0.5, 1, 1, 1], 0.5),
    task('公路科', '每半个月上报公路建设信息', 20, '是否完成', { 是否完成: '是' }, road, excelDate(2026, 12, 31), [0.25, 0.5, 0.75, 1], 1),
  ];
}

/** The score of a task as PERF's engine computes it (the functions behind PERF.COMPLETION, PERF.LINEAR, PERF.RATING), with the scheme's rating table. */
function engineScore(r: Row, ratings: RatingTable | null): Dec | null {
  const points = dec(r.分值);
  if (points === null) return null;
  const actual = dec(r.实际值);
  const target = dec(r.目标值);
  switch (r.计分方式) {
    case '完成率':
      return actual && target ? completionScore(actual, target, points) : null;
    case '区间计分': {
      const floor = dec(r.起评值);
      return actual && target && floor ? linearScore(actual, floor, target, points) : null;
    }
    case '定性评价':
      // a workbook's own table may not list a sample's rating: the cell then shows what the formula gives (#N/A)
      if (typeof r.评价 !== 'string') return null;
      try {
        return ratingScore(r.评价, points, ratings);
      } catch (e) {
        if (isPerfError(e)) return null;
        throw e;
      }
    case '是否完成':
      return r.是否完成 === '是' ? points : r.是否完成 === '否' ? ZERO : null;
  }
  return null;
}

function quarterOf(serial: number): number {
  const month = new Date((serial - 25569) * 86_400_000).getUTCMonth() + 1;
  return Math.ceil(month / 3);
}

/** The status rule the 状态 formula writes, for the cached value. */
function status(r: Row, reportDate: number): string {
  if (typeof r.完成进度 !== 'number') return STATUS.missing;
  if (r.完成进度 >= 1) return STATUS.done;
  if (typeof r.完成时限 === 'number' && reportDate > r.完成时限) return STATUS.overdue;
  const planned = r[['一季度', '二季度', '三季度', '四季度'][quarterOf(reportDate) - 1]];
  return typeof planned === 'number' && r.完成进度 < planned ? STATUS.behind : STATUS.onTrack;
}

const list = (values: readonly string[], what: string) => ({ values: [...values], error: `${what}只能是 ${values.join('、')} 之一，请从下拉列表中选择。` });

function scoreFormula(r: TableRefs, shares: NativeTable): string {
  const c = (k: string) => r.cell(k);
  const blank = (...keys: string[]) => `OR(${keys.map((k) => `${c(k)}=""`).join(',')})`;
  const round = (x: string) => `ROUND(${x},2)`;
  const branches = [
    `IF(${blank('目标值', '实际值')},"",${round(`${c('分值')}*MAX(0,MIN(1,${c('实际值')}/${c('目标值')}))`)})`,
    `IF(${blank('起评值', '目标值', '实际值')},"",${round(`${c('分值')}*MAX(0,MIN(1,(${c('实际值')}-${c('起评值')})/(${c('目标值')}-${c('起评值')})))`)})`,
    `IF(${blank('评价')},"",${round(`${c('分值')}*${tableLookupFormula(`TRIM(${c('评价')})`, shares)}`)})`,
    `IF(${blank('是否完成')},"",IF(${c('是否完成')}="是",${c('分值')},0))`,
  ];
  return `IF(OR(${c('分值')}="",${c('计分方式')}=""),"",CHOOSE(MATCH(${c('计分方式')},{${SCORING.map((x) => `"${x}"`).join(',')}},0),${branches.join(',')}))`;
}

function perfScore(r: TableRefs, named: boolean): string {
  const c = (k: string) => r.cell(k);
  return (
    `CHOOSE(MATCH(${c('计分方式')},{${SCORING.map((x) => `"${x}"`).join(',')}},0),PERF.COMPLETION(${c('实际值')},${c('目标值')},${c('分值')}),` +
    `PERF.LINEAR(${c('实际值')},${c('起评值')},${c('目标值')},${c('分值')}),PERF.RATING(${c('评价')},${c('分值')}${named ? `,${RATING_RANGE_NAME}` : ''}),IF(${c('是否完成')}="是",${c('分值')},0))`
  );
}

function statusFormula(r: TableRefs): string {
  const c = (k: string) => r.cell(k);
  const planned = `CHOOSE(ROUNDUP(MONTH(${REPORT_CELL})/3,0),${c('一季度')},${c('二季度')},${c('三季度')},${c('四季度')})`;
  return (
    `IF(${c('完成进度')}="","${STATUS.missing}",IF(${c('完成进度')}>=1,"${STATUS.done}",IF(AND(${c('完成时限')}<>"",${REPORT_CELL}>${c('完成时限')}),"${STATUS.overdue}",` +
    `IF(${c('完成进度')}<${planned},"${STATUS.behind}","${STATUS.onTrack}"))))`
  );
}

/** The columns, the 定性评价 ones from the scheme's table: looked up on 方案 by name when the scheme has one. */
const columnsFor = (ratings: readonly string[], shares: NativeTable): TemplateColumn[] => [
  { key: '科室', header: '科室', width: 8, input: true, text: true },
  { key: '任务内容', header: '任务内容', width: 26, input: true, text: true },
  { key: '分值', header: '分值', width: 6, input: true },
  { key: '计分方式', header: '计分方式', width: 9, input: true, text: true, list: list(SCORING, '计分方式') },
  { key: '起评值', header: '起评值', width: 7, input: true },
  { key: '目标值', header: '目标值', width: 7, input: true },
  { key: '实际值', header: '实际值', width: 7, input: true },
  { key: '评价', header: '评价', width: 6, input: true, text: true, list: list(ratings, '评价') },
  { key: '是否完成', header: '是否完成', width: 6, input: true, text: true, list: list(YES_NO, '是否完成') },
  { key: '得分', header: '得分', width: 7, numFmt: '0.00', formula: (r) => scoreFormula(r, shares), perf: (r) => perfScore(r, 'named' in shares) },
  { key: '主管领导', header: '主管领导', width: 9, input: true, text: true },
  { key: '分管领导', header: '分管领导', width: 8, input: true, text: true },
  { key: '科室负责人', header: '科室负责人', width: 9, input: true, text: true },
  { key: '承办人', header: '承办人', width: 8, input: true, text: true },
  { key: '完成时限', header: '完成时限', width: 15, input: true, numFmt: DATE_FORMAT },
  ...['一季度', '二季度', '三季度', '四季度'].map((q): TemplateColumn => ({ key: q, header: `${q}计划进度`, width: 7, input: true, numFmt: '0%' })),
  { key: '完成进度', header: '完成进度', width: 7, input: true, numFmt: '0%' },
  { key: '状态', header: '状态', width: 7, text: true, formula: statusFormula },
];

/**
 * The task breakdown and the 方案 sheet its 定性评价 scores read (PERF_评价比例), in one file: a
 * section that gets the file alone still computes, and a changed share on 方案 recomputes every score.
 * The task sheet comes first: the file a section is sent opens on it.
 */
export function taskBreakdownPlan(scheme: Scheme = templateScheme('bureau'), settings?: WorkbookSettings): WritePlan {
  const schemeSheet = templateSchemeSheet(scheme, settings);
  const named = (scheme.ratingShares ?? []).length > 0;
  const table = ratingTableOf(scheme);
  const ratings = (named ? scheme.ratingShares! : defaultRatingShares()).map((x) => x.rating);
  const shares: NativeTable = named
    ? { named: RATING_RANGE_NAME }
    : { entries: defaultRatingShares().map((x) => [x.rating, shareOf(x.share)!.toFixed()] as const) };
  // the note names where the shares are, not their values: they change on 方案 without the note
  const shareText = named ? '见“方案”工作表 十、定性评价比例，改比例即重算' : defaultRatingShares().map((x) => `${x.rating} ${x.share}`).join('、');
  const rows: Row[] = samples().map((r) => ({ ...r, 得分: num(engineScore(r, table), 2), 状态: status(r, REPORT_DATE) }));
  const sections = [...new Set(rows.map((r) => String(r.科室)))];
  const preamble: PlanCell[][] = [
    noteRow(
      '黄色单元格由科室填写（示例数据请替换）。计分方式：完成率＝分值×实际值÷目标值（最多满分）；区间计分＝起评值得 0 分、达到目标值得满分、之间按比例；' +
        `定性评价＝分值 × 评价的比例（${shareText}）；是否完成＝是得满分、否得 0。得分保留两位小数。` +
        '状态按统计日期计算：完成进度达 100% 为已完成；过了完成时限仍未完成为逾期（红）；低于统计日期所在季度的计划进度为滞后（黄）；否则为正常（绿）。',
    ),
    [
      { value: '统计日期', style: 'header' },
      { value: REPORT_DATE, style: 'input', numFmt: DATE_FORMAT },
      { value: '（改为本次统计的日期，状态随之重算；不用今天的日期，结果可复核）', style: 'subtitle' },
    ],
  ];
  const sheetDef = {
    name: TASK_SHEET,
    kind: 'ranking' as const,
    owned: false,
    title: '科室任务分解表',
    preamble,
    columns: columnsFor(ratings, shares),
    rows,
    orientation: 'landscape' as const,
    footer: '科室任务分解表',
    frozenColumns: 2,
    after: ({ range, last }: { range(key: string): string; last: number }) => [
      [],
      [{ value: SECTION_SUBTOTAL_TITLE, style: 'subtitle' as const }],
      SECTION_SUBTOTAL_HEADERS.map((h) => ({ value: h, style: 'header' as const })),
      ...sections.map((s, i): PlanCell[] => {
        const mine = rows.filter((r) => r.科室 === s);
        const points = sum(mine.map((r) => dec(r.分值) ?? ZERO));
        const scored = sum(mine.map((r) => dec(r.得分) ?? ZERO));
        // 1-based: after the last task a blank row, the block's title and its header
        const row = last + 4 + i;
        const at = `A${row}`;
        return [
          { value: s, style: 'text' },
          {
            value: points.isZero() ? null : num(scored.div(points).times(100), 2),
            style: 'number',
            numFmt: '0.00',
            formula: `IF(C${row}=0,"",ROUND(D${row}/C${row}*100,2))`,
          },
          { value: num(points), style: 'number', formula: `SUMIF(${range('科室')},${at},${range('分值')})` },
          { value: num(scored), style: 'number', numFmt: '0.00', formula: `SUMIF(${range('科室')},${at},${range('得分')})` },
        ];
      }),
    ],
    conditionalFormats: ({ top, bottom, col }: { top: number; bottom: number; col(key: string): number }) => {
      const range = { top, bottom, left: col('状态'), right: col('状态') };
      return [
        { range, rule: { type: 'cellValue' as const, operator: 'equal' as const, values: [STATUS.overdue] }, fill: '#FFC7CE', fontColor: '#9C0006' },
        { range, rule: { type: 'cellValue' as const, operator: 'equal' as const, values: [STATUS.behind] }, fill: '#FFEB9C', fontColor: '#9C5700' },
        { range, rule: { type: 'cellValue' as const, operator: 'equal' as const, values: [STATUS.onTrack] }, fill: '#C6EFCE', fontColor: '#006100' },
        { range, rule: { type: 'cellValue' as const, operator: 'equal' as const, values: [STATUS.done] }, fill: '#C6EFCE', fontColor: '#006100' },
      ];
    },
  };
  const { sheet, record } = tableSheetPlan(sheetDef, TASK_SHEET);
  return { sheets: [sheet, schemeSheet], record };
}

export const TASK_TEMPLATE: TemplateDefinition = {
  name: TASK_SHEET,
  aliases: ['tasks'],
  purpose: '科室任务分解表（种子 004 篇四）：每项任务的分值、计分方式、目标与实际、得分，责任人、完成时限、季度计划进度，按统计日期的三色状态，科室百分制小计',
  variants: [],
  plan: () => taskBreakdownPlan(),
  planOn: (_variant, base) => taskBreakdownPlan(withTablesFrom(base.scheme, templateScheme('bureau')), base.settings),
};
