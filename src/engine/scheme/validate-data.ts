import { show } from '../decimal';
import { parsePlaceCount } from '../quota';
import { componentEntries, decimalOf, sameName, tierCountFor } from './access';
import { Locate, Reporter, SchemeCheck } from './report';
import type { PlaceAwardRule, Scheme, SingleAwardRule } from './types';

/** A weight written in a header of the clerk's sheet: "指标考核(80%)" → { name: "指标考核", weight: "80", unit: "percent" }. */
export interface HeaderWeight {
  name: string;
  weight: string;
  unit?: 'percent' | 'points';
}

/** What the data on the clerk's sheet holds, as far as the scheme cares. */
export interface SchemeData {
  /** Category → number of units listed. Empty when the sheet has no category column. */
  categories: Map<string, number>;
  /** Unit names listed. */
  units: string[];
  /** Column headers (names without their weights). */
  columns: string[];
  /** Weights written in the sheet's headers; the scheme's weights win, a difference is reported. */
  headerWeights?: HeaderWeight[];
}

/**
 * Check a scheme against the data it is applied to: award places that stay empty because a
 * category has too few units (a warning), categories the scheme does not know, 单项奖 units
 * and columns that are not on the sheet, and header weights that differ from the scheme's.
 */
export function validateAgainstData(scheme: Scheme, data: SchemeData, locate?: Locate): SchemeCheck {
  const r = new Reporter(locate);
  checkCategories(scheme, data, r);
  const groups = groupsOf(scheme, data);
  scheme.awards.forEach((rule, i) => {
    if (rule.kind === 'places') checkPlaces(scheme, rule, `awards[${i}]`, groups, r);
    else if (rule.kind === 'single') checkSingle(rule, `awards[${i}]`, data, r);
  });
  scheme.ranking.tieBreak.forEach((col, j) => {
    if (col.trim() && !hasColumn(data, col))
      r.error(`ranking.tieBreak[${j}]`, `并列比较列“${col}”在汇总表中找不到（现有列：${data.columns.join('、')}）：请改为汇总表中的列名，或删除该项`);
  });
  checkHeaderWeights(scheme, data, r);
  return r.result();
}

interface Group {
  name: string;
  size: number;
}

const ALL = '全部单位';

function groupLabel(g: Group): string {
  return g.name === '' ? ALL : `“${g.name}”`;
}

/** Places are counted within each category when the scheme ranks by category and the data has categories. */
function groupsOf(s: Scheme, data: SchemeData): Group[] {
  if (s.ranking.byCategory && data.categories.size > 0) return [...data.categories].map(([name, size]) => ({ name, size }));
  return [{ name: '', size: data.units.length }];
}

function hasColumn(data: SchemeData, col: string): boolean {
  return data.columns.some((c) => sameName(c, col));
}

function checkCategories(s: Scheme, data: SchemeData, r: Reporter) {
  if (s.categories.length === 0) return;
  for (const [cat, n] of data.categories) {
    if (cat === '' || s.categories.some((c) => sameName(c, cat))) continue;
    r.error(
      'categories',
      `汇总表中的类别“${cat}”（${n} 个单位）不在方案的类别（${s.categories.join('、')}）中：请在方案的类别中添加它，或改正汇总表中的类别名称`,
    );
  }
}

function checkPlaces(s: Scheme, rule: PlaceAwardRule, p: string, all: Group[], r: Reporter) {
  const grouped = all.length > 1 || all[0].name !== '';
  rule.categories.forEach((c, j) => {
    if (grouped && !all.some((g) => sameName(g.name, c)))
      r.warn(`${p}.categories[${j}]`, `奖项适用类别“${c}”在汇总表中没有单位：这一类不会评出奖项。如类别名称写法不同，请改成一致`);
  });
  const groups = rule.categories.length > 0 && grouped ? all.filter((g) => rule.categories.some((c) => sameName(c, g.name))) : all;
  rule.tiers.forEach((t, j) => {
    if (typeof t.count === 'string' || !grouped) return;
    for (const cat of Object.keys(t.count))
      if (!all.some((g) => sameName(g.name, cat)))
        r.warn(`${p}.tiers[${j}].count.${cat}`, `“${t.name}”为类别“${cat}”设了名额，但汇总表中没有这一类的单位：这些名额不会使用。如类别名称写法不同，请改成一致`);
  });
  for (const g of groups) {
    let start = 0;
    rule.tiers.forEach((t, j) => {
      const tp = `${p}.tiers[${j}]`;
      const count = tierCountFor(t, g.name);
      if (count === null) {
        if (grouped) r.warn(`${tp}.count`, `“${t.name}”没有为${groupLabel(g)}设名额：这一类不评“${t.name}”。如需评奖，请为它添加一行名额`);
        return;
      }
      const key = typeof t.count === 'string' ? null : Object.keys(t.count).find((k) => sameName(k, g.name));
      const path = key ? `${tp}.count.${key}` : `${tp}.count`;
      let n: number;
      try {
        n = parsePlaceCount(count, g.size, s.awardSettings.quotaRounding).count;
      } catch {
        return; // reported by validateScheme
      }
      // Places past the last unit stay empty: the result is still defined, so this is a warning.
      if (n > 0 && start + n > g.size) {
        const first = Math.max(start, g.size) + 1;
        const empty = start + n - first + 1;
        const all = empty === n ? `${n} 个名额全部` : `其中 ${empty} 个名额（${places(first, start + n)}）`;
        r.warn(
          path,
          `${groupLabel(g)}只有 ${g.size} 个单位，“${t.name}”的 ${n} 个名额（${places(start + 1, start + n)}）${all}排不到：这些名额将空缺。如不对，请减少名额，或改用比例（如 20%）`,
        );
      }
      start += n;
    });
  }
}

/** "第 2 名", "第 2 至 3 名". */
function places(from: number, to: number): string {
  return from === to ? `第 ${from} 名` : `第 ${from} 至 ${to} 名`;
}

function checkSingle(rule: SingleAwardRule, p: string, data: SchemeData, r: Reporter) {
  const award = `单项奖“${rule.name}”`;
  let candidates = data.units.length;
  if (rule.eligible.length > 0) {
    candidates = 0;
    rule.eligible.forEach((u, j) => {
      if (data.units.some((x) => sameName(x, u))) candidates++;
      else r.warn(`${p}.eligible[${j}]`, `${award}的参评单位“${u}”不在汇总表中：它不参加此奖。如单位名称写法不同，请改成与汇总表一致`);
    });
  }
  try {
    const n = parsePlaceCount(rule.count, candidates).count;
    if (n > candidates)
      r.warn(
        `${p}.count`,
        `${award}的名额 ${n} 名多于参评单位数 ${candidates} 个：${places(candidates + 1, n)}将空缺。如不对，请减少名额，或在参评单位中添加单位`,
      );
  } catch {
    // reported by validateScheme
  }
  if (rule.rankBy !== null && rule.rankBy.trim() && !hasColumn(data, rule.rankBy))
    r.error(`${p}.rankBy`, `${award}的排名依据列“${rule.rankBy}”在汇总表中找不到（现有列：${data.columns.join('、')}）：请改为汇总表中的列名，按总分排名请留空`);
}

function checkHeaderWeights(s: Scheme, data: SchemeData, r: Reporter) {
  if (!data.headerWeights || s.components.length === 0) return;
  const entries = componentEntries(s);
  const unitWord = (u: 'percent' | 'points') => (u === 'points' ? '分' : '%');
  for (const h of data.headerWeights) {
    const e = entries.find((x) => sameName(x.rule.column ?? x.rule.name, h.name) || sameName(x.rule.name, h.name));
    const written = `“${h.name}（${h.weight}${unitWord(h.unit ?? s.weightUnit)}）”`;
    if (!e) {
      r.warn('components', `汇总表表头${written}不在方案的考核构成中：计算按方案的考核构成进行，这一列不计入总分。如需计入，请在方案中添加它`);
      continue;
    }
    const mine = decimalOf(e.rule.weight);
    const theirs = decimalOf(h.weight);
    if (!mine || !theirs) continue;
    const sameUnit = (h.unit ?? s.weightUnit) === s.weightUnit;
    if (sameUnit && mine.eq(theirs)) continue;
    r.warn(
      `${e.path}.weight`,
      `汇总表表头${written}与方案中“${e.rule.name}”的${show(mine)}${unitWord(s.weightUnit)}不同：按方案的 ${show(mine)}${unitWord(s.weightUnit)} 计算。如表头正确，请修改方案中的权重`,
    );
  }
}
