/**
 * The PERF custom functions. This file is the single source of their metadata: the English
 * JSDoc becomes dist/functions.json (custom-functions-metadata), the @zh / @zhparam tags become
 * the zh-CN metadata. Each function is a thin wrapper: `run` turns a PerfError into #VALUE!/#N/A
 * with its Chinese message. Result types come from `@returns {type}` (a TypeScript return type
 * would be a union with the error type, which the generator can only call "any").
 *
 * Blank cells: inside ranges a blank is "not entered". A blank single cell arrives as null on
 * the web but as 0 on desktop Excel, which no function can tell from a typed 0; the task pane's
 * 检查 (Check) is where blanks are caught.
 */
import { run } from './args';
import { bonusImpl, deductImpl } from './impl/deduct';
import { completionImpl } from './impl/completion';
import { gradeImpl } from './impl/grade';
import { linearImpl } from './impl/linear';
import { awardImpl, quotaImpl, rankImpl, ranksImpl } from './impl/ranking';
import { rankpointsImpl } from './impl/rankpoints';
import { ratingImpl } from './impl/rating';
import { satisfactionImpl } from './impl/satisfaction';
import { scaleImpl } from './impl/scale';
import { trimmeanImpl } from './impl/trimmean';
import { totalImpl, weightedImpl } from './impl/weighted';

/**
 * Weighted total: the sum of score × weight. Weights are fractions summing to 1 (0.8, 80%) or percent points summing to 100; with weight_sum they must sum to it (15 = a part worth 15 points of 100). A blank score is not entered (#N/A).
 * @zh 加权汇总：各项得分×权重之和。权重写成小数或百分比（合计 1）或百分点（合计 100）；给出权重合计时，权重须合计为该数（如 15 表示这部分占总分 15 分）。得分为空时返回 #N/A（尚未填写）。
 * @customfunction WEIGHTED
 * @param scores The scores, each on a 100-point scale (a row or a column).
 * @zhparam scores 得分 各项得分（一行或一列，每项按百分制）
 * @param weights The weights, one per score, in the same order.
 * @zhparam weights 权重 与得分一一对应的权重
 * @param [weight_sum] What the weights add up to when they are only part of the total, e.g. 15 or 0.15.
 * @zhparam weight_sum 权重合计 权重只占总分一部分时它们应有的合计，如 15 或 0.15；省略则为 1 或 100
 * @returns {number} The weighted total.
 */
export function weighted(scores: any[][], weights: any[][], weight_sum?: any) {
  return run('WEIGHTED', () => weightedImpl(scores, weights, weight_sum));
}

/**
 * Total score: the weighted total minus the deduction plus the bonus. Deduction and bonus are positive amounts; blank means none.
 * @zh 总分：加权汇总 − 扣分 + 加分。扣分和加分都填正数，空白表示没有。
 * @customfunction TOTAL
 * @param scores The scores, each on a 100-point scale.
 * @zhparam scores 得分 各项得分（百分制）
 * @param weights The weights, one per score (summing to 1 or 100).
 * @zhparam weights 权重 与得分一一对应的权重（合计 1 或 100）
 * @param [deduction] Points to subtract, as a positive number (e.g. a PERF.DEDUCT result).
 * @zhparam deduction 扣分 要减去的分数，填正数（如 PERF.DEDUCT 的结果）
 * @param [bonus] Points to add.
 * @zhparam bonus 加分 要加上的分数
 * @returns {number} The total score.
 */
export function total(scores: any[][], weights: any[][], deduction?: any, bonus?: any) {
  return run('TOTAL', () => totalImpl(scores, weights, deduction, bonus));
}

/**
 * Scaled score: score ÷ full × points, e.g. 85 out of 100 worth 20 points gives 17. A blank score is not entered (#N/A); desktop Excel passes a blank single cell as 0.
 * @zh 折算：得分 ÷ 满分 × 折算分值，如百分制 85 分折算为 20 分制得 17。得分为空返回 #N/A；桌面版 Excel 会把空白单元格当作 0 传入。
 * @customfunction SCALE
 * @param score The score to convert.
 * @zhparam score 得分 要折算的得分
 * @param full The full score it is out of (e.g. 100).
 * @zhparam full 满分 原来的满分（如 100）
 * @param points The points it is worth after scaling (e.g. 20).
 * @zhparam points 折算分值 折算后的分值（如 20）
 * @returns {number} The scaled score.
 */
export function scale(score: any, full: any, points: any) {
  return run('SCALE', () => scaleImpl(score, full, points));
}

/**
 * Deduction: the sum of the items, or with each, occurrence counts × points each; capped at cap. Returns a positive amount. Blank items are none.
 * @zh 扣分：各项扣分之和；给出每次扣分时，各项为次数，按 次数×每次扣分 计算；给出上限时扣满为止。返回正数。空白项表示没有扣分。
 * @customfunction DEDUCT
 * @param items Points taken off per item, or (with each) how many times each thing happened.
 * @zhparam items 扣分项 各项扣分；给出每次扣分时为各项发生的次数
 * @param [each] Points per occurrence, e.g. 0.5.
 * @zhparam each 每次扣分 每发生一次扣的分数，如 0.5
 * @param [cap] The most that can be taken off, e.g. 3.
 * @zhparam cap 扣分上限 最多扣的分数，如 3（扣满3分为止）
 * @returns {number} The points to subtract.
 */
export function deduct(items: any[][], each?: any, cap?: any) {
  return run('DEDUCT', () => deductImpl(items, each, cap));
}

/**
 * Bonus: the sum of the bonus items, capped at cap. Blank items are none.
 * @zh 加分：各项加分之和，给出上限时加满为止。空白项表示没有加分。
 * @customfunction BONUS
 * @param items Bonus points per item.
 * @zhparam items 加分项 各项加分
 * @param [cap] The most that can be added.
 * @zhparam cap 加分上限 最多加的分数
 * @returns {number} The points to add.
 */
export function bonus(items: any[][], cap?: any) {
  return run('BONUS', () => bonusImpl(items, cap));
}

/**
 * Grade label for a score. Default bands 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 较差 below; lower bounds inclusive. A blank score is not entered (#N/A); desktop Excel passes a blank single cell as 0, graded as 0 — use Check (检查) in the task pane to find blanks.
 * @zh 按分数线给出等次。默认 优秀≥90、良好≥80、一般≥60、较差＜60，下限含本数。得分为空返回 #N/A；桌面版 Excel 会把空白单元格当作 0 传入，请用任务窗格的“检查”找出空白。
 * @customfunction GRADE
 * @param score The total score.
 * @zhparam score 得分 总分所在单元格
 * @param [bands] Grade bands: a 2-column range (lower bound, label; blank bound = bottom band) or text like "优秀:95,合格:75,不合格".
 * @zhparam bands 等次表 两列区域（分数线、等次，最低等次的分数线留空），或文字如 "优秀:95,合格:75,不合格"
 * @param [downgrade] Veto (一票否决): TRUE, 1, 是 or √ lowers one level; a whole number n lowers n levels; FALSE, 0, 否 or blank none. Other text is #VALUE!.
 * @zhparam downgrade 一票否决 是/TRUE/1/√ 降一个等次；整数 n 降 n 个等次；否/FALSE/0/空白 不降；其他文字返回 #VALUE!
 * @returns {string} The grade label.
 */
export function grade(score: any, bands?: any[][], downgrade?: any) {
  return run('GRADE', () => gradeImpl(score, bands, downgrade));
}

/**
 * Rank of a score among scores, highest first; ties share a rank (competition 1,2,2,4 by default, or dense 1,2,2,3). Optional groups rank within a category; extra score columns break ties. Blank scores are not ranked.
 * @zh 排名：得分在一组得分中的名次，高分在前；并列同名次（默认 1,2,2,4，也可中国式 1,2,2,3）。可按分类分别排名；得分有多列时后面的列用于并列时比较。空白得分不参与排名。
 * @customfunction RANK
 * @param score The unit's score (a row of several cells: later cells break ties).
 * @zhparam score 得分 本单位的得分（多列时后面的列用于决出并列）
 * @param scores All the scores, with as many columns as score.
 * @zhparam scores 得分区域 所有单位的得分，列数与得分相同
 * @param [group] The unit's category, to rank only within it.
 * @zhparam group 分类 本单位的分类，只在同类中排名
 * @param [groups] The categories of all units, one per row of scores.
 * @zhparam groups 分类区域 所有单位的分类，与得分区域逐行对应
 * @param [method] 0, "竞争排名" or "competition" (1,2,2,4, default); 1, "中国式排名", "中国式" or "dense" (1,2,2,3).
 * @zhparam method 排名方式 0 或 竞争排名：并列占位（1,2,2,4，默认）；1 或 中国式排名（中国式、dense）：并列不占位（1,2,2,3）
 * @returns {number} The rank.
 */
export function rank(score: any[][], scores: any[][], group?: any, groups?: any[][], method?: any) {
  return run('RANK', () => rankImpl(score, scores, group, groups, method));
}

/**
 * All the ranks of a column of scores in one call (spills); same rules as RANK. Blank rows give "". Much faster than one RANK per row.
 * @zh 一次算出整列的名次（自动溢出），规则与 RANK 相同；空白行返回空。比每行一个 RANK 快得多。
 * @customfunction RANKS
 * @param scores The scores, one row per unit (extra columns break ties).
 * @zhparam scores 得分区域 每行一个单位的得分（多列时后面的列用于决出并列）
 * @param [groups] The categories, one per row, to rank within each category.
 * @zhparam groups 分类区域 每行的分类，按分类分别排名
 * @param [method] 0, "竞争排名" or "competition" (1,2,2,4, default); 1, "中国式排名", "中国式" or "dense" (1,2,2,3).
 * @zhparam method 排名方式 0 或 竞争排名：并列占位（1,2,2,4，默认）；1 或 中国式排名（中国式、dense）：并列不占位（1,2,2,3）
 * @returns {any[][]} One rank per row.
 */
export function ranks(scores: any[][], groups?: any[][], method?: any) {
  return run('RANKS', () => ranksImpl(scores, groups, method));
}

/**
 * Number of award places: count × share, rounded half up (default), down or up. 7 × 40% gives 3; 10 × 25% gives 3.
 * @zh 名额：参评单位数 × 比例，默认四舍五入（也可向下或向上取整）。7×40% 得 3；10×25% 得 3。
 * @customfunction QUOTA
 * @param count The number of units.
 * @zhparam count 参评单位数 参评单位的个数
 * @param share The share of them, e.g. 40% or 0.4.
 * @zhparam share 比例 如 40% 或 0.4
 * @param [rounding] 0 or "四舍五入" = round half up (default), 1 or "向下取整" = down, 2 or "向上取整" = up.
 * @zhparam rounding 取整方式 0 或 四舍五入（默认），1 或 向下取整，2 或 向上取整
 * @returns {number} The number of places.
 */
export function quota(count: any, share: any, rounding?: any) {
  return run('QUOTA', () => quotaImpl(count, share, rounding));
}

/**
 * Award for a place: tiers are rows (award, how many, minimum grade); places 1..n1 fall in the first tier, the next n2 in the second, and so on. An under-graded or ineligible unit gets "" (the place stays empty).
 * @zh 奖项：奖项表每行为 奖项、名额、最低等次；第 1 至 n1 名属第一个奖项，其后 n2 名属第二个，依此类推。等次不够或不具备评优资格的返回空（名额空缺，不顺延）。
 * @customfunction AWARD
 * @param rank The unit's place (competition rank: 1 + the units strictly ahead).
 * @zhparam rank 名次 本单位的名次（并列占位的名次）
 * @param grade The unit's grade label.
 * @zhparam grade 等次 本单位的等次
 * @param tiers The award tiers: rows of award, number of places, minimum grade.
 * @zhparam tiers 奖项表 每行：奖项、名额、最低等次
 * @param [eligible] FALSE, 否 or 0 excludes the unit from awards; TRUE, 是, 1 or blank keeps it. Other text is #VALUE!.
 * @zhparam eligible 评优资格 否/FALSE/0 表示取消评优资格；是/TRUE/1/空白 表示具备资格；其他文字返回 #VALUE!
 * @param [bands] The grade bands that give the grade order (default 优秀/良好/一般/较差).
 * @zhparam bands 等次表 决定等次高低的等次设置（默认 优秀/良好/一般/较差）
 * @returns {string} The award, or "".
 */
export function award(rank: any, grade: any, tiers: any[][], eligible?: any, bands?: any[][]) {
  return run('AWARD', () => awardImpl(rank, grade, tiers, eligible, bands));
}

/**
 * Mean after dropping the highest and lowest scores (1 and 1 by default: 去掉一个最高分和一个最低分). Blank scores are left out.
 * @zh 去掉最高分和最低分后的平均分（默认各去掉一个）。空白评分不计入。
 * @customfunction TRIMMEAN
 * @param scores The raters' scores.
 * @zhparam scores 评分 各评委的评分
 * @param [drop_high] How many highest scores to drop (default 1).
 * @zhparam drop_high 去掉最高分个数 默认 1
 * @param [drop_low] How many lowest scores to drop (default 1).
 * @zhparam drop_low 去掉最低分个数 默认 1
 * @returns {number} The trimmed mean.
 */
export function trimmean(scores: any[][], drop_high?: any, drop_low?: any) {
  return run('TRIMMEAN', () => trimmeanImpl(scores, drop_high, drop_low));
}

/**
 * Satisfaction score: sum of count × value ÷ sum of counts. Without values, three counts are 满意/基本满意/不满意 worth 100/60/0. A blank count is nobody.
 * @zh 满意度得分：Σ票数×分值 ÷ 总票数。不给分值时按 满意/基本满意/不满意 三档 100/60/0 计。空白票数表示 0 票。
 * @customfunction SATISFACTION
 * @param counts The number of votes for each level.
 * @zhparam counts 票数 每一档的票数
 * @param [values] The value of each level, e.g. 100, 60, 0.
 * @zhparam values 分值 每一档的分值，如 100、60、0
 * @returns {number} The satisfaction score.
 */
export function satisfaction(counts: any[][], values?: any[][]) {
  return run('SATISFACTION', () => satisfactionImpl(counts, values));
}

/**
 * Score by completion rate: points × min(actual ÷ target, cap), cap 1 by default. Lower-is-better uses target ÷ actual; with a target of 0, an actual of 0 gets full points and anything above gets 0. Desktop Excel passes a blank single cell as 0.
 * @zh 按完成率计分：分值 × min(实际值 ÷ 目标值, 上限)，上限默认 1。越低越好的指标按 目标值 ÷ 实际值；目标为 0 时实际为 0 得满分，否则 0 分。桌面版 Excel 会把空白单元格当作 0 传入。
 * @customfunction COMPLETION
 * @param actual The actual value achieved.
 * @zhparam actual 实际值 实际完成值
 * @param target The target value.
 * @zhparam target 目标值 目标值
 * @param points The indicator's points.
 * @zhparam points 分值 该指标的分值
 * @param [cap] The highest completion rate credited (default 1 = 100%; e.g. 1.2).
 * @zhparam cap 上限 最高按多少完成率计分（默认 1 即 100%，如 1.2）
 * @param [lower_is_better] TRUE or 是 for indicators where lower is better (accidents, complaints).
 * @zhparam lower_is_better 越低越好 事故数、投诉数等越低越好的指标填 是 或 TRUE；否/FALSE/越高越好/空白 为越高越好；其他文字返回 #VALUE!
 * @returns {number} The score.
 */
export function completion(actual: any, target: any, points: any, cap?: any, lower_is_better?: any) {
  return run('COMPLETION', () => completionImpl(actual, target, points, cap, lower_is_better));
}

/**
 * Linear score: 0 at or beyond the floor, full points at or beyond the target, straight line between. With floor above target, lower is better.
 * @zh 线性计分：达不到起评值得 0 分，达到目标值得满分，其间按比例计分。起评值高于目标值时为越低越好。
 * @customfunction LINEAR
 * @param actual The actual value.
 * @zhparam actual 实际值 实际完成值
 * @param floor The value that scores 0.
 * @zhparam floor 起评值 得 0 分的值
 * @param target The value that scores full points.
 * @zhparam target 目标值 得满分的值
 * @param points The indicator's points.
 * @zhparam points 分值 该指标的分值
 * @returns {number} The score.
 */
export function linear(actual: any, floor: any, target: any, points: any) {
  return run('LINEAR', () => linearImpl(actual, floor, target, points));
}

/**
 * Points for a qualitative rating: points × the rating's share. Default 好/较好/一般/差 (also A/B/C/D and 优/良/中/差) = 100%/80%/60%/0%. A blank rating is not entered (#N/A).
 * @zh 定性指标计分：分值 × 评价对应的比例。默认 好/较好/一般/差（或 A/B/C/D、优/良/中/差）= 100%/80%/60%/0%。评价为空返回 #N/A。
 * @customfunction RATING
 * @param rating The rating, e.g. 较好.
 * @zhparam rating 评价 如 较好
 * @param points The indicator's points.
 * @zhparam points 分值 该指标的分值
 * @param [table] Your own table: a 2-column range (rating, share) or text like "好:100%,较好:80%,一般:60%,差:0".
 * @zhparam table 评价表 两列区域（评价、比例），或文字如 "好:100%,较好:80%,一般:60%,差:0"
 * @returns {number} The score.
 */
export function rating(rating: any, points: any, table?: any[][]) {
  return run('RATING', () => ratingImpl(rating, points, table));
}

/**
 * Points for a rank position from a 2-column table (rank, points); a rank may be a span like "1-3". A rank the table does not list gives #N/A.
 * @zh 按名次给分：从两列表（名次、分值）中查出该名次的分值，名次可写成 "1-3"。表中没有的名次返回 #N/A。
 * @customfunction RANKPOINTS
 * @param rank The rank position.
 * @zhparam rank 名次 名次
 * @param table The table: rank, points.
 * @zhparam table 名次分值表 两列：名次、分值
 * @returns {number} The points.
 */
export function rankpoints(rank: any, table: any[][]) {
  return run('RANKPOINTS', () => rankpointsImpl(rank, table));
}
