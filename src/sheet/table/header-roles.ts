import type { ColumnRole } from '../source-table';

/*
 * Header words, matched on the compact name (full-width folded, spaces removed,
 * weight taken out). Unit headers must match whole: a title such as
 * "各县(区)绩效考评结果" must not pass for a unit column.
 */
export const UNIT_HEADERS = [
  '单位', '单位名称', '被考核单位', '被考评单位', '被考核单位名称', '考核单位', '考核对象', '被考核对象',
  '县(区)', '县区', '县(市、区)', '县(市,区)', '县(市区)', '县市区', '区县', '县(市)',
  '乡镇', '乡镇(街道)', '乡镇街道', '乡(镇)', '镇(街道)', '街道',
  '部门', '部门名称', '单位(部门)', '部门(单位)', '科室', '科室名称', '股室', '处室',
  '村(居)', '村居', '村(社区)', '名称',
];
const UNIT = new Set(UNIT_HEADERS);
/** Words that join several unit words in one header: "村(居)、单位", "乡镇/部门". */
const UNIT_JOINERS = /[、,/和及与]/;
/** Words around a unit word that keep it a unit header: "被考核单位名称", "参评单位", "考核对象名称". */
const UNIT_AFFIXES = /^(被|参评|参加考核的?|参与考评的?)|(名称|全称|名单)$/g;

/**
 * A unit header: a unit word alone, unit words joined ("村(居)、单位"), or a unit word
 * with a prefix or suffix that keeps its meaning ("被考核单位名称"). A title that merely
 * contains a unit word ("各县(区)绩效考评结果") is none.
 */
export function isUnitHeader(name: string): boolean {
  if (UNIT.has(name)) return true;
  const parts = name.split(UNIT_JOINERS).filter((p) => p !== '');
  if (parts.length > 1 && parts.every((p) => isUnitHeader(p))) return true;
  const bare = name.replace(UNIT_AFFIXES, '');
  return bare !== name && bare !== '' && UNIT.has(bare);
}

const VETO = /一票否决/;
const EXCLUDE = /(取消|不得|不参加|不参与)评(先)?(评)?优|取消评先/;
/** 序号, 排名, 等次, 备注… and explanations of a score ("扣分原因") are not scores. */
const OTHER = /序号|编号|排名|排序|名次|位次|等次|等级|备注|说明|原因|事由|依据/;
const DEDUCTION = /扣分|减分/;
const BONUS = /加分/;
const TOTAL = /总分|综合得分|最终得分|考评得分|得分合计|合计得分|总得分|综合评分|考核总分/;
const TOTAL_EXACT = new Set(['合计', '总计', '得分总计']);
const CATEGORY = /(类别|分类|类型|组别)$/;

/**
 * The role a header name gives its column, or null when the name is no header
 * word at all. A weighted name nothing else claims is a component.
 */
export function roleOfName(name: string, weighted: boolean): ColumnRole | null {
  if (VETO.test(name)) return 'veto';
  if (EXCLUDE.test(name)) return 'exclude';
  if (OTHER.test(name)) return 'other';
  if (DEDUCTION.test(name)) return 'deduction';
  if (BONUS.test(name)) return 'bonus';
  if (TOTAL.test(name) || TOTAL_EXACT.has(name)) return 'total';
  // A weight makes a score: "县区(3%)" under 民主评估 is the rating by the counties, no unit column.
  if (weighted) return 'component';
  if (CATEGORY.test(name)) return 'category';
  if (isUnitHeader(name)) return 'unit';
  return null;
}

/** Roles that hold a score the ranking adds up. */
export function isScoreRole(role: ColumnRole): boolean {
  return role === 'total' || role === 'component' || role === 'deduction' || role === 'bonus';
}

/** What a summary table's header must contain, for messages. */
export const EXPECTED_HEADERS =
  '一行表头，包含‘单位’列（单位、单位名称、被考核单位、县(区)、乡镇、部门、科室、村(居)、名称等）' +
  '和得分列（总分、综合得分、最终得分、考评得分、得分合计，或写明权重的分项，如‘指标考核(80%)’‘公众评议（20%）’）';
