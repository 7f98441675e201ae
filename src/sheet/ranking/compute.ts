import { assignAwards } from '../../engine/awards';
import type { AwardUnit } from '../../engine/awards/types';
import { bandIndex, lowered } from '../../engine/bands';
import { D, Dec, roundHalfUp, show } from '../../engine/decimal';
import { applyDistribution } from '../../engine/distribution';
import { ranksAndPlaces } from '../../engine/rank';
import { bandsOf } from '../../engine/scheme/access';
import type { Scheme } from '../../engine/scheme/types';
import type { SourceTable } from '../source-table';
import type { Warning } from '../warning';
import { resolveComponents } from './components';
import { readUnits, UnitInput } from './read-rows';
import { TIE_NAMES_SHOWN, type UnitNote } from './notes';
import type { RankingResult, UnitResult } from './types';

/** Most units win nothing: they share one empty list (frozen, so that nothing adds to it). */
const NO_AWARDS = Object.freeze([]) as unknown as string[];

/** Blank tie-break values sort last. */
const LOWEST = new D('-1e30');

/** Each unit's ranking keys: its total used, then the scheme's tie-break columns; null when not scored. */
function rankKeys(units: UnitResult[], inputs: UnitInput[], scheme: Scheme): (Dec[] | null)[] {
  const tieBreak = scheme.ranking.tieBreak;
  return units.map((u, i) => (u.total === null ? null : tieBreak.length === 0 ? [u.total] : [u.total, ...tieBreak.map((c) => inputs[i].columns[c] ?? LOWEST)]));
}

/** Each tied unit's note names the place, the size of the group and a few of the others: linear in the group. */
function tieNotes(units: UnitResult[], keys: (Dec[] | null)[]): void {
  const categoryIds = new Map<string, number>();
  const ranked: number[] = [];
  const category = new Int32Array(units.length);
  units.forEach((u, i) => {
    if (u.place === null || keys[i] === null) return;
    let id = categoryIds.get(u.category);
    if (id === undefined) categoryIds.set(u.category, (id = categoryIds.size));
    category[i] = id;
    ranked.push(i);
  });
  // the units sharing a place in a category are next to each other, in the order of the table
  ranked.sort((i, j) => category[i]! - category[j]! || units[i]!.place! - units[j]!.place! || i - j);
  for (let start = 0; start < ranked.length; ) {
    const first = units[ranked[start]!]!;
    let end = start + 1;
    while (end < ranked.length && category[ranked[end]!] === category[ranked[start]!] && units[ranked[end]!]!.place === first.place) end++;
    if (end - start >= 2) {
      const tied = ranked.slice(start, end).map((i) => units[i]!);
      const shown = tied.slice(0, TIE_NAMES_SHOWN + 1);
      // the others named for a unit not among the first few: the same first few for all of them
      const firstFew = shown.slice(0, TIE_NAMES_SHOWN).map((t) => t.name);
      for (let k = 0; k < tied.length; k++) {
        const u = tied[k]!;
        const others = k < shown.length ? shown.filter((t) => t !== u).slice(0, TIE_NAMES_SHOWN).map((t) => t.name) : firstFew;
        u.notes.push({ kind: 'tie', rank: u.rank!, size: tied.length, others });
      }
    }
    start = end;
  }
}

/** A unit as the award engine sees it; the numbers of its row are read only when a 单项奖 asks. */
class AwardCandidate implements AwardUnit {
  readonly name: string;
  readonly category: string;
  readonly total: Dec | null;
  readonly gradeIndex: number | null;
  readonly place: number | null;
  readonly excluded: boolean;
  readonly excludedReason: string | undefined;

  constructor(
    readonly id: number,
    u: UnitResult,
    private readonly input: UnitInput,
    byCategory: boolean,
  ) {
    this.name = u.name;
    this.category = byCategory ? u.category : '';
    this.total = u.total;
    this.gradeIndex = u.gradeIndex;
    this.place = u.place;
    this.excluded = u.excluded;
    this.excludedReason = u.excluded ? (input.excludedText ?? input.vetoText ?? undefined) : undefined;
  }

  get columns(): Record<string, Dec | null> {
    return this.input.columns;
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
    const notes: UnitNote[] = u.notes;
    // a total already within the decimals is its own rounding
    const total = u.total !== null && scheme.decimals !== null && u.total.decimalPlaces() > scheme.decimals ? roundHalfUp(u.total, scheme.decimals) : u.total;
    if (u.total !== null && total !== null && !total.eq(u.total))
      notes.push({ kind: 'rounded', before: show(u.total), after: total.toFixed(scheme.decimals!), decimals: scheme.decimals! });
    let gradeIndex = total === null ? null : bandIndex(total, bands);
    if (gradeIndex !== null && u.veto.yes && downgrades) {
      const after = lowered(gradeIndex, bands, u.veto.levels);
      notes.push({ kind: 'veto', reason: u.vetoText, from: bands[gradeIndex].label, to: bands[after].label });
      gradeIndex = after;
    }
    const excluded = u.excluded || (u.veto.yes && vetoExcludes);
    if (u.excluded) notes.push({ kind: 'excluded', reason: u.excludedText });
    if (u.veto.yes && vetoExcludes) notes.push({ kind: 'veto-excludes', reason: u.vetoText });
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
      awards: NO_AWARDS,
      notes,
      remark: u.remark,
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
      for (const text of dist.notes.get(id) ?? []) u.notes.push({ kind: 'distribution', text });
    });
    summary.push(...dist.lines);
  }

  // ranking
  const keys = rankKeys(units, inputs, scheme);
  const groups = hasCategory && scheme.ranking.byCategory ? units.map((u) => u.category) : null;
  const { ranks, places } = ranksAndPlaces(keys, scheme.ranking.method, groups);
  units.forEach((u, i) => {
    u.rank = ranks[i];
    u.place = places[i];
  });
  tieNotes(units, keys);

  // awards
  const awardUnits: AwardUnit[] = units.map((u, id) => new AwardCandidate(id, u, inputs[id]!, groups !== null));
  const outcome = assignAwards({ units: awardUnits, rules: scheme.awards, settings: scheme.awardSettings, bands });
  units.forEach((u, id) => {
    const awards = outcome.awards.get(id);
    u.awards = awards && awards.length > 0 ? awards : NO_AWARDS;
    for (const text of outcome.notes.get(id) ?? []) u.notes.push({ kind: 'award', text });
  });
  // the award engine's note on a shared place says more (who shares which award) than the tie note
  for (const line of outcome.lines)
    for (const r of line.recipients)
      if (r.shared) for (const n of units[r.id]!.notes) if (n.kind === 'tie') n.sharesAward = true;
  summary.push(...outcome.summary);

  const categories = [...new Set(units.map((u) => u.category))];

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
