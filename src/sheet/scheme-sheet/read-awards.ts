import { sameName } from '../../engine/scheme/access';
import type { AwardTier, PlaceAwardRule, SingleAwardRule } from '../../engine/scheme/types';
import { splitList } from './layout';
import type { SheetContext } from './read-context';
import { countText, rawText } from './read-values';

/** 五、奖项（按名次）: rules of place tiers; a tier's count may go on one row per category. */
export function readPlaces(ctx: SheetContext): PlaceAwardRule[] {
  const b = ctx.blocks.get('places');
  ctx.blockPath('awards', 'places');
  if (!b || b.header === null) return [];
  const rules: PlaceAwardRule[] = [];
  let rule: PlaceAwardRule | null = null;
  let ruleKey = '';
  let scopeSet = false;
  let tier: AwardTier | null = null;
  let tierCell = '';
  for (const row of b.rows) {
    const keyText = rawText(ctx.raw(row, b.columns.get('rule')));
    if (!rule || (keyText !== '' && keyText !== ruleKey)) {
      rule = { kind: 'places', categories: [], tiers: [] };
      rules.push(rule);
      ruleKey = keyText || ruleKey || '1';
      scopeSet = false;
      tier = null;
      const p = `awards[${rules.length - 1}]`;
      ctx.paths.set(p, ctx.addr(row, ctx.col(b, 'rule')));
      ctx.paths.set(`${p}.tiers`, ctx.addr(row, ctx.col(b, 'rule')));
      ctx.paths.set(`${p}.categories`, ctx.addr(row, ctx.col(b, 'scope')));
    }
    const p = `awards[${rules.length - 1}]`;
    const scope = rawText(ctx.raw(row, b.columns.get('scope')));
    if (scope && !scopeSet) {
      rule.categories = splitList(scope);
      scopeSet = true;
      ctx.paths.set(`${p}.categories`, ctx.addr(row, ctx.col(b, 'scope')));
    } else if (scope && !sameList(splitList(scope), rule.categories))
      ctx.warn(row, ctx.col(b, 'scope'), `同一规则的适用类别写了两个不同的值：以第一行“${rule.categories.join('、')}”为准。请只在规则的第一行填写适用类别`);
    const name = rawText(ctx.raw(row, b.columns.get('name')));
    const cat = rawText(ctx.raw(row, b.columns.get('category')));
    const countRaw = ctx.raw(row, b.columns.get('count'));
    const minGrade = rawText(ctx.raw(row, b.columns.get('minGrade')));
    const continues = tier !== null && cat !== '' && typeof tier.count !== 'string' && (name === '' || sameName(name, tier.name));
    if (continues && tier && typeof tier.count !== 'string') {
      const tp = `${p}.tiers[${rule.tiers.length - 1}]`;
      if (Object.keys(tier.count).some((k) => sameName(k, cat))) {
        ctx.warn(row, ctx.col(b, 'category'), `“${tier.name}”的类别“${cat}”写了两行：以第一行为准，这一行被忽略`);
        continue;
      }
      tier.count[cat] = countText(countRaw);
      ctx.paths.set(`${tp}.count.${cat}`, ctx.addr(row, ctx.col(b, 'count')));
      if (minGrade && !sameName(minGrade, tier.minGrade ?? '')) differentMinGrade(ctx, row, ctx.col(b, 'minGrade'), tier, tierCell, minGrade);
      continue;
    }
    if (name === '') {
      ctx.warn(row, ctx.col(b, 'name'), '这一行没有奖项名称：已忽略。请填写奖项名称（如 一等奖），或删除这一行');
      continue;
    }
    const tp = `${p}.tiers[${rule.tiers.length}]`;
    tier = { name, count: cat === '' ? countText(countRaw) : { [cat]: countText(countRaw) }, minGrade: minGrade === '' ? null : minGrade };
    tierCell = ctx.addr(row, ctx.col(b, 'minGrade'));
    rule.tiers.push(tier);
    ctx.paths.set(tp, ctx.addr(row, ctx.col(b, 'name')));
    ctx.paths.set(`${tp}.name`, ctx.addr(row, ctx.col(b, 'name')));
    ctx.paths.set(`${tp}.count`, ctx.addr(row, ctx.col(b, 'count')));
    if (cat !== '') ctx.paths.set(`${tp}.count.${cat}`, ctx.addr(row, ctx.col(b, 'count')));
    ctx.paths.set(`${tp}.minGrade`, ctx.addr(row, ctx.col(b, 'minGrade')));
  }
  return rules;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => sameName(x, b[i]));
}

/**
 * The model has one minimum grade per tier: a category row that names another one is an
 * error (the tier's own minimum is checked by validateScheme at the tier's first row).
 */
function differentMinGrade(ctx: SheetContext, row: number, col: number, tier: AwardTier, firstCell: string, minGrade: string) {
  const labels = ctx.scheme.bands.map((x) => x.label);
  const notBand = labels.some((l) => sameName(l, minGrade)) ? '' : `，而且“${minGrade}”不是方案中的等次（${labels.join('、')}）`;
  const fix = tier.minGrade ? `请改为“${tier.minGrade}”或留空（沿用第一行）` : '请留空（与第一行一样不限等次）';
  ctx.fail(
    row,
    col,
    `“${tier.name}”这一类别的最低等次“${minGrade}”与第一行（${firstCell}）的“${tier.minGrade ?? '不限'}”不同${notBand}：同一奖项在各类别只能有一个最低等次。` +
      `${fix}；如这一类别确需不同的最低等次，请把它另写成一条规则（另起规则号，在“适用类别”中写这一类别）`,
  );
}

/** 六、单项奖: one award a row; they follow the place rules in the scheme's awards. */
export function readSingles(ctx: SheetContext, offset: number): SingleAwardRule[] {
  const b = ctx.blocks.get('singles');
  if (!b || b.header === null) return [];
  return b.rows.map((row, j) => {
    const p = `awards[${offset + j}]`;
    ctx.paths.set(p, ctx.addr(row, ctx.col(b, 'name')));
    const name = rawText(ctx.cell(b, row, 'name', `${p}.name`));
    const area = rawText(ctx.cell(b, row, 'area', `${p}.area`));
    const count = countText(ctx.cell(b, row, 'count', `${p}.count`));
    const minGrade = rawText(ctx.cell(b, row, 'minGrade', `${p}.minGrade`));
    const rankBy = rawText(ctx.cell(b, row, 'rankBy', `${p}.rankBy`));
    const eligible = splitList(rawText(ctx.cell(b, row, 'eligible', `${p}.eligible`)));
    return {
      kind: 'single',
      name,
      ...(area ? { area } : {}),
      eligible,
      count,
      minGrade: minGrade || null,
      rankBy: rankBy || null,
    };
  });
}
