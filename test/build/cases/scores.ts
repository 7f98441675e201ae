/**
 * Excel-shaped calls of the 12 scoring functions, run against the BUILT bundle by the build test
 * (and against the source by test/functions/scores/cases.test.ts). Ranges are 2-D arrays (a row
 * [[a, b]], a column [[a], [b]]); omitted optional arguments are null; blanks inside ranges are ""
 * or null; a blank single cell is null on the web and 0 on desktop Excel — each such pair below
 * shows the documented result for both.
 */
import type { FunctionCase } from '../case-types';

const na = (messageIncludes?: string) => ({ error: 'na' as const, messageIncludes });
const value = (messageIncludes?: string) => ({ error: 'value' as const, messageIncludes });

const TWELVE = [[70.1, 74.1, 64.7, 48.8, 40.4, 79.2, 78.5, 61.7, 62, 51.9, 53.5, 60.1]];
const TWELVE_WEIGHTS = [[5, 5, 5, 5, 5, 5, 5, 5, 15, 15, 15, 15]];

export const cases: FunctionCase[] = [
  // WEIGHTED(scores, weights, [weight_sum])
  { id: 'WEIGHTED', args: [[[90, 80]], [[0.8, 0.2]], null], expect: 88 },
  { id: 'WEIGHTED', args: [[[90], [80]], [[80, 20]], null], expect: 88, note: 'a column and a row pair up; percent points' },
  { id: 'WEIGHTED', args: [[['９０', '80分']], [['80%', '20%']], null], expect: 88, note: 'numeric text' },
  { id: 'WEIGHTED', args: [[[90, 80, 70, 60, 100]], [[5, 3, 3, 2, 2]], 15], expect: 12.2, note: 'rater groups worth 15 points' },
  { id: 'WEIGHTED', args: [[[90, 80, 70]], [[1 / 3, 1 / 3, 1 / 3]], null], expect: 80, note: '=1/3 weights' },
  { id: 'WEIGHTED', args: [TWELVE, TWELVE_WEIGHTS, null], expect: 60, note: 'float Σ is 59.99999999999999' },
  { id: 'WEIGHTED', args: [[[90, '', 70]], [[0.5, 0.3, 0.2]], null], expect: na('第2项得分为空：尚未填写') },
  { id: 'WEIGHTED', args: [[[90, null, 70]], [[0.5, 0.3, 0.2]], null], expect: na('第2项得分为空') },
  { id: 'WEIGHTED', args: [[[90, '缺考']], [[0.5, 0.5]], null], expect: value('“缺考” 不是数字') },
  { id: 'WEIGHTED', args: [[[90, 80]], [[60, 35]], null], expect: value('各项权重合计为 95') },
  { id: 'WEIGHTED', args: [[[90, 80, 70]], [[0.5, 0.5]], null], expect: value('数量不一致') },
  { id: 'WEIGHTED', args: [[[90, 80]], [[0.5, 0.5]], 0], expect: value('桌面版 Excel'), note: 'weight_sum from a blank cell on desktop' },

  // TOTAL(scores, weights, [deduction], [bonus])
  { id: 'TOTAL', args: [[[90, 80]], [[0.8, 0.2]], 3, 1.5], expect: 86.5 },
  { id: 'TOTAL', args: [[[90, 80]], [[0.8, 0.2]], null, null], expect: 88, note: 'web blank deduction/bonus' },
  { id: 'TOTAL', args: [[[90, 80]], [[0.8, 0.2]], 0, 0], expect: 88, note: 'desktop blank deduction/bonus' },
  { id: 'TOTAL', args: [[[90, 80]], [[0.8, 0.2]], -3, null], expect: value('扣分请填写正数') },
  { id: 'TOTAL', args: [[[90, null]], [[0.8, 0.2]], 3, null], expect: na('第2项得分为空') },

  // SCALE(score, full, points)
  { id: 'SCALE', args: [85, 100, 20], expect: 17 },
  { id: 'SCALE', args: ['85分', '100', 20], expect: 17 },
  { id: 'SCALE', args: [null, 100, 20], expect: na('得分为空：尚未填写'), note: 'web blank score' },
  { id: 'SCALE', args: [0, 100, 20], expect: 0, note: 'desktop blank score is 0' },
  { id: 'SCALE', args: [85, 0, 20], expect: value('满分为 0，应大于 0') },

  // DEDUCT(items, [each], [cap])
  { id: 'DEDUCT', args: [[[0.5], [''], [null], [1]], null, null], expect: 1.5 },
  { id: 'DEDUCT', args: [[[2, 1, '']], 0.5, null], expect: 1.5, note: 'counts × 0.5' },
  { id: 'DEDUCT', args: [[[1, 1.5, 2]], null, 3], expect: 3, note: '扣满3分为止' },
  { id: 'DEDUCT', args: [[[1, 2.5]], 0.5, null], expect: value('第2项次数为 2.5') },
  { id: 'DEDUCT', args: [[[1, -2]], null, null], expect: value('第2项扣分为 -2') },
  { id: 'DEDUCT', args: [[[2]], null, 0], expect: value('扣分上限为 0'), note: 'desktop blank cap' },
  { id: 'DEDUCT', args: [[['', null]], null, null], expect: 0, note: 'nothing deducted' },

  // BONUS(items, [cap])
  { id: 'BONUS', args: [[[1, '', 0.5]], null], expect: 1.5 },
  { id: 'BONUS', args: [[[2, 2]], 3], expect: 3 },
  { id: 'BONUS', args: [[[8.5, 5.3, 1.7, 4.5, 9.4, 2.4, 4.5, 3.3, 5.1, 8.4, 4.4, 2.5]], null], expect: 60, note: 'float Σ is 59.99999999999999' },
  { id: 'BONUS', args: [[[2, -1]], null], expect: value('第2项加分为 -1') },

  // GRADE(score, [bands], [downgrade])
  { id: 'GRADE', args: [89.99999999999999, null, null], expect: '优秀' },
  { id: 'GRADE', args: [59.99999999999999, null, null], expect: '一般', note: 'twelve one-decimal scores, float sum' },
  { id: 'GRADE', args: [79.5, null, null], expect: '一般' },
  { id: 'GRADE', args: ['９０分', null, null], expect: '优秀' },
  { id: 'GRADE', args: [94.9, [['优秀:95,合格:75,不合格']], null], expect: '合格' },
  { id: 'GRADE', args: [80, [[75, '合格'], [null, '不合格'], [95, '优秀']], null], expect: '合格', note: 'bands range in any order' },
  { id: 'GRADE', args: [95, null, '是'], expect: '良好', note: '一票否决 lowers one level' },
  { id: 'GRADE', args: [95, null, 2], expect: '一般' },
  { id: 'GRADE', args: [50, null, true], expect: '较差', note: 'never below the bottom band' },
  { id: 'GRADE', args: [95, null, 0], expect: '优秀', note: 'desktop blank downgrade' },
  { id: 'GRADE', args: [null, null, null], expect: na('得分为空：尚未填写'), note: 'web blank score' },
  { id: 'GRADE', args: [0, null, null], expect: '较差', note: 'desktop blank score is 0: the task pane Check finds it' },
  { id: 'GRADE', args: ['优秀', null, null], expect: value('不是数字') },
  { id: 'GRADE', args: [85, [['优秀:90,良好:80']], null], expect: value('缺少最低等次') },

  // TRIMMEAN(scores, [drop_high], [drop_low])
  { id: 'TRIMMEAN', args: [[[95, '', 60, 80, null, 85, 90]], null, null], expect: 85 },
  { id: 'TRIMMEAN', args: [[[100, 99, 80, 70, 1]], 2, 1], expect: 75 },
  { id: 'TRIMMEAN', args: [[[100, 90, 80]], 0, 0], expect: 90, note: 'desktop blank drop counts drop none' },
  { id: 'TRIMMEAN', args: [[[90, 80]], null, null], expect: value('没有剩余') },
  { id: 'TRIMMEAN', args: [[['', null]], null, null], expect: na('评分全部为空') },

  // SATISFACTION(counts, [values])
  { id: 'SATISFACTION', args: [[[50, 30, 20]], null], expect: 68 },
  { id: 'SATISFACTION', args: [[[3, 1]], [[100], [0]]], expect: 75 },
  { id: 'SATISFACTION', args: [[[3, '', 1]], null], expect: 75, note: 'a blank count is nobody' },
  { id: 'SATISFACTION', args: [[['', '', '']], null], expect: na('没有评价票数') },
  { id: 'SATISFACTION', args: [[[1, 2, 3]], [[100, 0]]], expect: value('数量不一致') },

  // COMPLETION(actual, target, points, [cap], [lower_is_better])
  { id: 'COMPLETION', args: [80, 100, 10, null, null], expect: 8 },
  { id: 'COMPLETION', args: [130, 100, 10, 1.2, null], expect: 12 },
  { id: 'COMPLETION', args: [5, 4, 10, null, true], expect: 8, note: 'lower is better' },
  { id: 'COMPLETION', args: [0, 0, 10, null, '是'], expect: 10, note: 'zero target met' },
  { id: 'COMPLETION', args: [1, 0, 10, null, '是'], expect: 0, note: 'zero target missed' },
  { id: 'COMPLETION', args: [5, 0, 10, null, null], expect: value('目标值为 0') },
  { id: 'COMPLETION', args: [null, 100, 10, null, null], expect: na('实际值为空：尚未填写'), note: 'web blank actual' },
  { id: 'COMPLETION', args: [0, 100, 10, 0, 0], expect: value('上限为 0'), note: 'desktop blanks: cap 0 is rejected' },
  { id: 'COMPLETION', args: [0, 100, 10, null, 0], expect: 0, note: 'desktop blank actual is 0' },

  // LINEAR(actual, floor, target, points)
  { id: 'LINEAR', args: [80, 60, 100, 10], expect: 5 },
  { id: 'LINEAR', args: [4, 10, 0, 5], expect: 3, note: 'lower is better' },
  { id: 'LINEAR', args: [50, 60, 100, 10], expect: 0 },
  { id: 'LINEAR', args: [5, 10, 10, 5], expect: value('起评值和目标值都是 10') },
  { id: 'LINEAR', args: [null, 0, 10, 5], expect: na('实际值为空'), note: 'web blank actual' },
  { id: 'LINEAR', args: [0, 0, 10, 5], expect: 0, note: 'desktop blank actual is 0' },

  // RATING(rating, points, [table])
  { id: 'RATING', args: ['较好', 10, null], expect: 8 },
  { id: 'RATING', args: ['B', 10, null], expect: 8 },
  { id: 'RATING', args: ['合格', 10, [['优秀', '100%'], ['合格', '75%'], ['不合格', 0]]], expect: 7.5 },
  { id: 'RATING', args: ['合格', 10, [['优秀:100%,合格:75%,不合格:0']]], expect: 7.5 },
  { id: 'RATING', args: ['很好', 10, null], expect: value('不在评价表中') },
  { id: 'RATING', args: [null, 10, null], expect: na('评价为空：尚未填写'), note: 'web blank rating' },
  { id: 'RATING', args: [0, 10, null], expect: value('评价“0”不在评价表中'), note: 'desktop blank rating' },

  // RANKPOINTS(rank, table)
  { id: 'RANKPOINTS', args: [2, [[1, 10], [2, 8], ['3-5', 5]]], expect: 8 },
  { id: 'RANKPOINTS', args: [4, [['名次', '分值'], [1, 10], [2, 8], ['3-5', 5], ['', '']]], expect: 5 },
  { id: 'RANKPOINTS', args: [7, [[1, 10], [2, 8]]], expect: na('第7名不在名次分值表中') },
  { id: 'RANKPOINTS', args: [null, [[1, 10]]], expect: na('名次为空'), note: 'web blank rank' },
  { id: 'RANKPOINTS', args: [0, [[1, 10]]], expect: value('名次 0 无效'), note: 'desktop blank rank' },
];
