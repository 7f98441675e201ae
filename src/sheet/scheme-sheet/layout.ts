import { normaliseText } from '../../engine/cell';
import { matchKey } from '../../engine/match';
import type { Dec } from '../../engine/decimal';
import { ONE } from '../../engine/decimal';

/**
 * The layout of the 方案 sheet, shared by the writer and the reader: block titles,
 * column headers (with the other words clerks use), and the rows of 基本设置.
 * A block is a title row (“二、考核构成”), optional note rows, a header row, and data rows
 * up to the next title. The reader finds everything by its words, not by position, so a
 * clerk may add or delete rows inside a block.
 */
export const SCHEME_SHEET_NAME = '方案';

export type BlockId = 'settings' | 'components' | 'bands' | 'categories' | 'places' | 'singles' | 'distribution' | 'office' | 'roster' | 'ratings' | 'tiers' | 'ranks';

/** Blocks a 方案 sheet may leave out without a warning: what they hold has a plain default. */
export const OPTIONAL_BLOCKS: readonly BlockId[] = ['distribution', 'office', 'roster', 'ratings', 'tiers', 'ranks'];

export interface ColumnDef {
  key: string;
  header: string;
  aliases: readonly string[];
}

export interface BlockDef {
  id: BlockId;
  title: string;
  aliases: readonly string[];
  note: string;
  columns: readonly ColumnDef[];
}

const col = (key: string, header: string, ...aliases: string[]): ColumnDef => ({ key, header, aliases });

/** A block of one setting a row: 基本设置 and 公示设置. */
const SETTING_COLUMNS: readonly ColumnDef[] = [col('key', '项目', '设置项', '名称'), col('value', '设置', '值', '内容', '设置值'), col('note', '说明', '备注')];

export const BLOCKS: readonly BlockDef[] = [
  {
    id: 'settings',
    title: '一、基本设置',
    aliases: ['基本设置', '基本信息', '总体设置', '设置'],
    note: '',
    columns: SETTING_COLUMNS,
  },
  {
    id: 'components',
    title: '二、考核构成',
    aliases: ['考核构成', '考核内容', '评估构成', '指标权重', '权重'],
    note:
      '各项权重合计 100%（权重单位为分值时，合计等于满分）；写了“上级”的项目是上级的组成部分，下级之和必须等于上级。' +
      '对应列留空＝按名称匹配汇总表的表头。本块不填任何项目＝按汇总表表头中写的权重计算。',
    columns: [
      col('name', '名称', '项目', '考核内容', '构成', '项目名称'),
      col('weight', '权重', '分值', '比例', '占比', '权重分值'),
      col('parent', '上级', '上级项目', '所属', '所属项目'),
      col('column', '对应列（汇总表表头）', '对应列', '表头', '对应表头', '列名'),
    ],
  },
  {
    id: 'bands',
    title: '三、等次',
    aliases: ['等次', '等次划分', '等次标准', '评定等次', '等级'],
    note: '总分 ≥ 下限即为该等次；最低等次的下限留空。上限可不填（自动为上一等次的下限）；填了会核对是否与上一等次重叠或留出空档。',
    columns: [
      col('label', '等次', '等次名称', '等级', '名称'),
      col('min', '下限（含）', '下限', '分数线', '最低分'),
      col('max', '上限（不含）', '上限', '最高分'),
    ],
  },
  {
    id: 'categories',
    title: '四、类别',
    aliases: ['类别', '分类', '单位类别', '类别设置'],
    note: '分类排名的单位类别；不填＝按汇总表中出现的类别。汇总表中出现方案没有的类别时会提示。',
    columns: [col('index', '序号', '编号'), col('name', '类别名称', '类别', '名称', '分类')],
  },
  {
    id: 'places',
    title: '五、奖项（按名次）',
    aliases: ['奖项', '名次奖', '奖项设置', '综合奖', '按名次奖项'],
    note:
      '同一规则中的奖项依次占用名次（如 一等奖 1 名、二等奖 2 名、三等奖 2 名）。类别留空＝每个类别名额相同；' +
      '按类别设名额时每个类别写一行。名额可写比例（如 40%）。最低等次留空＝不限。适用类别留空＝全部类别（多个用“、”分隔）。',
    columns: [
      col('rule', '规则', '规则号', '组'),
      col('name', '奖项名称', '奖项', '名称'),
      col('category', '类别', '分类', '名额类别'),
      col('count', '名额', '数量', '个数', '名额比例'),
      col('minGrade', '最低等次', '等次要求', '最低等级'),
      col('scope', '适用类别', '适用范围'),
    ],
  },
  {
    id: 'singles',
    title: '六、单项奖',
    aliases: ['单项奖', '单项奖项', '单项工作奖'],
    note: '每个单项奖一行。参评单位用“、”分隔，留空＝全部单位；排名依据列留空＝按总分排名，填汇总表的列名＝按该列（单项工作贡献）排名。',
    columns: [
      col('name', '奖项名称', '奖项', '名称'),
      col('area', '方面', '领域', '所属方面'),
      col('count', '名额', '数量', '个数'),
      col('minGrade', '最低等次', '等次要求', '最低等级'),
      col('rankBy', '排名依据列', '排名依据', '依据列'),
      col('eligible', '参评单位', '参评部门', '参考名单', '单位名单', '可获奖单位'),
    ],
  },
  {
    id: 'distribution',
    title: '七、强制分布',
    aliases: ['强制分布', '等次比例', '比例限制', '等次比例限制'],
    note: '例如 优秀 不超过 20%：名额按“名额取整”计算，并列在分界处的单位按“并列处理”。',
    columns: [
      col('grade', '等次', '等级'),
      col('maxShare', '比例上限', '最高比例', '比例', '上限'),
      col('scope', '范围', '计算范围'),
      col('rounding', '名额取整', '取整'),
      col('ties', '并列处理', '并列'),
    ],
  },
  {
    id: 'office',
    title: '八、公示设置',
    aliases: ['公示设置', '公示', '发布设置', '本单位设置'],
    note: '本单位自己的设置，不随方案文件下发：公示表的标题、发布单位、公示期、公布哪些得分列、页脚的制表人和审核人。留空＝按默认。',
    columns: SETTING_COLUMNS,
  },
  {
    id: 'roster',
    title: '九、单位名册',
    aliases: ['单位名册', '名册', '参评单位名册', '单位名单'],
    note: '参评单位的规范名称、类别和其他名称（简称、曾用名，多个用“、”分隔）：收集各单位报送的表格时按本名册认单位。',
    columns: [col('name', '单位名称', '单位', '名称', '规范名称'), col('category', '类别', '分类'), col('aliases', '其他名称', '简称', '别名', '曾用名')],
  },
  // The lookup tables other sheets' formulas read by name (PERF_评价比例 …): after the office's
  // blocks so that the rows the earlier blocks' formulas refer to stay where they were.
  {
    id: 'ratings',
    title: '十、定性评价比例',
    aliases: ['定性评价比例', '定性评价折算', '评价比例', '评价折算', '定性指标折算'],
    note: '定性评价的任务得分＝分值 × 该评价的比例（任务分解表的公式按名称 PERF_评价比例 查本表）。比例在 0% 到 100% 之间；改比例，得分随之重算。',
    columns: [col('rating', '评价', '评价等级', '定性评价'), col('share', '比例', '折算比例', '得分比例', '得分率')],
  },
  {
    id: 'tiers',
    title: '十一、档次分值',
    aliases: ['档次分值', '档次赋分', '领导评估档次分值', '对号档次分值'],
    note: '政府领导对县（区）对号到三个档次，相应赋分（种子 002 四(三)5）：领导评估表按名称 PERF_档次分值 查本表。',
    columns: [col('tier', '档次', '等档', '档位'), col('points', '分值', '赋分', '得分')],
  },
  {
    id: 'ranks',
    title: '十二、名次分值',
    aliases: ['名次分值', '排名分值', '排名对应分值', '排名对应的分值', '名次赋分'],
    note: '分管领导对部门排名，排名对应的分值由绩效办统一设定（种子 002 四(三)5）：领导评估表按名称 PERF_名次分值 查本表。名次写 1、2、3……，每个名次一行。',
    columns: [col('rank', '名次', '排名', '位次'), col('points', '分值', '赋分', '得分')],
  },
];

/** The rows of 八、公示设置, in the order written: the OfficeSettings field each one holds. */
export interface OfficeSettingDef {
  key: 'title' | 'publisher' | 'publicityFrom' | 'publicityTo' | 'publishedComponents' | 'publishRemarks' | 'preparedBy' | 'reviewedBy';
  label: string;
  aliases: readonly string[];
  note: string;
}

export const OFFICE_SETTINGS: readonly OfficeSettingDef[] = [
  { key: 'title', label: '公示标题', aliases: ['标题', '表格标题'], note: '留空＝用汇总表自己的标题' },
  { key: 'publisher', label: '发布单位', aliases: ['发布机关', '公布单位'], note: '如 “××县绩效考评工作领导小组办公室”' },
  { key: 'publicityFrom', label: '公示开始', aliases: ['公示开始日期', '公示起'], note: '如 2026年1月5日' },
  { key: 'publicityTo', label: '公示结束', aliases: ['公示结束日期', '公示止'], note: '如 2026年1月11日' },
  { key: 'publishedComponents', label: '公布的得分列', aliases: ['公示得分列', '公布得分列'], note: '汇总表的列名，多个用“、”分隔；留空＝全部公布' },
  { key: 'publishRemarks', label: '公布备注', aliases: ['公示备注'], note: '是＝汇总表的备注列也公示；否＝只留在核对表' },
  { key: 'preparedBy', label: '制表人', aliases: ['制表'], note: '印在页脚；留空＝留出手写位置' },
  { key: 'reviewedBy', label: '审核人', aliases: ['审核'], note: '印在页脚；留空＝留出手写位置' },
];

export function blockDef(id: BlockId): BlockDef {
  return BLOCKS.find((b) => b.id === id)!;
}

/** The settings of 基本设置, in the order written: the JSON path each one holds. */
export interface SettingDef {
  path: string;
  label: string;
  aliases: readonly string[];
  note: string;
  /** Defined name for the value cell, for formulas. */
  definedName?: string;
}

export const SETTINGS: readonly SettingDef[] = [
  { path: 'name', label: '方案名称', aliases: ['名称'], note: '如 “2024年度市政府工作部门绩效评估方案”' },
  { path: 'fullScore', label: '满分', aliases: ['基本分', '总分满分', '满分值'], note: '如 100', definedName: 'PERF_满分' },
  { path: 'weightUnit', label: '权重单位', aliases: ['权重方式'], note: '百分比（各项合计 100%）或 分值（各项合计等于满分）' },
  { path: 'decimals', label: '保留小数', aliases: ['保留小数位数', '小数位数'], note: '总分四舍五入保留几位小数后再评等次和排名；留空＝不舍入', definedName: 'PERF_保留小数' },
  { path: 'ranking.method', label: '排名方式', aliases: ['排名方法'], note: '竞争排名（1,2,2,4）或 中国式排名（1,2,2,3）' },
  { path: 'ranking.byCategory', label: '分类排名', aliases: ['按类别排名', '分类别排名'], note: '是＝各类别分别排名；否＝全部单位一起排名' },
  { path: 'ranking.tieBreak', label: '并列比较列', aliases: ['并列时比较', '同分比较列', '并列比较'], note: '总分相同时依次比较的列（汇总表的列名，多个用“、”分隔）；留空＝并列' },
  { path: 'deductionCap', label: '扣分上限', aliases: ['扣分封顶', '最多扣分'], note: '如 3（扣满 3 分为止）；留空＝不设上限', definedName: 'PERF_扣分上限' },
  { path: 'bonusCap', label: '加分上限', aliases: ['加分封顶', '最多加分'], note: '留空＝不设上限', definedName: 'PERF_加分上限' },
  { path: 'veto.effect', label: '一票否决效果', aliases: ['一票否决'], note: '降低一个等次、取消评优资格，或 降低一个等次并取消评优资格' },
  { path: 'awardSettings.quotaRounding', label: '名额取整', aliases: ['比例名额取整', '名额取整方式'], note: '按比例算出的名额：四舍五入、向下取整 或 向上取整' },
  { path: 'awardSettings.vacancy', label: '空缺名额', aliases: ['名额空缺', '空缺处理'], note: '名次上的单位等次不够或被取消评优时：留空 或 顺延给下一名' },
  { path: 'awardSettings.exclusive', label: '综合奖与单项奖不兼得', aliases: ['不兼得', '综合奖单项奖不兼得'], note: '是＝已获综合奖的单位不再获单项奖，单项奖顺延给下一个单位' },
  { path: 'awardSettings.maxSinglePerUnit', label: '每单位单项奖上限', aliases: ['单项奖上限', '每单位最多单项奖'], note: '一个单位最多获几个单项奖；留空＝不限' },
];

/** Header and title words: the one matching rule (matchKey), less an explanation in brackets and colons ("下限（含）" = "下限"). */
export function wordKey(s: string): string {
  return matchKey(s).replace(/\(.*?\)/g, '').replace(/[():]/g, '');
}

const NUMBERING = /^(?:[一二三四五六七八九十]+|\d+)[、.．]\s*/;

/** The block a title cell names, or null. */
export function blockOfTitle(text: string): BlockId | null {
  const k = wordKey(normaliseText(text).replace(NUMBERING, ''));
  if (k === '') return null;
  for (const b of BLOCKS) if ([b.title.replace(NUMBERING, ''), ...b.aliases].some((a) => wordKey(a) === k)) return b.id;
  return null;
}

/** The column key a header cell names within a block, or null. */
export function columnOfHeader(block: BlockDef, text: string): string | null {
  const k = wordKey(text);
  if (k === '') return null;
  for (const c of block.columns) if ([c.header, ...c.aliases].some((a) => wordKey(a) === k)) return c.key;
  return null;
}

export function settingOfLabel(text: string): SettingDef | null {
  const k = wordKey(text);
  return SETTINGS.find((s) => [s.label, ...s.aliases].some((a) => wordKey(a) === k)) ?? null;
}

export function officeSettingOfLabel(text: string): OfficeSettingDef | null {
  const k = wordKey(text);
  return OFFICE_SETTINGS.find((s) => [s.label, ...s.aliases].some((a) => wordKey(a) === k)) ?? null;
}

/**
 * Percent weights written as fractions (0.8, 0.2: what a cell formatted as a percentage holds)
 * rather than percent (80, 20): every top-level weight is at most 1 and they sum to exactly 1.
 * The writer avoids writing numbers that this would misread; the reader multiplies by 100.
 */
export function looksLikeFractions(topLevel: readonly Dec[]): boolean {
  if (topLevel.length === 0) return false;
  let total = topLevel[0].minus(topLevel[0]);
  for (const w of topLevel) {
    if (w.gt(ONE) || w.isNegative()) return false;
    total = total.plus(w);
  }
  return total.eq(ONE);
}

/** Separators of a list in one cell: 、 , ， ; ； and line breaks. */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export const LIST_SEPARATOR = '、';

/** Excel's rules for a defined name: a letter (CJK included), _ or \ first; then letters, digits, _ and .; not a cell reference. */
export function isExcelName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  return true;
}

export const BANDS_RANGE_NAME = 'PERF_等次表';
export const CATEGORIES_RANGE_NAME = 'PERF_类别';
/** Two columns each (label, value), for VLOOKUP(…,name,2,FALSE) in any spreadsheet. */
export const RATING_RANGE_NAME = 'PERF_评价比例';
export const TIER_RANGE_NAME = 'PERF_档次分值';
export const RANK_RANGE_NAME = 'PERF_名次分值';
