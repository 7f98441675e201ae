/**
 * The Chinese names of every PERF function's parameters: what messages call an argument.
 * The zh-CN metadata takes them from the @zhparam tags in functions.ts; a unit test
 * (test/functions/params.test.ts) fails when the two differ.
 */
export const PARAMS = {
  WEIGHTED: { scores: '得分', weights: '权重', weight_sum: '权重合计' },
  TOTAL: { scores: '得分', weights: '权重', deduction: '扣分', bonus: '加分' },
  SCALE: { score: '得分', full: '满分', points: '折算分值' },
  DEDUCT: { items: '扣分项', each: '每次扣分', cap: '扣分上限' },
  BONUS: { items: '加分项', cap: '加分上限' },
  GRADE: { score: '得分', bands: '等次表', downgrade: '一票否决' },
  RANK: { score: '得分', scores: '得分区域', group: '分类', groups: '分类区域', method: '排名方式' },
  RANKS: { scores: '得分区域', groups: '分类区域', method: '排名方式' },
  QUOTA: { count: '参评单位数', share: '比例', rounding: '取整方式' },
  AWARD: { rank: '名次', grade: '等次', tiers: '奖项表', eligible: '评优资格', bands: '等次表' },
  TRIMMEAN: { scores: '评分', drop_high: '去掉最高分个数', drop_low: '去掉最低分个数' },
  SATISFACTION: { counts: '票数', values: '分值' },
  COMPLETION: { actual: '实际值', target: '目标值', points: '分值', cap: '上限', lower_is_better: '越低越好' },
  LINEAR: { actual: '实际值', floor: '起评值', target: '目标值', points: '分值' },
  RATING: { rating: '评价', points: '分值', table: '评价表' },
  RANKPOINTS: { rank: '名次', table: '名次分值表' },
} as const;
