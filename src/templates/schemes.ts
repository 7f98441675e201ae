import { defaultRankPoints, defaultRatingShares, defaultScheme, defaultTierPoints } from '../engine/scheme/defaults';
import type { ComponentRule, Scheme } from '../engine/scheme/types';

/**
 * The schemes the templates start from, as the seeds write them (../shared/seeds):
 * a clerk edits them on the 方案 sheet. Each is data; nothing here computes.
 */
const c = (name: string, weight: string): ComponentRule => ({ name, weight });

/** Seed 002 §四: the seven sources of the total, in percent (they sum to 100). */
const SEVEN_SOURCES: ComponentRule[] = [
  c('基础工作评估', '3'),
  c('跟踪评估', '6'),
  c('自我评估', '1'),
  c('共性工作目标评估', '9'),
  c('民主评估', '15'),
  c('重点工作目标评估', '36'),
  c('政府领导加权评估', '30'),
];

export const DEPARTMENT_CATEGORIES = ['经济调节和经济管理类', '社会管理和政务管理类', '市场监管和执法监管类'];

export type SchemeVariant = 'county' | 'department' | 'township' | 'bureau';

/**
 * Every template scheme carries the 定性评价 shares its task breakdowns score with; the county
 * scheme the leaders' tier points, the department scheme their rank points (seed 002 四(三)5).
 */
export function templateScheme(variant: SchemeVariant): Scheme {
  const base = { ...defaultScheme(), ratingShares: defaultRatingShares() };
  switch (variant) {
    case 'county':
      return {
        ...base,
        name: '县（区）政府绩效评估方案',
        components: SEVEN_SOURCES,
        tierPoints: defaultTierPoints(),
        decimals: 2,
        ranking: { method: 'competition', byCategory: false, tieBreak: [] },
        awards: [
          {
            kind: 'places',
            categories: [],
            tiers: [
              { name: '一等奖', count: '1', minGrade: '优秀' },
              { name: '二等奖', count: '2', minGrade: '良好' },
              { name: '三等奖', count: '2', minGrade: '良好' },
            ],
          },
        ],
      };
    case 'department':
      return {
        ...base,
        name: '市政府工作部门绩效评估方案',
        components: SEVEN_SOURCES,
        rankPoints: defaultRankPoints(),
        decimals: 2,
        categories: DEPARTMENT_CATEGORIES,
        awards: [
          {
            kind: 'places',
            categories: [],
            tiers: [{ name: '综合奖', count: { [DEPARTMENT_CATEGORIES[0]]: '40%', [DEPARTMENT_CATEGORIES[1]]: '20%', [DEPARTMENT_CATEGORIES[2]]: '20%' }, minGrade: '优秀' }],
          },
        ],
      };
    case 'township':
      // seed 004 篇一: 良好 "85分(含80分)以上" says both 85 and 80: written as 80 here, the office decides on 方案
      return {
        ...base,
        name: '乡镇绩效评估方案',
        components: [c('指标考核', '80'), c('公众评议', '20')],
        bands: [
          { label: '优', min: '90' },
          { label: '良好', min: '80' },
          { label: '一般', min: '75' },
          { label: '差', min: null },
        ],
        deductionCap: '3',
        decimals: 2,
        ranking: { method: 'competition', byCategory: false, tieBreak: [] },
      };
    case 'bureau':
      // seed 004 篇四: 业绩 60% + 机关效能 40%; 优秀 ≥ 95, 合格 75–95 (含75), 不合格 < 75
      return {
        ...base,
        name: '局机关科室绩效考核方案',
        components: [c('业绩', '60'), c('机关效能', '40')],
        bands: [
          { label: '优秀', min: '95' },
          { label: '合格', min: '75' },
          { label: '不合格', min: null },
        ],
        decimals: 2,
        ranking: { method: 'competition', byCategory: false, tieBreak: [] },
      };
  }
}
