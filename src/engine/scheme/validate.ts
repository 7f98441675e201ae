import { BandIssue, bandIssues } from '../bands';
import { parseNumericText, quote } from '../cell';
import { Dec, HUNDRED, ZERO, show } from '../decimal';
import { nameKey } from '../awards/words';
import { decimalOf, placeCountOf, shareOf } from './access';
import { Locate, Reporter, SchemeCheck } from './report';
import type { AwardTier, ComponentRule, PlaceAwardRule, Scheme, SingleAwardRule } from './types';
import {
  METHOD_WORDS,
  ROUNDING_WORDS,
  SCOPE_WORDS,
  TIES_WORDS,
  VACANCY_WORDS,
  VETO_WORDS,
  WEIGHT_UNIT_WORDS,
  Choice,
  choicesText,
  isChoice,
} from './words';

export type { Locate, SchemeCheck, SchemeSource } from './report';
export { locateInFlags, locateInJson } from './locate';
export type { FlagBase } from './locate';
export { validateAgainstData } from './validate-data';
export type { SchemeData, HeaderWeight } from './validate-data';

/**
 * Check a scheme on its own. Errors make a result undefined (the run stops); warnings are
 * shown with the result. `locate` maps a JSON path to the 方案 cell that holds it, or names a
 * source without a cell (locateInJson, locateInFlags: `cell` is ""); without it, the messages
 * name the bare JSON path and `cell` is "".
 */
export function validateScheme(scheme: Scheme, locate?: Locate): SchemeCheck {
  const r = new Reporter(locate);
  checkBasics(scheme, r);
  checkComponents(scheme, r);
  checkBands(scheme, r);
  checkCategories(scheme, r);
  checkAwards(scheme, r);
  checkDistribution(scheme, r);
  checkRatingShares(scheme, r);
  checkTierPoints(scheme, r);
  checkRankPoints(scheme, r);
  return r.result();
}

const MAX_DECIMALS = 10;

function checkEnum<T extends string>(r: Reporter, path: string, what: string, value: unknown, choices: readonly Choice<T>[]) {
  if (!isChoice(choices, value)) r.error(path, `${what} ${quote(value)} 无法识别：请改为 ${choicesText(choices)} 之一`);
}

function checkCap(r: Reporter, path: string, what: string, v: string | null) {
  if (v === null) return;
  const d = decimalOf(v);
  if (!d) r.error(path, `${what} ${quote(v)} 不是数字：请填写分数（如 3），不设上限请留空`);
  else if (d.isNegative()) r.error(path, `${what} ${quote(v)} 是负数：请填写 0 或正数，不设上限请留空`);
}

function checkBasics(s: Scheme, r: Reporter) {
  if (s.version !== 1) r.error('version', `方案版本 ${quote(s.version)} 无法识别：本程序只认识版本 1`);
  if (!s.name || !s.name.trim()) r.warn('name', '方案名称为空：请填写名称（如 “2024年度市政府工作部门绩效评估方案”），便于核对');
  const full = decimalOf(s.fullScore);
  if (!full || !full.gt(0)) r.error('fullScore', `满分 ${quote(s.fullScore)} 不是正数：请填写满分，例如 100`);
  checkEnum(r, 'weightUnit', '权重单位', s.weightUnit, WEIGHT_UNIT_WORDS);
  checkCap(r, 'deductionCap', '扣分上限', s.deductionCap);
  checkCap(r, 'bonusCap', '加分上限', s.bonusCap);
  if (s.decimals !== null && !(Number.isInteger(s.decimals) && s.decimals >= 0 && s.decimals <= MAX_DECIMALS))
    r.error('decimals', `保留小数 ${quote(s.decimals)} 无法使用：请填写 0 到 ${MAX_DECIMALS} 之间的整数（如 2），不舍入请留空`);
  checkEnum(r, 'ranking.method', '排名方式', s.ranking.method, METHOD_WORDS);
  if (typeof s.ranking.byCategory !== 'boolean')
    r.error('ranking.byCategory', `分类排名 ${quote(s.ranking.byCategory)} 无法识别：请填写 是 或 否`);
  checkNames(r, s.ranking.tieBreak, 'ranking.tieBreak', '并列比较列', false);
  checkEnum(r, 'veto.effect', '一票否决效果', s.veto.effect, VETO_WORDS);
  const a = s.awardSettings;
  checkEnum(r, 'awardSettings.quotaRounding', '名额取整', a.quotaRounding, ROUNDING_WORDS);
  checkEnum(r, 'awardSettings.vacancy', '空缺名额', a.vacancy, VACANCY_WORDS);
  if (typeof a.exclusive !== 'boolean')
    r.error('awardSettings.exclusive', `综合奖与单项奖不兼得 ${quote(a.exclusive)} 无法识别：请填写 是 或 否`);
  if (a.maxSinglePerUnit !== null && !(Number.isInteger(a.maxSinglePerUnit) && a.maxSinglePerUnit >= 1))
    r.error('awardSettings.maxSinglePerUnit', `每单位单项奖上限 ${quote(a.maxSinglePerUnit)} 无法使用：请填写 1 或更大的整数，不限请留空`);
}

/** A list of names: none blank; duplicates are errors (`dupIsError`) or warnings. */
function checkNames(r: Reporter, list: readonly string[], path: string, what: string, dupIsError: boolean) {
  const seen = new Set<string>();
  list.forEach((n, i) => {
    const p = `${path}[${i}]`;
    if (typeof n !== 'string' || !n.trim()) {
      r.error(p, `${what}第${i + 1}项为空：请填写名称或删除该项`);
      return;
    }
    const k = nameKey(n);
    if (seen.has(k)) {
      const msg = `${what}“${n}”出现了两次：每个名称只能写一次，请删除重复的一项`;
      if (dupIsError) r.error(p, msg);
      else r.warn(p, msg);
    }
    seen.add(k);
  });
}

function checkComponents(s: Scheme, r: Reporter) {
  const points = s.weightUnit === 'points';
  const unit = points ? '分值' : '权重';
  const showW = (d: Dec) => (points ? `${show(d)} 分` : `${show(d)}%`);
  const walk = (list: readonly ComponentRule[], prefix: string, parent: { rule: ComponentRule; weight: Dec | null; path: string } | null) => {
    const seen = new Set<string>();
    let total = ZERO;
    let complete = true;
    list.forEach((c, i) => {
      const p = `${prefix}[${i}]`;
      if (!c.name || !c.name.trim()) r.error(`${p}.name`, `考核构成第${i + 1}项缺少名称：请填写名称（与汇总表的表头一致）`);
      else if (seen.has(nameKey(c.name)))
        r.error(`${p}.name`, `考核构成中“${c.name}”在同一层出现了两次：请改名或删除重复的一项`);
      else seen.add(nameKey(c.name));
      const w = decimalOf(c.weight);
      if (!w) {
        r.error(`${p}.weight`, `考核构成“${c.name}”的${unit} ${quote(c.weight)} 不是数字：请填写数字，例如 ${points ? '20' : '15'}`);
        complete = false;
      } else if (w.isNegative()) {
        r.error(`${p}.weight`, `考核构成“${c.name}”的${unit} ${quote(c.weight)} 是负数：请填写 0 或正数`);
        complete = false;
      } else total = total.plus(w);
      if (c.column !== undefined && !c.column.trim())
        r.error(`${p}.column`, `考核构成“${c.name}”的对应列为空：请填写汇总表中的表头，或删除该项以按名称匹配`);
      if (c.children && c.children.length > 0) walk(c.children, `${p}.children`, { rule: c, weight: w, path: `${p}.weight` });
    });
    if (!complete || list.length === 0) return;
    const items = list.map((c) => `${c.name} ${show(decimalOf(c.weight)!)}`).join(' + ');
    if (parent === null) {
      const target = points ? decimalOf(s.fullScore) : HUNDRED;
      if (target && !total.eq(target))
        r.error(
          'components',
          points
            ? `考核构成各项分值合计 ${showW(total)}（${items}），与满分 ${showW(target)} 不符：请调整分值，使合计等于满分`
            : `考核构成各项权重合计 ${showW(total)}（${items}），应为 100%：请调整权重，使合计为 100%`,
        );
    } else if (parent.weight && !total.eq(parent.weight)) {
      const name = parent.rule.name;
      r.error(
        parent.path,
        `“${name}”的下级项目${unit}合计 ${showW(total)}（${items}），与“${name}”本身的 ${showW(parent.weight)}不符：下级项目之和必须等于上级项目，请调整下级项目或“${name}”的${unit}`,
      );
    }
  };
  walk(s.components, 'components', null);
}

function checkBands(s: Scheme, r: Reporter) {
  if (s.bands.length < 2) {
    const only = s.bands.length === 1 ? `只有一个等次“${s.bands[0].label}”：所有单位都会评为“${s.bands[0].label}”` : '等次为空';
    r.error('bands', `${only}。请至少写两个等次，从好到差，例如 优秀 90、良好 80、一般 60、较差（下限留空）`);
    return;
  }
  const bottoms: number[] = [];
  const usable: { i: number; label: string; min: Dec | null; max: Dec | null }[] = [];
  const read = s.bands.map((b) => ({ label: typeof b.label === 'string' ? b.label : '', min: b.min === null ? null : (decimalOf(b.min) ?? undefined) }));
  const issues = bandIssues(read);
  const issueAt = (i: number, kind: BandIssue['kind']) => issues.find((x) => x.kind === kind && x.index === i);
  s.bands.forEach((b, i) => {
    const p = `bands[${i}]`;
    let ok = true;
    if (!b.label || !b.label.trim()) {
      r.error(`${p}.label`, `等次第${i + 1}行缺少等次名称：请填写名称（如 良好）`);
      ok = false;
    } else if (issueAt(i, 'label')) {
      r.error(`${p}.label`, `等次“${b.label}”出现了两次：每个等次名称只能写一次，请删除或改名`);
      ok = false;
    }
    const min = read[i].min ?? null;
    const sameMin = issueAt(i, 'min');
    if (b.min === null) bottoms.push(i);
    else if (!min) {
      r.error(`${p}.min`, `等次“${b.label}”的下限 ${quote(b.min)} 不是数字：请填写该等次的最低分（含），最低等次留空`);
      ok = false;
    } else if (sameMin) {
      r.error(`${p}.min`, `等次“${b.label}”和“${s.bands[sameMin.first].label}”的下限都是 ${show(min)}：每个等次的下限必须不同，请修改其中一个`);
      ok = false;
    }
    let max: Dec | null = null;
    if (b.max !== undefined) {
      max = decimalOf(b.max);
      if (!max) {
        r.error(`${p}.max`, `等次“${b.label}”的上限 ${quote(b.max)} 不是数字：请填写上限（不含），或留空（上限自动取上一等次的下限）`);
        ok = false;
      } else if (min && !max.gt(min)) {
        r.error(`${p}.max`, `等次“${b.label}”的上限 ${show(max)} 不大于它的下限 ${show(min)}：上限（不含）必须大于下限（含），请修改或留空`);
        ok = false;
      }
    }
    if (ok) usable.push({ i, label: b.label, min, max });
  });
  for (const x of issues) {
    if (x.kind === 'no-bottom')
      r.error('bands', `等次缺少最低等次：请在最后加一行下限留空的等次（如 较差），所有更低的分数都归入它`);
    else if (x.kind === 'bottom')
      r.error(
        `bands[${x.index}].min`,
        `等次“${s.bands[x.index].label}”的下限为空，但“${s.bands[x.first].label}”的下限也为空：只有最低等次可以不写下限，请填写“${s.bands[x.index].label}”的下限`,
      );
  }
  if (!checkWrittenOrder(s, r, usable, bottoms)) return;
  // Upper bounds: each must meet the lower bound of the next better band.
  const ordered = usable
    .filter((u) => u.min !== null || u.i === bottoms[0])
    .sort((a, b) => (a.min === null ? 1 : b.min === null ? -1 : b.min.cmp(a.min)));
  for (let k = 1; k < ordered.length; k++) {
    const lower = ordered[k];
    const upper = ordered[k - 1];
    if (lower.max === null || upper.min === null) continue;
    const here = `bands[${lower.i}].max`;
    const there = r.at(`bands[${upper.i}].min`);
    if (lower.max.gt(upper.min))
      r.error(
        here,
        `等次“${lower.label}”的上限 ${show(lower.max)} 高于“${upper.label}”的下限 ${show(upper.min)}（${there}）：${show(upper.min)} 至 ${show(lower.max)} 之间的分数既是“${upper.label}”又是“${lower.label}”。请确定分界线，把“${lower.label}”的上限改为 ${show(upper.min)} 或修改“${upper.label}”的下限`,
      );
    else if (lower.max.lt(upper.min))
      r.warn(
        here,
        `等次“${lower.label}”的上限 ${show(lower.max)} 低于“${upper.label}”的下限 ${show(upper.min)}（${there}）：${show(lower.max)} 至 ${show(upper.min)} 之间的分数没有写明等次，按“${lower.label}”评定（等次只按下限划分）。如不对，请修改上限或下限`,
      );
  }
}

/**
 * Bands are written best first: each lower bound below the one written before it, the bottom
 * band (no lower bound) last. Grading goes by the bounds, so a band written out of order would
 * silently become better than the bands above it. Returns whether the order is sound.
 */
function checkWrittenOrder(s: Scheme, r: Reporter, usable: readonly { i: number; label: string; min: Dec | null }[], bottoms: readonly number[]): boolean {
  let sound = true;
  let above: { i: number; label: string; min: Dec } | null = null;
  for (const { i, label, min } of usable) {
    if (min === null) continue;
    const u = { i, label, min };
    if (above && u.min.gt(above.min)) {
      sound = false;
      r.error(
        `bands[${u.i}].min`,
        `等次“${u.label}”的下限 ${show(u.min)} 高于写在它前面的“${above.label}”的下限 ${show(above.min)}（${r.at(`bands[${above.i}].min`)}）：等次须从好到差书写，下限依次降低，照现在的写法“${u.label}”会成为比“${above.label}”更好的等次。请核对分数线，或把等次按从好到差的顺序重写`,
      );
    }
    above = u;
  }
  if (bottoms.length === 1 && bottoms[0] !== s.bands.length - 1) {
    sound = false;
    const bottom = s.bands[bottoms[0]].label;
    r.error(
      `bands[${bottoms[0]}].min`,
      `等次“${bottom}”没有下限，是最低等次，却写在“${s.bands[bottoms[0] + 1].label}”前面：等次须从好到差书写，最低等次写在最后。请把“${bottom}”移到最后，或填写它的下限`,
    );
  }
  return sound;
}

function checkCategories(s: Scheme, r: Reporter) {
  checkNames(r, s.categories, 'categories', '类别', true);
}

function bandLabelsText(s: Scheme): string {
  return s.bands.map((b) => b.label).join('、');
}

function checkMinGrade(s: Scheme, r: Reporter, path: string, award: string, minGrade: string | null) {
  if (minGrade === null) return;
  if (!s.bands.some((b) => nameKey(b.label) === nameKey(minGrade)))
    r.error(path, `${award}的最低等次“${minGrade}”不是方案中的等次（${bandLabelsText(s)}）：请改为其中之一，不限等次请留空`);
}

function checkCount(r: Reporter, path: string, award: string, count: unknown) {
  if (typeof count !== 'string') {
    r.error(path, `${award}的名额 ${quote(count)} 无法识别：请填写名额数（如 2）或比例（如 40%）`);
    return;
  }
  try {
    placeCountOf(count);
  } catch (e) {
    r.error(path, `${award}的名额 ${quote(count)} 无法使用：${(e as Error).message}`);
  }
}

function knownCategory(s: Scheme, name: string): boolean {
  return s.categories.length === 0 || s.categories.some((c) => nameKey(c) === nameKey(name));
}

function checkPlaceRule(s: Scheme, r: Reporter, rule: PlaceAwardRule, p: string) {
  checkNames(r, rule.categories, `${p}.categories`, '奖项适用类别', false);
  rule.categories.forEach((c, j) => {
    if (c.trim() && !knownCategory(s, c))
      r.error(`${p}.categories[${j}]`, `奖项适用类别“${c}”不在方案的类别（${s.categories.join('、')}）中：请改为其中之一，或在类别中添加它`);
  });
  if (rule.tiers.length === 0) r.error(`${p}.tiers`, '这组奖项没有任何奖项：请至少填写一个奖项（如 一等奖 1 名）或删除该组');
  rule.tiers.forEach((t: AwardTier, j) => {
    const tp = `${p}.tiers[${j}]`;
    const award = t.name && t.name.trim() ? `“${t.name}”` : `第${j + 1}个奖项`;
    if (!t.name || !t.name.trim()) r.error(`${tp}.name`, `${award}缺少名称：请填写奖项名称（如 一等奖）`);
    if (typeof t.count === 'string') checkCount(r, `${tp}.count`, award, t.count);
    else if (t.count && typeof t.count === 'object') {
      const entries = Object.entries(t.count);
      if (entries.length === 0) r.error(`${tp}.count`, `${award}按类别设名额，但没有写任何类别：请填写类别和名额`);
      if (!s.ranking.byCategory && entries.length > 0)
        r.error(`${tp}.count`, `${award}按类别设名额，但“分类排名”为否：请把分类排名改为 是，或给出统一的名额`);
      for (const [cat, c] of entries) {
        const cp = `${tp}.count.${cat}`;
        if (!knownCategory(s, cat))
          r.error(cp, `${award}的名额类别“${cat}”不在方案的类别（${s.categories.join('、')}）中：请改为其中之一，或在类别中添加它`);
        else if (rule.categories.length > 0 && !rule.categories.some((x) => nameKey(x) === nameKey(cat)))
          r.warn(cp, `${award}为“${cat}”设了名额，但这组奖项只适用于 ${rule.categories.join('、')}：该名额不会使用`);
        checkCount(r, cp, `${award}（${cat}）`, c);
      }
    } else checkCount(r, `${tp}.count`, award, t.count);
    checkMinGrade(s, r, `${tp}.minGrade`, award, t.minGrade);
  });
}

function checkSingleRule(s: Scheme, r: Reporter, rule: SingleAwardRule, p: string) {
  const award = rule.name && rule.name.trim() ? `单项奖“${rule.name}”` : '单项奖';
  if (!rule.name || !rule.name.trim()) r.error(`${p}.name`, '单项奖缺少名称：请填写奖项名称（如 招商引资奖）');
  checkCount(r, `${p}.count`, award, rule.count);
  checkMinGrade(s, r, `${p}.minGrade`, award, rule.minGrade);
  checkNames(r, rule.eligible, `${p}.eligible`, `${award}的参评单位`, false);
  if (rule.rankBy !== null && !rule.rankBy.trim())
    r.error(`${p}.rankBy`, `${award}的排名依据列为空：请填写汇总表中的列名，按总分排名请留空`);
}

function checkAwards(s: Scheme, r: Reporter) {
  const names = new Map<string, string>();
  const noteName = (name: string, path: string) => {
    if (!name || !name.trim()) return;
    const k = nameKey(name);
    if (names.has(k))
      r.warn(path, `奖项名称“${name}”用了两次（另见 ${r.at(names.get(k)!)}）：表彰名单按奖项名称分组，两处会混在一起，请改用不同名称`);
    else names.set(k, path);
  };
  s.awards.forEach((rule, i) => {
    const p = `awards[${i}]`;
    if (rule.kind === 'places') {
      checkPlaceRule(s, r, rule, p);
      rule.tiers.forEach((t, j) => noteName(t.name, `${p}.tiers[${j}].name`));
    } else if (rule.kind === 'single') {
      checkSingleRule(s, r, rule, p);
      noteName(rule.name, `${p}.name`);
    } else r.error(`${p}.kind`, `奖项类型 ${quote((rule as { kind: unknown }).kind)} 无法识别：应为 places（按名次）或 single（单项奖）`);
  });
}

function checkDistribution(s: Scheme, r: Reporter) {
  s.distribution.forEach((d, i) => {
    const p = `distribution[${i}]`;
    const at = s.bands.findIndex((b) => nameKey(b.label) === nameKey(d.grade));
    if (at < 0) r.error(`${p}.grade`, `强制分布的等次“${d.grade}”不是方案中的等次（${bandLabelsText(s)}）：请改为其中之一`);
    else if (at === s.bands.length - 1)
      r.error(`${p}.grade`, `强制分布不能限制最低等次“${d.grade}”：超出比例的单位无处可降；请改为限制更高的等次（如 优秀）`);
    if (shareOf(d.maxShare) === null)
      r.error(`${p}.maxShare`, `强制分布“${d.grade}”的比例上限 ${quote(d.maxShare)} 无法使用：请填写 0% 到 100% 之间的比例，如 20%`);
    checkEnum(r, `${p}.scope`, '强制分布的范围', d.scope, SCOPE_WORDS);
    checkEnum(r, `${p}.rounding`, '强制分布的名额取整', d.rounding, ROUNDING_WORDS);
    checkEnum(r, `${p}.ties`, '强制分布的并列处理', d.ties, TIES_WORDS);
  });
}

/** Labels of a lookup table (评价, 档次): none blank, none twice (a formula's lookup would find only the first). */
function checkLabels(r: Reporter, labels: readonly unknown[], path: (i: number) => string, what: string, example: string) {
  const seen = new Map<string, number>();
  labels.forEach((label, i) => {
    if (typeof label !== 'string' || !label.trim()) {
      r.error(path(i), `${what}第${i + 1}行缺少名称：请填写${what}（如 ${example}），或删除这一行`);
      return;
    }
    const k = nameKey(label);
    const first = seen.get(k);
    if (first !== undefined)
      r.error(path(i), `${what}“${label}”写了两次（另见 ${r.at(path(first))}）：表格公式只会用第一次的值，请删除重复的一行或改名`);
    else seen.set(k, i);
  });
}

function checkRatingShares(s: Scheme, r: Reporter) {
  const list = s.ratingShares;
  if (!list) return;
  checkLabels(r, list.map((x) => x.rating), (i) => `ratingShares[${i}].rating`, '定性评价', '较好');
  list.forEach((x, i) => {
    const written = String(x.share);
    if (shareOf(written) !== null) return;
    const p = `ratingShares[${i}].share`;
    const what = `定性评价“${x.rating}”的比例`;
    const n = parseNumericText(written);
    if (!n) r.error(p, `${what} ${quote(x.share)} 不是数字：请填写 0% 到 100% 之间的比例，如 80%`);
    else
      r.error(p, `${what} ${quote(x.share)} 不在 0% 到 100% 之间（按 ${show(n.value.times(100))}% 计）：请填写如 80%（带百分号），得分＝分值 × 比例，不能超过分值`);
  });
}

/** Points of the leader evaluation: a number, not negative. */
function checkPoints(r: Reporter, path: string, what: string, points: unknown): Dec | null {
  const d = typeof points === 'string' ? decimalOf(points) : null;
  if (!d) r.error(path, `${what}的分值 ${quote(points)} 不是数字：请填写分值，如 90`);
  else if (d.isNegative()) r.error(path, `${what}的分值 ${quote(points)} 是负数：请填写 0 或正数`);
  else return d;
  return null;
}

function checkTierPoints(s: Scheme, r: Reporter) {
  const list = s.tierPoints;
  if (!list) return;
  checkLabels(r, list.map((x) => x.tier), (i) => `tierPoints[${i}].tier`, '档次', '一档');
  list.forEach((x, i) => checkPoints(r, `tierPoints[${i}].points`, `档次“${x.tier}”`, x.points));
}

/**
 * Ranks 1, 2, 3 … each once. A later place worth more than an earlier one is a warning, not an
 * error: the seed leaves the points to the office (由市绩效办统一设定), but it is almost always a slip.
 */
function checkRankPoints(s: Scheme, r: Reporter) {
  const list = s.rankPoints;
  if (!list) return;
  const seen = new Map<number, number>();
  const usable: { i: number; rank: number; points: Dec }[] = [];
  list.forEach((x, i) => {
    const p = `rankPoints[${i}]`;
    const points = checkPoints(r, `${p}.points`, `第${x.rank}名`, x.points);
    if (!(typeof x.rank === 'number' && Number.isInteger(x.rank) && x.rank >= 1)) {
      r.error(`${p}.rank`, `名次 ${quote(x.rank)} 无法使用：请填写 1 或更大的整数（1 表示第一名）`);
      return;
    }
    const first = seen.get(x.rank);
    if (first !== undefined) {
      r.error(`${p}.rank`, `第${x.rank}名写了两次（另见 ${r.at(`rankPoints[${first}].rank`)}）：每个名次只能对应一个分值，请删除重复的一行`);
      return;
    }
    seen.set(x.rank, i);
    if (points) usable.push({ i, rank: x.rank, points });
  });
  const missing: number[] = [];
  const last = Math.max(0, ...seen.keys());
  for (let n = 1; n <= last; n++) if (!seen.has(n)) missing.push(n);
  if (missing.length > 0)
    r.warn('rankPoints', `名次分值缺少第${missing.join('、')}名：领导给出这些名次时得分无法计算，请补上它们的分值`);
  const ordered = [...usable].sort((a, b) => a.rank - b.rank);
  for (let k = 1; k < ordered.length; k++) {
    const [before, after] = [ordered[k - 1], ordered[k]];
    if (after.points.gt(before.points))
      r.warn(
        `rankPoints[${after.i}].points`,
        `第${after.rank}名的分值 ${show(after.points)} 高于第${before.rank}名的 ${show(before.points)}（${r.at(`rankPoints[${before.i}].points`)}）：名次靠后的单位会得更多分，请核对分值`,
      );
  }
}
