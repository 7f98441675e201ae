/**
 * PERF.RANK, PERF.RANKS, PERF.QUOTA and PERF.AWARD: argument reading and checks. The ranking
 * itself is src/engine/rank.ts, the quota src/engine/quota.ts, the window rule
 * src/engine/awards/window.ts.
 */
import { Bands, gradeRank } from '../../engine/bands';
import { quote, readCell } from '../../engine/cell';
import { Dec, show } from '../../engine/decimal';
import { invalid, notEntered } from '../../engine/errors';
import { quota } from '../../engine/quota';
import { compareKeys, rankAll, RankKeys } from '../../engine/rank';
import { awardForPlace, WindowTier } from '../../engine/awards/window';
import { matchKey } from '../../engine/match';
import type { RankMethod } from '../../engine/scheme/types';
import { METHOD_WORDS, ROUNDING_WORDS } from '../../engine/scheme/words';
import {
  Arg,
  bandsOf,
  choiceArg,
  gridOf,
  isOmitted,
  listOf,
  numberList,
  optionalNumber,
  optionalText,
  requiredNumber,
  scalarOf,
  tableOf,
  wholeNumber,
  yesNoArg,
} from '../args';
import { PARAMS } from '../params';

const DESKTOP_BLANK_HINT = '（桌面版 Excel 会把空白单元格当作 0 传入）';

function methodOf(a: Arg): RankMethod {
  return choiceArg(a, PARAMS.RANK.method, METHOD_WORDS, 'competition');
}

/** The scores to rank: one key row per unit, and whether the units were laid out in a single row. */
interface ScoreTable {
  keys: RankKeys[];
  asRow: boolean;
}

/**
 * `width` is the number of keys per unit (score + tie-breaks) when known (RANK), null for
 * RANKS: there a single row or column is a list of units, a wider block has a unit per row.
 * A unit with any blank key is not ranked.
 */
function readScores(a: Arg, width: number | null): ScoreTable {
  const grid = gridOf(a);
  if (grid.length === 0 || grid[0].length === 0) throw notEntered('得分区域为空：请选择要排名的得分');
  const rows = grid.length;
  const cols = grid[0].length;
  const isList = width === null ? rows === 1 || cols === 1 : width === 1;
  if (isList) {
    if (rows > 1 && cols > 1)
      throw invalid(
        `得分区域是 ${rows} 行 × ${cols} 列：只按一个得分排名时请只选一列（或一行）得分；` +
          `要用后面的列打破并列，要排名的得分也应选同一行的 ${cols} 个单元格`,
      );
    const keys = numberList(a, (i) => `${PARAMS.RANKS.scores}第${i}个得分`, 'keep').map((d) => (d === null ? null : [d]));
    return { keys, asRow: rows === 1 && cols > 1 };
  }
  if (width !== null && cols !== width)
    throw invalid(
      `要排名的得分有 ${width} 个单元格（第1个是得分，后面的依次打破并列），得分区域却有 ${cols} 列：两者的列数应相同`,
    );
  const keys = grid.map((row, r) => {
    const cells = numberList([row], (j) => `${PARAMS.RANKS.scores}第${r + 1}行第${j}列得分`, 'keep');
    return cells.some((d) => d === null) ? null : (cells as Dec[]);
  });
  return { keys, asRow: false };
}

/** A group name as compared: the one matching rule (matchKey), as the ranking sheet groups categories; blank → null. */
function groupKey(raw: unknown, label: string): string | null {
  const t = optionalText(raw, label);
  return t === null ? null : matchKey(t);
}

function readGroups(a: Arg, units: number): (string | null)[] | null {
  if (a === null || a === undefined) return null;
  const cells = listOf(a);
  if (cells.length !== units)
    throw invalid(`得分有 ${units} 个（行），分类有 ${cells.length} 个：分类区域应与得分一一对应（同样多的行）`);
  return cells.map((c, i) => groupKey(c, `第${i + 1}个分类`));
}

function keysShown(keys: readonly Dec[]): string {
  return keys.length === 1 ? show(keys[0]) : `（${keys.map(show).join('，')}）`;
}

/**
 * PERF.RANK: the rank of `score` among `scores`, higher first (competition 1,2,2,4 by default;
 * dense 1,2,2,3 with method 1/"中国式"). With group/groups, only rows of the same group count.
 * A score of k cells ranks against k-column scores, later columns breaking ties.
 */
export function rankImpl(score: unknown, scores: unknown, group?: unknown, groups?: unknown, method?: unknown): number {
  const cells = listOf(score);
  if (cells.length === 0) throw notEntered('得分为空：尚未填写');
  const target = cells.map((c, j) => requiredNumber(c, cells.length === 1 ? '得分' : `得分第${j + 1}列`));
  const m = methodOf(method);
  const table = readScores(scores, target.length);
  const groupList = readGroups(groups, table.keys.length);
  let targetGroup: string | null = null;
  if (groupList) {
    targetGroup = groupKey(scalarOf(group, '分类'), '分类');
    if (targetGroup === null) throw notEntered('分类为空：该单位尚未填写分类，不参与分类排名');
  } else if (groupKey(scalarOf(group, '分类'), '分类') !== null) {
    throw invalid(
      `给了分类 ${quote(scalarOf(group, '分类'))}，但没有给分类区域：请在第4个参数选择与得分一一对应的分类列` +
        `（第3个参数是分类，不是 RANK.EQ 的排序方式；中国式排名写在第5个参数）`,
    );
  }
  const ranks = rankAll(table.keys, m, groupList);
  for (let i = 0; i < table.keys.length; i++) {
    const k = table.keys[i];
    if (k !== null && (groupList === null || groupList[i] === targetGroup) && compareKeys(k, target) === 0)
      return ranks[i]!;
  }
  const where = groupList ? `分类“${optionalText(scalarOf(group, '分类'), '分类')}”的得分中` : '得分区域中';
  const hint = target.every((d) => d.isZero()) ? `；若得分单元格为空${DESKTOP_BLANK_HINT}，请先填写得分` : '';
  throw notEntered(`得分 ${keysShown(target)} 不在${where}：请检查是否引用了区域内该单位的得分${hint}`);
}

/**
 * PERF.RANKS: every rank in one call, O(n log n). A column of ranks (a row when the scores are
 * a single row); units with a blank score (or, with groups, a blank group) give "".
 */
export function ranksImpl(scores: unknown, groups?: unknown, method?: unknown): (number | string)[][] {
  const m = methodOf(method);
  const table = readScores(scores, null);
  const ranks = rankAll(table.keys, m, readGroups(groups, table.keys.length)).map((r) => (r === null ? '' : r));
  return table.asRow ? [ranks] : ranks.map((r) => [r]);
}


/**
 * PERF.QUOTA: the number of places, count × share, rounded half up (default, 四舍五入, never
 * banker's), down (1) or up (2). A share is a fraction (0.4) or a percentage (40%); a share
 * above 1 such as 40 is refused rather than guessed, since 1 would then mean 100% or 1%.
 */
export function quotaImpl(count: unknown, share: unknown, rounding?: unknown): number {
  const Q = PARAMS.QUOTA;
  const n = wholeNumber(count, Q.count, null);
  const s = requiredNumber(share, Q.share);
  if (s.gt(1)) throw invalid(`${Q.share} ${show(s)} 大于 1：请写成百分数或小数，例如 40% 或 0.4`);
  if (s.isNegative()) throw invalid(`${Q.share} ${show(s)} 是负数：请写成 0～100% 之间的比例，例如 40% 或 0.4`);
  return quota(n, s, choiceArg(rounding, Q.rounding, ROUNDING_WORDS, 'half-up'));
}

function tierCount(raw: unknown, label: string): number {
  const cell = readCell(raw);
  if (cell.kind === 'number' && (cell.percent || (cell.value.gt(0) && cell.value.lt(1))))
    throw invalid(`${label} ${quote(raw)} 是比例：这里需要名额数，请先用 PERF.QUOTA(${PARAMS.QUOTA.count}, ${PARAMS.QUOTA.share}) 算出名额`);
  return wholeNumber(raw, label, null);
}

/** The tiers range: rows of (award, how many, minimum grade); fully blank rows are skipped. */
function readTiers(a: Arg, bands: Bands): WindowTier[] {
  const grid = tableOf(a);
  if (grid.length === 0) throw notEntered('奖项表为空：每行写 奖项、名额、最低等次');
  const cols = grid[0].length;
  if (cols < 2 || cols > 3)
    throw invalid(`奖项表应有 2 或 3 列（奖项、名额、最低等次），收到 ${cols} 列：请只选这几列，不要选标题行`);
  const tiers: WindowTier[] = [];
  grid.forEach((row, r) => {
    const name = optionalText(row[0], `奖项表第${r + 1}行的奖项`);
    const cellsBlank = row.every((c) => readCell(c).kind === 'blank');
    if (cellsBlank) return;
    if (name === null) throw invalid(`奖项表第${r + 1}行缺少奖项名称：每行写 奖项、名额、最低等次`);
    const count = tierCount(row[1], `奖项表第${r + 1}行（${name}）的名额`);
    const min = cols === 3 ? optionalText(row[2], `奖项表第${r + 1}行的最低等次`) : null;
    let minGradeIndex: number | null = null;
    if (min !== null) {
      minGradeIndex = gradeRank(min, bands);
      if (minGradeIndex < 0)
        throw invalid(
          `奖项表第${r + 1}行（${name}）的最低等次“${min}”不在等次设置中：可用的等次是 ${bands.map((b) => b.label).join('、')}`,
        );
    }
    tiers.push({ name, count, minGradeIndex });
  });
  if (tiers.length === 0) throw notEntered('奖项表为空：每行写 奖项、名额、最低等次');
  return tiers;
}

function placeOf(a: Arg): number {
  const d = optionalNumber(a, '名次', null);
  if (d === null) throw notEntered('名次为空：尚未排名');
  if (d.isZero()) throw invalid(`名次为 0：名次应为 ≥1 的整数；若名次单元格为空${DESKTOP_BLANK_HINT}，说明尚未排名，请先排名`);
  if (!d.isInteger() || d.isNegative()) throw invalid(`名次 ${show(d)} 无效：名次应为 ≥1 的整数`);
  return d.toNumber();
}

function gradeIndexOf(a: Arg, bands: Bands): number {
  const label = optionalText(a, '等次');
  if (label === null) throw notEntered('等次为空：尚未评定等次');
  const i = gradeRank(label, bands);
  if (i < 0) {
    const hint = label === '0' ? `；若等次单元格为空${DESKTOP_BLANK_HINT}，请先评定等次` : '';
    throw invalid(`等次“${label}”不在等次设置中：可用的等次是 ${bands.map((b) => b.label).join('、')}${hint}`);
  }
  return i;
}

/**
 * PERF.AWARD: places 1..n₁ fall in the first tier's window, the next n₂ in the second, …; the
 * unit gets its window's award if its grade reaches the tier's minimum, else "" (the place stays
 * empty). `rank` is a place (competition ranking). Not eligible, or beyond the last window → "".
 * An omitted `eligible` means eligible.
 */
export function awardImpl(rank: unknown, grade: unknown, tiers: unknown, eligible?: unknown, bands?: unknown): string {
  const A = PARAMS.AWARD;
  const b = bandsOf(bands, A.bands);
  const windows = readTiers(tiers, b);
  const place = placeOf(rank);
  const gradeIndex = gradeIndexOf(grade, b);
  const ok = isOmitted(eligible) || yesNoArg(eligible, A.eligible, { levels: false }).yes;
  return awardForPlace(place, gradeIndex, windows, ok);
}
