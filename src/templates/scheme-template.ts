import type { WorkbookSettings } from '../engine/scheme/office';
import type { Scheme } from '../engine/scheme/types';
import type { SheetPlan } from '../sheet/plan';
import { schemeToSheetPlan } from '../sheet/scheme-sheet';
import type { TemplateDefinition } from './model';
import { templateScheme, type SchemeVariant } from './schemes';

/** The 方案 sheet a template writes: the sheet PERF reads and writes (its wrapped notes given room to print), with the workbook's office blocks when built on them. */
export function templateSchemeSheet(scheme: Scheme, settings?: WorkbookSettings): SheetPlan {
  return schemeToSheetPlan(scheme, settings);
}

/** A workbook's scheme with the lookup tables it lacks (定性评价比例, 档次分值, 名次分值) taken from a template's scheme; every rule it has is kept. */
export function withTablesFrom(base: Scheme, template: Scheme): Scheme {
  const out: Scheme = { ...base };
  if (!base.ratingShares?.length && template.ratingShares) out.ratingShares = template.ratingShares;
  if (!base.tierPoints?.length && template.tierPoints) out.tierPoints = template.tierPoints;
  if (!base.rankPoints?.length && template.rankPoints) out.rankPoints = template.rankPoints;
  return out;
}

export const SCHEME_VARIANTS = [
  { id: 'county', label: '县（区）政府：七项评估 3/6/1/9/15/36/30，等次 90/80/60，一、二、三等奖 1/2/2（种子 002）' },
  { id: 'department', label: '市政府工作部门：七项评估，三类分别排名，综合奖 40%/20%/20%（种子 002）' },
  { id: 'township', label: '乡镇：指标考核 80 + 公众评议 20，察访核验扣分最多 3 分，等次 90/80/75（种子 004 篇一）' },
  { id: 'bureau', label: '局机关科室：业绩 60 + 机关效能 40，等次 95/75（种子 004 篇四）' },
] as const;

export const SCHEME_TEMPLATE: TemplateDefinition = {
  name: '方案',
  aliases: ['scheme'],
  purpose: '考评方案：权重、等次分数线、扣分和加分上限、保留小数、排名方式、奖项、定性评价比例、领导评估的档次或名次分值；其他模板的公式按名称引用本表（PERF_等次表、PERF_扣分上限、PERF_评价比例 等）',
  variants: SCHEME_VARIANTS,
  plan: (variant) => ({ sheets: [templateSchemeSheet(templateScheme(variant as SchemeVariant))] }),
};
