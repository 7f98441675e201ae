import { D, toExcel } from '../engine/decimal';
import { invalid } from '../engine/errors';
import type { WorkbookSettings } from '../engine/scheme/office';
import type { Scheme } from '../engine/scheme/types';
import { blankUntilFilled, byCategoryCondition, gradeFormula, rankBySettingFormula, vetoDowngradesCondition, weightedTotalFormula } from '../sheet/native';
import type { RecordEntry, SheetPlan, WritePlan } from '../sheet/plan';
import { templateSchemeSheet } from './scheme-template';
import { BANDS_RANGE_NAME } from '../sheet/scheme-sheet/layout';
import { runRanking } from '../workflow/rank';
import type { TemplateBase, TemplateDefinition } from './model';
import { sheetDataOf } from './plan-values';
import { componentWeightRef, settingRef } from './scheme-refs';
import { DEPARTMENT_CATEGORIES, templateScheme, type SchemeVariant } from './schemes';
import { noteRow, tableSheetPlan, type SampleValue, type TemplateColumn } from './table-sheet';
import { YES_NO } from './words';

export const SUMMARY_SHEET = '综合评估汇总';
/** Rows below the samples that the rank ranges and the 类别 list already cover. */
const SPARE_ROWS = 100;

type Row = Record<string, SampleValue>;
const same = (v: number, keys: string[]) => Object.fromEntries(keys.map((k) => [k, v]));

/** Sample rows a clerk replaces; the README beside the tests works each total by hand. */
function samples(variant: SchemeVariant, names: string[]): Row[] {
  switch (variant) {
    case 'county':
      return [
        { 单位名称: '东城区', ...same(95, names), 加分: 1 },
        { 单位名称: '西城区', ...same(90, names) },
        { 单位名称: '南山县', ...same(80, names) },
        { 单位名称: '北川县', ...same(85, names), 一票否决: '是' },
        { 单位名称: '青河县', ...same(80, names), 扣分: 0.5 },
        { 单位名称: '白石县', ...same(100, names.slice(0, 4)), 民主评估: 80, 重点工作目标评估: 80, 政府领导加权评估: 50 },
        { 单位名称: '红岭县', ...same(80, names), 民主评估: 80.2, 政府领导加权评估: 79.9 },
      ];
    case 'department': {
      const [econ, social, market] = DEPARTMENT_CATEGORIES;
      return [
        { 单位名称: '发展改革委', 类别: econ, ...same(92, names) },
        { 单位名称: '商务局', 类别: econ, ...same(90, names) },
        { 单位名称: '工业和信息化局', 类别: econ, ...same(88, names), 加分: 2 },
        { 单位名称: '教育局', 类别: social, ...same(85, names) },
        { 单位名称: '民政局', 类别: social, ...same(80, names), 扣分: 1 },
        { 单位名称: '卫生健康委', 类别: social, ...same(80, names) },
        { 单位名称: '市场监管局', 类别: market, ...same(60, names) },
        { 单位名称: '应急管理局', 类别: market, ...same(59, names) },
        { 单位名称: '城市管理局', 类别: market, ...same(95, names), 取消评优: '是' },
      ];
    }
    case 'township':
      return [
        { 单位名称: '城关镇', 指标考核: 90, 公众评议: 90 },
        { 单位名称: '河口镇', 指标考核: 85, 公众评议: 75, 察访核验扣分: 4 },
        { 单位名称: '石桥乡', 指标考核: 80, 公众评议: 70 },
        { 单位名称: '柳林乡', 指标考核: 75, 公众评议: 75 },
        { 单位名称: '杨庄乡', 指标考核: 70, 公众评议: 80 },
      ];
    case 'bureau':
      return [
        { 单位名称: '办公室', 业绩: 95, 机关效能: 95 },
        { 单位名称: '公路科', 业绩: 90, 机关效能: 100 },
        { 单位名称: '路政科', 业绩: 80, 机关效能: 65 },
        { 单位名称: '项目办', 业绩: 75, 机关效能: 75 },
        { 单位名称: '安运科', 业绩: 100, 机关效能: 92.5 },
      ];
  }
}

/**
 * The rows of a summary built on a workbook's own 方案: one per unit of its 单位名册, name and
 * category only (no invented scores next to real unit names); without a roster, the variant's
 * sample units, each component scored as the row of the sample pattern (county's when the
 * variant's samples do not name the workbook's components; as points of the component's
 * weight when the scheme weighs in points), categories taken from the scheme's.
 */
function rowsOn(variant: SchemeVariant, scheme: Scheme, settings: WorkbookSettings): Row[] {
  const names = scheme.components.map((c) => c.name);
  const cats = scheme.categories;
  if (settings.roster.length > 0)
    return settings.roster.map((u) => ({ 单位名称: u.name, ...(cats.length > 0 && u.category !== null ? { 类别: u.category } : {}) }));
  const own = samples(variant, names);
  const pattern = own.every((r) => names.every((n) => typeof r[n] === 'number')) ? own : samples('county', names);
  return own.map((r, i) => {
    const row: Row = { ...r };
    for (const c of scheme.components) {
      const p = pattern[i % pattern.length]!;
      const v = (typeof p[c.name] === 'number' ? p[c.name] : p[names[0]!]) as number;
      row[c.name] = scheme.weightUnit === 'points' ? toExcel(new D(v).mul(c.weight).div(100)) : v;
    }
    if (cats.length > 0) row.类别 = typeof r.类别 === 'string' && cats.includes(r.类别) ? r.类别 : cats[i % cats.length]!;
    else delete row.类别;
    return row;
  });
}

const VARIANTS = [
  { id: 'county', label: '县（区）政府：七项评估 3/6/1/9/15/36/30，等次 90/80/60，一起排名（种子 002）' },
  { id: 'department', label: '市政府工作部门：七项评估，三类分别排名，综合奖 40%/20%/20%（种子 002）' },
  { id: 'township', label: '乡镇：指标考核 80% + 公众评议 20% − 察访核验扣分（最多 3 分），等次 90/80/75（种子 004 篇一）' },
  { id: 'bureau', label: '局机关科室：业绩 60% + 机关效能 40%，等次 95/75（种子 004 篇四）' },
] as const;

/**
 * The summary sheet (not PERF-owned) and the 方案 sheet its formulas read: the variant's own
 * scheme with sample rows, or a workbook's 方案 (`base`, its office blocks kept) and rows on it.
 */
export function summaryPlan(variant: SchemeVariant, base?: TemplateBase): WritePlan {
  const scheme = base?.scheme ?? templateScheme(variant);
  if (scheme.components.length === 0)
    throw invalid(`方案表没有列出评估项目及权重：综合评估汇总按方案的评估项目建列，请先在方案表的评估项目中填写各项及权重，再插入模板`);
  const schemeSheet = templateSchemeSheet(scheme, base?.settings);
  const names = scheme.components.map((c) => c.name);
  const unit = scheme.weightUnit;
  const deductionHeader = variant === 'township' ? '察访核验扣分' : '扣分';
  // the 类别 column is there whenever the scheme has categories: 方案's 分类排名 says whether ranks use it
  const byCategory = scheme.categories.length > 0;
  const method = settingRef(schemeSheet, '排名方式');
  const byCategorySetting = settingRef(schemeSheet, '分类排名');
  const vetoEffect = settingRef(schemeSheet, '一票否决效果');
  const columns: TemplateColumn[] = [
    { key: '单位名称', header: '单位名称', width: 16, input: true, text: true },
    ...(byCategory
      ? [{ key: '类别', header: '类别', width: 24, input: true, text: true, list: { values: scheme.categories, error: `类别只能是 ${scheme.categories.join('、')} 之一（与“方案”工作表的 四、类别 一致），请从下拉列表中选择。` } }]
      : []),
    ...scheme.components.map((c): TemplateColumn => ({ key: c.name, header: `${c.column ?? c.name}（${c.weight}${unit === 'percent' ? '%' : '分'}）`, width: 11, input: true, numFmt: '0.00' })),
    { key: '加分', header: '加分', width: 7, input: true, numFmt: '0.00' },
    { key: deductionHeader, header: deductionHeader, width: variant === 'township' ? 9 : 7, input: true, numFmt: '0.00' },
    { key: '一票否决', header: '一票否决', width: 7, input: true, text: true, list: { values: [...YES_NO], error: '请填写“是”或“否”（留空＝否）。' } },
    { key: '取消评优', header: '取消评优', width: 7, input: true, text: true, list: { values: [...YES_NO], error: '请填写“是”或“否”（留空＝否）。' } },
    {
      key: '总分',
      header: '总分',
      width: 9,
      numFmt: '0.00',
      formula: (r) =>
        blankUntilFilled(
          names.map((n) => r.cell(n)),
          weightedTotalFormula({
            terms: names.map((n) => ({ score: r.cell(n), weight: componentWeightRef(schemeSheet, n) })),
            unit,
            deduction: { value: r.cell(deductionHeader), cap: { cell: 'PERF_扣分上限' } },
            bonus: { value: r.cell('加分'), cap: { cell: 'PERF_加分上限' } },
            decimals: { cell: 'PERF_保留小数' },
          }),
        ),
      perf: (r) => {
        const scores = r.span(names[0]!, names[names.length - 1]!);
        const deduct = `PERF.DEDUCT(${r.cell(deductionHeader)},,PERF_扣分上限)`;
        const bonus = `PERF.BONUS(${r.cell('加分')},PERF_加分上限)`;
        // points are the scores themselves: PERF.TOTAL weighs by percent
        if (unit === 'points') return `SUM(${scores})-${deduct}+${bonus}`;
        const weights = `${componentWeightRef(schemeSheet, names[0]!)}:${componentWeightRef(schemeSheet, names[names.length - 1]!).split('!')[1]}`;
        return `PERF.TOTAL(${scores},${weights},${deduct},${bonus})`;
      },
    },
    {
      key: '等次',
      header: '等次',
      width: 7,
      text: true,
      formula: (r) =>
        gradeFormula({
          value: r.cell('总分'),
          decimals: { cell: 'PERF_保留小数' },
          bands: { named: BANDS_RANGE_NAME },
          veto: `AND(${r.cell('一票否决')}="是",${vetoDowngradesCondition(vetoEffect)})`,
        }),
      perf: (r) => `PERF.GRADE(${r.cell('总分')},${BANDS_RANGE_NAME},IF(${vetoDowngradesCondition(vetoEffect)},${r.cell('一票否决')},FALSE))`,
    },
    {
      key: '排名',
      header: '排名',
      width: 7,
      formula: (r) =>
        rankBySettingFormula(
          method,
          { value: r.cell('总分'), values: r.range('总分'), ...(byCategory ? { category: r.cell('类别'), categories: r.range('类别') } : {}) },
          byCategorySetting,
        ),
      perf: (r) => {
        const overall = `PERF.RANK(${r.cell('总分')},${r.range('总分')},,,${method})`;
        if (!byCategory) return overall;
        return `IF(${byCategoryCondition(byCategorySetting)},PERF.RANK(${r.cell('总分')},${r.range('总分')},${r.cell('类别')},${r.range('类别')},${method}),${overall})`;
      },
    },
  ];
  const rows = base ? rowsOn(variant, scheme, base.settings) : samples(variant, names);
  const table = {
    name: SUMMARY_SHEET,
    kind: 'ranking' as const,
    owned: false,
    title: `${scheme.name.replace(/方案$/, '')}综合评估汇总表`,
    preamble: [
      noteRow(
        '黄色单元格由绩效办填写（示例数据请替换）；总分、等次、排名由公式计算，权重、扣分上限、加分上限、保留小数、等次分数线、排名方式、分类排名和一票否决效果取自“方案”工作表，修改方案即重新计算。' +
          '一键排名读取本表：总分按方案保留小数四舍五入，与排名表一致。' +
          `增加单位：选中最后一行向下填充（公式、格式随之复制）；排名公式已包含其下 ${SPARE_ROWS} 行。`,
      ),
    ],
    columns,
    rows,
    orientation: 'landscape' as const,
    footer: scheme.name,
    spareRows: SPARE_ROWS,
  };
  const draft = tableSheetPlan(table, SUMMARY_SHEET);
  const computed = engineValues(schemeSheet, draft.sheet, base !== undefined);
  const filled = tableSheetPlan({ ...table, rows: rows.map((r, i) => ({ ...r, ...computed[i] })) }, SUMMARY_SHEET);
  return { sheets: [schemeSheet, filled.sheet], record: filled.record };
}

/** 总分, 等次 and 排名 of each sample row as PERF's one-click ranking computes them. */
function engineValues(scheme: SheetPlan, summary: SheetPlan, onWorkbookScheme: boolean): Row[] {
  const r = runRanking([sheetDataOf(scheme), sheetDataOf(summary)], { now: new Date(0), sheet: SUMMARY_SHEET });
  if (!r.ok && onWorkbookScheme)
    throw invalid(`按工作簿的方案建${SUMMARY_SHEET}时无法计算：${r.problems.map((p) => p.message).join('；')}。请先改正方案表，再插入模板`);
  if (!r.ok) throw new Error(`template ${SUMMARY_SHEET}: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.result.units.map((u) => ({ 总分: u.total === null ? null : u.total.toNumber(), 等次: u.grade, 排名: u.rank }));
}

export const SUMMARY_TEMPLATE: TemplateDefinition = {
  name: SUMMARY_SHEET,
  aliases: ['summary'],
  purpose: '综合评估汇总：各项得分按方案权重合计，加分、扣分（封顶）、一票否决、取消评优，总分、等次、分类排名；一键排名读取本表',
  variants: VARIANTS,
  plan: (variant) => summaryPlan(variant as SchemeVariant),
  planOn: (variant, base) => summaryPlan(variant as SchemeVariant, base),
};

export type { RecordEntry };
