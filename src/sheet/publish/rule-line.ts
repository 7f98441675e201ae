import type { Bands } from '../../engine/bands';
import type { RankingResult } from '../ranking/types';

function bandsWords(bands: Bands): string {
  return bands
    .map((b, i) => (b.min === null ? `${bands[i - 1]?.min?.toFixed() ?? ''}分以下为${b.label}` : `${b.label} ${b.min.toFixed()}分及以上`))
    .join('，');
}

function awardsWords(result: RankingResult): string {
  const named = new Map<string, number>();
  for (const line of result.awardLines) named.set(line.award, (named.get(line.award) ?? 0) + line.count);
  if (named.size === 0) return '';
  return `表彰名额：${[...named].map(([award, n]) => `${award} ${n} 名`).join('、')}`;
}

/** The rule under a posted table, in plain words (no setting names, no flags). */
export function ruleLine(result: RankingResult): string {
  const s = result.scheme;
  const method = s.ranking.method === 'dense' ? '中国式排名（并列不占用名次）' : '并列占用名次';
  const scope = result.hasCategory && s.ranking.byCategory ? '，各类别分别排名' : '';
  const parts = [
    `等次标准：${bandsWords(result.bands)}`,
    `排名方式：按总分从高到低${scope}，${method}`,
    s.decimals === null ? '' : `总分四舍五入保留 ${s.decimals} 位小数`,
    awardsWords(result),
  ].filter((p) => p !== '');
  return `说明：${parts.join('；')}。`;
}
