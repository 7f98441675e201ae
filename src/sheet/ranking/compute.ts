import { assignAwards } from '../../engine/awards';
import type { AwardUnit } from '../../engine/awards/types';
import { bandIndex, lowered } from '../../engine/bands';
import { D, Dec, roundHalfUp, show } from '../../engine/decimal';
import { applyDistribution } from '../../engine/distribution';
import { placesOf, rankAll } from '../../engine/rank';
import { bandsOf } from '../../engine/scheme/access';
import type { Scheme } from '../../engine/scheme/types';
import type { SourceTable } from '../source-table';
import type { Warning } from '../warning';
import { resolveComponents } from './components';
import { readUnits, UnitInput } from './read-rows';
import type { RankingResult, UnitResult } from './types';

/** Blank tie-break values sort last. */
const LOWEST = new D('-1e30');

/** Each unit's ranking keys: its total used, then the scheme's tie-break columns; null when not scored. */
function rankKeys(units: UnitResult[], inputs: UnitInput[], scheme: Scheme): (Dec[] | null)[] {
  return units.map((u, i) => (u.total === null ? null : [u.total, ...scheme.ranking.tieBreak.map((c) => inputs[i].columns[c] ?? LOWEST)]));
}

function tieNotes(units: UnitResult[], keys: (Dec[] | null)[]): void {
  const byPlace = new Map<string, UnitResult[]>();
  units.forEach((u, i) => {
    if (u.place === null || keys[i] === null) return;
    const k = `${u.category}\u0000${u.place}`;
    byPlace.set(k, [...(byPlace.get(k) ?? []), u]);
  });
  for (const tied of byPlace.values()) {
    if (tied.length < 2) continue;
    for (const u of tied) {
      const others = tied.filter((t) => t !== u).map((t) => t.name);
      u.notes.push(`与 ${others.join('、')} 并列第 ${u.rank} 名`);
    }
  }
}

/**
 * The one-click ranking, host-free. Order of application (fixed):
 * total → rounding → grade → veto effect → forced distribution → ranking → awards.
 */
export function computeRanking(table: SourceTable, scheme: Scheme, schemeSource: string): RankingResult {
  const warnings: Warning[] = [...table.warnings];
  const bands = bandsOf(scheme);
  const components = resolveComponents(table, scheme);
  const inputs = readUnits(table, components, scheme, warnings);
  const hasCategory = table.columns.some((c) => c.role === 'category');
  const downgrades = scheme.veto.effect !== 'exclude';
  const vetoExcludes = scheme.veto.effect !== 'downgrade';

  // total → rounding → grade → veto
  const units: UnitResult[] = inputs.map((u) => {
    const notes = [...u.notes];
    const total = u.total !== null && scheme.decimals !== null ? roundHalfUp(u.total, scheme.decimals) : u.total;
    if (u.total !== null && total !== null && !total.eq(u.total)) notes.push(`总分 ${show(u.total)} 按四舍五入保留 ${scheme.decimals} 位小数为 ${total.toFixed(scheme.decimals!)}`);
    let gradeIndex = total === null ? null : bandIndex(total, bands);
    if (gradeIndex !== null && u.veto.yes && downgrades) {
      const after = lowered(gradeIndex, bands, u.veto.levels);
      const reason = u.vetoText ? `（${u.vetoText}）` : '';
      notes.push(
        after === gradeIndex
          ? `一票否决${reason}：已是最低等次“${bands[gradeIndex].label}”`
          : `一票否决${reason}：等次由“${bands[gradeIndex].label}”降为“${bands[after].label}”`,
      );
      gradeIndex = after;
    }
    const excluded = u.excluded || (u.veto.yes && vetoExcludes);
    if (u.excluded) notes.push(`取消评优${u.excludedText ? `（${u.excludedText}）` : ''}：参加排名，不参加评奖`);
    if (u.veto.yes && vetoExcludes) notes.push(`一票否决${u.vetoText ? `（${u.vetoText}）` : ''}：取消评奖资格`);
    return {
      row: u.row,
      name: u.name,
      category: u.category,
      scores: u.scores,
      deduction: u.deduction,
      bonus: u.bonus,
      total,
      gradeIndex,
      grade: gradeIndex === null ? null : bands[gradeIndex].label,
      rank: null,
      place: null,
      veto: u.veto.yes,
      excluded,
      awards: [],
      notes,
    };
  });

  // forced distribution
  const summary: string[] = [];
  if (scheme.distribution.length > 0) {
    const dist = applyDistribution(
      units.map((u, id) => ({ id, name: u.name, category: u.category, total: u.total, gradeIndex: u.gradeIndex })),
      scheme.distribution,
      bands,
    );
    units.forEach((u, id) => {
      const g = dist.gradeIndex.get(id);
      if (g !== undefined) {
        u.gradeIndex = g;
        u.grade = g === null ? null : bands[g].label;
      }
      u.notes.push(...(dist.notes.get(id) ?? []));
    });
    summary.push(...dist.lines);
  }

  // ranking
  const keys = rankKeys(units, inputs, scheme);
  const groups = hasCategory && scheme.ranking.byCategory ? units.map((u) => u.category) : null;
  const ranks = rankAll(keys, scheme.ranking.method, groups);
  const places = placesOf(keys, groups);
  units.forEach((u, i) => {
    u.rank = ranks[i];
    u.place = places[i];
  });
  tieNotes(units, keys);

  // awards
  const awardUnits: AwardUnit[] = units.map((u, id) => ({
    id,
    name: u.name,
    category: groups ? u.category : '',
    total: u.total,
    gradeIndex: u.gradeIndex,
    place: u.place,
    excluded: u.excluded,
    excludedReason: u.excluded ? (inputs[id].excludedText ?? inputs[id].vetoText ?? undefined) : undefined,
    columns: inputs[id].columns,
  }));
  const outcome = assignAwards({ units: awardUnits, rules: scheme.awards, settings: scheme.awardSettings, bands });
  units.forEach((u, id) => {
    u.awards = outcome.awards.get(id) ?? [];
    const awardNotes = outcome.notes.get(id) ?? [];
    // the award engine's note on a tie says more (who shares which award): keep only that one
    if (awardNotes.some((n) => n.includes('并列'))) u.notes = u.notes.filter((n) => !/^与 .* 并列第 \d+ 名$/.test(n));
    u.notes.push(...awardNotes);
  });
  summary.push(...outcome.summary);

  const categories: string[] = [];
  for (const u of units) if (!categories.includes(u.category)) categories.push(u.category);

  return {
    sheet: table.sheet,
    table,
    scheme,
    bands,
    components,
    hasCategory,
    categories,
    units,
    warnings,
    awardLines: outcome.lines,
    summary,
    schemeSource,
  };
}
