import type { AwardRule, QuotaRounding, Scheme } from '../../engine/scheme/types';
import type { Bands } from '../../engine/bands';
import { labelOf, ROUNDING_WORDS } from '../../engine/scheme/words';
import type { RankingResult } from './types';

const ROUNDING = (r: QuotaRounding) => labelOf(ROUNDING_WORDS, r);

export function bandsLine(bands: Bands): string {
  const parts = bands.map((b, i) =>
    b.min === null ? `${b.label}（${bands[i - 1]?.min?.toFixed() ?? ''}分以下）` : `${b.label} ≥ ${b.min.toFixed()}分`,
  );
  return `等次：${parts.join('，')}（下限含本数）`;
}

function countText(count: string | Record<string, string>): string {
  if (typeof count === 'string') return /%$/.test(count) ? `各类别单位数的 ${count}` : `${count} 名`;
  return Object.entries(count)
    .map(([cat, c]) => `${cat} ${/%$/.test(c) ? c : `${c} 名`}`)
    .join('，');
}

function awardLine(rule: AwardRule): string {
  if (rule.kind === 'places') {
    const scope = rule.categories.length > 0 ? `（${rule.categories.join('、')}）` : '';
    return `名次奖${scope}：${rule.tiers
      .map((t) => `${t.name} ${countText(t.count)}${t.minGrade ? `，须${t.minGrade}及以上` : ''}`)
      .join('；')}`;
  }
  const by = rule.rankBy ? `按“${rule.rankBy}”排序` : '按总分排序';
  const who = rule.eligible.length > 0 ? `参评单位：${rule.eligible.join('、')}` : '参评单位：全部';
  return `单项奖 ${rule.area ? `${rule.area}·` : ''}${rule.name}：${countText(rule.count)}，${rule.minGrade ? `须${rule.minGrade}及以上，` : ''}${by}，${who}`;
}

/** The scheme as applied, line by line, so a published ranking can be checked later. */
export function describeScheme(result: RankingResult): string[] {
  const s: Scheme = result.scheme;
  const lines: string[] = [`方案：${s.name}（来源：${result.schemeSource}）`];
  if (result.components.length > 0) {
    const parts = result.components.map((c) => c.label);
    lines.push(`构成：${parts.join(' + ')}${result.components[0].unit === 'percent' ? '（各项按百分制得分 × 权重）' : '（各项得分直接相加）'}`);
  } else lines.push('构成：使用表中的总分列');
  lines.push(bandsLine(result.bands));
  const headerCaps = result.table.columns.filter((c) => c.cap !== undefined).map((c) => `“${c.header}”每项最多 ${c.cap} 分`);
  const totalColumn = result.table.columns.find((c) => c.role === 'total');
  lines.push(
    `扣分上限：${s.deductionCap === null ? '无' : `${s.deductionCap}分`}；加分上限：${s.bonusCap === null ? '无' : `${s.bonusCap}分`}` +
      (headerCaps.length > 0 ? `；表头上限：${headerCaps.join('，')}` : '') +
      (totalColumn && result.components.length === 0 ? `；总分取自“${totalColumn.header}”列（视为已含扣分和加分）` : ''),
  );
  lines.push(s.decimals === null ? '总分小数：不取舍，按全部小数评定等次和排名' : `总分小数：四舍五入保留 ${s.decimals} 位后评定等次和排名`);
  const method = s.ranking.method === 'dense' ? '中国式排名（并列不占位：1,2,2,3）' : '竞争排名（并列占位：1,2,2,4）';
  const scope = result.hasCategory && s.ranking.byCategory ? '，各类别分别排名' : '';
  const ties = s.ranking.tieBreak.length > 0 ? `，总分相同时依次比较 ${s.ranking.tieBreak.join('、')}` : '';
  lines.push(`排名：${method}${scope}${ties}`);
  const veto = { downgrade: '降低一个等次', exclude: '取消评奖资格', both: '降低一个等次并取消评奖资格' }[s.veto.effect];
  lines.push(`一票否决：${veto}；取消评优：参加排名，不参加评奖`);
  for (const d of s.distribution)
    lines.push(`强制分布：“${d.grade}”不超过${d.scope === 'category' ? '各类别' : '全部'}单位数的 ${d.maxShare}（${ROUNDING(d.rounding)}，并列${d.ties === 'include' ? '全部保留' : '全部不计入'}）`);
  if (s.awards.length === 0) lines.push('奖项：未设置奖项规则，本次不评奖');
  else {
    for (const r of s.awards) lines.push(awardLine(r));
    const st = s.awardSettings;
    lines.push(
      `名额：按百分比计算的名额${ROUNDING(st.quotaRounding)}；名次奖的空缺名额${st.vacancy === 'empty' ? '保留空缺，不顺延' : '按名次顺延（规则见下）'}；` +
        `综合奖与单项奖${st.exclusive ? '不兼得' : '可兼得'}；每个单位${st.maxSinglePerUnit === null ? '可获多个单项奖' : `最多获 ${st.maxSinglePerUnit} 个单项奖`}`,
    );
  }
  return lines;
}
