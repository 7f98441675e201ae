import type { Bands } from './bands';
import { gradeRank } from './bands';
import { Dec } from './decimal';
import { invalid } from './errors';
import type { DistributionRule } from './scheme/types';
import { categoryLabel, nameKey, names, readCount } from './awards/words';

export interface DistributionUnit {
  id: number;
  /** For the report lines; units without a name are called by their id. */
  name?: string;
  category: string;
  total: Dec | null;
  gradeIndex: number | null;
}

export interface DistributionOutcome {
  /** Every unit's grade after the rules (unchanged units keep theirs). */
  gradeIndex: Map<number, number | null>;
  notes: Map<number, string[]>;
  /** One Chinese sentence per rule and group: the cap, how it was computed, who dropped. */
  lines: string[];
}

/**
 * Forced distribution (强制分布): "优秀 at most 20% of units". The cap is a share of all units
 * listed in the scope (the category, or everyone), rounded by the rule. Holders beyond the cap,
 * by total, drop one band. Units tied at the cut all keep the grade ('include', the overflow is
 * reported) or all drop ('exclude'). Rules run from the best grade down, so a unit dropped from
 * 优秀 is counted by a rule on 良好.
 */
export function applyDistribution(
  units: readonly DistributionUnit[],
  rules: readonly DistributionRule[],
  bands: Bands,
): DistributionOutcome {
  const sorted = [...units].sort((a, b) => a.id - b.id);
  const grade = new Map<number, number | null>(sorted.map((u) => [u.id, u.gradeIndex]));
  const notes = new Map<number, string[]>(sorted.map((u) => [u.id, []]));
  const lines: string[] = [];
  const ordered = rules
    .map((rule) => ({ rule, g: gradeRank(rule.grade, bands) }))
    .map(({ rule, g }) => {
      if (g < 0) throw invalid(`强制分布规则的等次“${rule.grade}”不是现有等次（${bands.map((b) => b.label).join('、')}）：请改为其中之一`);
      if (g === bands.length - 1) throw invalid(`强制分布规则不能限制最低等次“${rule.grade}”：超出的单位无处可降`);
      return { rule, g };
    })
    .sort((a, b) => a.g - b.g);

  for (const { rule, g } of ordered) {
    for (const [scopeLabel, members] of scopes(sorted, rule.scope)) {
      const label = bands[g].label;
      const lower = bands[g + 1].label;
      const cap = readCount(rule.maxShare, members.length, rule.rounding, scopeLabel, `强制分布规则“${label}”`);
      const capText = `${label}不超过 ${rule.maxShare}：${cap.shown}`;
      const holders = members
        .filter((u) => u.total !== null && grade.get(u.id) === g)
        .sort((a, b) => b.total!.cmp(a.total!) || a.id - b.id);
      if (holders.length <= cap.count) {
        lines.push(`${capText}；现有${label} ${holders.length} 个，未超过上限`);
        continue;
      }
      const cut = cap.count > 0 ? holders[cap.count - 1].total! : null;
      const tiedAtCut = cut === null ? [] : holders.filter((u) => u.total!.eq(cut));
      const tieCrossesCut = tiedAtCut.length > 0 && holders[cap.count].total!.eq(cut!);
      let keep = cap.count;
      if (tieCrossesCut) {
        const firstTied = holders.findIndex((u) => u.total!.eq(cut!));
        keep = rule.ties === 'include' ? firstTied + tiedAtCut.length : firstTied;
      }
      const dropped = holders.slice(keep);
      for (const u of dropped) {
        grade.set(u.id, g + 1);
        notes.get(u.id)!.push(`强制分布：${capText}，本单位得分 ${u.total!.toFixed()} 未进入前 ${cap.count} 名，等次由${label}调为${lower}`);
      }
      let tieText = '';
      if (tieCrossesCut) {
        const tieNames = names(tiedAtCut.map((u) => ({ name: unitName(u) })));
        if (rule.ties === 'include') {
          tieText = `；得分 ${cut!.toFixed()} 并列的 ${tiedAtCut.length} 个单位（${tieNames}）均保留${label}，超出上限 ${keep - cap.count} 名`;
          for (const u of tiedAtCut) notes.get(u.id)!.push(`强制分布：得分 ${cut!.toFixed()} 与其他单位并列于${label}名额线上，并列均保留${label}（超出上限 ${keep - cap.count} 名）`);
        } else {
          tieText = `；得分 ${cut!.toFixed()} 并列的 ${tiedAtCut.length} 个单位（${tieNames}）均调为${lower}，${label}实际 ${keep} 名，少于上限`;
        }
      }
      lines.push(`${capText}；原有${label} ${holders.length} 个，保留 ${keep} 个，${dropped.length} 个调为${lower}（${names(dropped.map((u) => ({ name: unitName(u) })))}）${tieText}`);
    }
  }
  return { gradeIndex: grade, notes, lines };
}

function unitName(u: DistributionUnit): string {
  return u.name ?? `第${u.id}号单位`;
}

function scopes(units: readonly DistributionUnit[], scope: 'category' | 'all'): [string, DistributionUnit[]][] {
  if (scope === 'all') return [['全部单位', [...units]]];
  const groups = new Map<string, [string, DistributionUnit[]]>();
  for (const u of units) {
    const k = nameKey(u.category);
    if (!groups.has(k)) groups.set(k, [categoryLabel(u.category), []]);
    groups.get(k)![1].push(u);
  }
  return [...groups.values()];
}
