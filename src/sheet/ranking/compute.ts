import { assignAwards } from '../../engine/awards';
import type { AwardUnit } from '../../engine/awards/types';
import { bandIndex, lowered } from '../../engine/bands';
import { D, Dec, roundHalfUp, show } from '../../engine/decimal';
import { applyDistribution } from '../../engine/distribution';
import { ranksAndPlaces, ranksOfNumbers } from '../../engine/rank';
import { fastPaths } from '../../engine/fast-paths';
import { fixedOfDec, fixedToNumber } from '../../engine/fixed';
import { bandsOf } from '../../engine/scheme/access';
import type { Scheme } from '../../engine/scheme/types';
import type { SourceTable } from '../source-table';
import type { Warning } from '../warning';
import { categoryIndex } from './categories';
import { resolveComponents } from './components';
import { NO_AWARDS, readUnits, type ReadUnits } from './read-rows';
import { addNote, type UnitNote } from './notes';
import { noteTies } from './tie-groups';
import type { UnitRecord } from './unit-record';
import type { RankingResult, UnitResult } from './types';
import type { Bands } from '../../engine/bands';


/** The bands' lower bounds as the doubles they exactly are (-Infinity for the bottom band); null when one is beyond 15 digits. */
function exactMins(bands: Bands): Float64Array | null {
  const out = new Float64Array(bands.length);
  for (let i = 0; i < bands.length; i++) {
    const min = bands[i]!.min;
    const f = min === null ? null : fixedOfDec(min);
    if (min !== null && f === null) return null;
    out[i] = f === null ? -Infinity : fixedToNumber(f);
  }
  return out;
}

/** bandIndex for an exact double: distinct decimals of ≤ 15 digits are distinct doubles, in the same order. */
function bandOfNumber(v: number, mins: Float64Array): number {
  for (let i = 0; i < mins.length; i++) if (v >= mins[i]!) return i;
  return mins.length - 1;
}

/** Blank tie-break values sort last. */
const LOWEST = new D('-1e30');

/** Each unit's ranking keys: its total used, then the scheme's tie-break columns; null when not scored. */
function rankKeys(units: UnitResult[], read: ReadUnits, scheme: Scheme): (Dec[] | null)[] {
  const tieBreak = scheme.ranking.tieBreak;
  return units.map((u, i) => (u.total === null ? null : tieBreak.length === 0 ? [u.total] : [u.total, ...tieBreak.map((c) => read.columns(i)[c] ?? LOWEST)]));
}

/** The unit's tie note marked as told by the award note (a note or list read through or shared is never changed: the unit gets its own). */
function markSharesAward(u: UnitResult): void {
  const notes = u.notes;
  let marked: UnitNote[] | null = null;
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i]!;
    if (n.kind !== 'tie' || n.sharesAward) continue;
    (marked ??= notes.slice())[i] = { ...n, sharesAward: true };
  }
  if (marked !== null) u.notes = marked;
}

/**
 * A unit as the award engine sees it when the ranking is not by category (no category: all units
 * compete together): its place and total, which the engine reads for every unit, kept as its own
 * fields, the rest read through from the unit; the numbers of its row only when a 单项奖 asks.
 */
class AwardCandidate implements AwardUnit {
  readonly category = '';
  readonly place: number | null;
  readonly total: Dec | null;
  constructor(
    readonly id: number,
    private readonly u: UnitResult,
    private readonly read: ReadUnits,
  ) {
    this.place = u.place;
    this.total = u.total;
  }

  get name(): string {
    return this.u.name;
  }

  get gradeIndex(): number | null {
    return this.u.gradeIndex;
  }

  get excluded(): boolean {
    return this.u.excluded;
  }

  get excludedReason(): string | undefined {
    if (!this.u.excluded) return undefined;
    const flags = this.read.flags[this.id];
    return flags?.excludedText ?? flags?.vetoText ?? undefined;
  }

  get columns(): Record<string, Dec | null> {
    return this.read.columns(this.id);
  }
}

/**
 * Each unit's total rounded, graded and the veto applied, each total also left in `numbers` as
 * the double it exactly is (NaN when not scored); whether every total is such a double. A function
 * of its own: the loop is compiled once, not with the whole of computeRanking (run once a run).
 */
function gradeUnits(read: ReadUnits, scheme: Scheme, bands: Bands, numbers: Float64Array | null): boolean {
  const units = read.units;
  const downgrades = scheme.veto.effect !== 'exclude';
  const vetoExcludes = scheme.veto.effect !== 'downgrade';
  let allExact = numbers !== null;
  const mins = numbers && exactMins(bands);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const read_ = u.total;
    // a total already within the decimals is its own rounding
    const total = read_ !== null && scheme.decimals !== null && read_.decimalPlaces() > scheme.decimals ? roundHalfUp(read_, scheme.decimals) : read_;
    if (read_ !== null && total !== null && total !== read_ && !total.eq(read_))
      u.notes = addNote(u.notes, { kind: 'rounded', before: show(read_), after: total.toFixed(scheme.decimals!), decimals: scheme.decimals! });
    u.total = total;
    let exact = NaN;
    if (numbers !== null) {
      exact = total === read_ ? numbers[i]! : NaN;
      if (total !== null && exact !== exact) {
        const f = fixedOfDec(total);
        if (f === null) allExact = false;
        else exact = fixedToNumber(f);
      }
      numbers[i] = total === null ? NaN : exact;
    }
    let gradeIndex = total === null ? null : mins !== null && exact === exact ? bandOfNumber(exact, mins) : bandIndex(total, bands);
    const flags = read.flags[i];
    if (gradeIndex !== null && flags?.veto.yes && downgrades) {
      const after = lowered(gradeIndex, bands, flags.veto.levels);
      u.notes = addNote(u.notes, { kind: 'veto', reason: flags.vetoText, from: bands[gradeIndex].label, to: bands[after].label });
      gradeIndex = after;
    }
    u.gradeIndex = gradeIndex;
    u.grade = gradeIndex === null ? null : bands[gradeIndex].label;
    if (flags) {
      if (flags.excluded) u.notes = addNote(u.notes, { kind: 'excluded', reason: flags.excludedText });
      if (flags.veto.yes && vetoExcludes) {
        u.notes = addNote(u.notes, { kind: 'veto-excludes', reason: flags.vetoText });
        u.excluded = true;
      }
    }
  }
  return allExact;
}

/** Each unit's rank and place (a loop of its own: compiled once, not with computeRanking). */
function placeUnits(units: UnitResult[], ranks: readonly (number | null)[], places: readonly (number | null)[]): void {
  for (let id = 0; id < units.length; id++) {
    const u = units[id]!;
    u.rank = ranks[id]!;
    u.place = places[id]!;
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
  const read = readUnits(table, components, scheme, warnings);
  const units = read.units;
  const hasCategory = table.columns.some((c) => c.role === 'category');

  // total → rounding → grade → veto; each total also as the double it exactly is, for the grade and the ranking
  const numbers: Float64Array | null = fastPaths.enabled ? read.exactTotals : null;
  const allExact = gradeUnits(read, scheme, bands, numbers);

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
      for (const text of dist.notes.get(id) ?? []) u.notes = addNote(u.notes, { kind: 'distribution', text });
    });
    summary.push(...dist.lines);
  }

  // ranking
  const byCategory = hasCategory && scheme.ranking.byCategory;
  const { ranks, places, order } =
    numbers && allExact && scheme.ranking.tieBreak.length === 0
      ? ranksOfNumbers(numbers, scheme.ranking.method, byCategory ? categoryIndex(table).ids : null)
      : ranksAndPlaces(rankKeys(units, read, scheme), scheme.ranking.method, byCategory ? units.map((u) => u.category) : null);
  placeUnits(units, ranks, places);
  // the award engine groups by category when the ranking does: each unit is its own award unit (UnitRecord), else one
  // with no category stands for it
  const awardUnits: AwardUnit[] = byCategory || !hasCategory ? (units as UnitRecord[]) : units.map((u, id) => new AwardCandidate(id, u, read));
  noteTies(units, read.store, order, places, categoryIndex(table).ids, read.names);

  // awards
  const outcome = assignAwards({ units: awardUnits, rules: scheme.awards, settings: scheme.awardSettings, bands });
  // only the units that won or were told something are listed
  outcome.awards.forEach((awards, id) => {
    if (awards.length > 0) units[id]!.awards = awards;
  });
  outcome.notes.forEach((texts, id) => {
    const u = units[id]!;
    for (let t = 0; t < texts.length; t++) u.notes = addNote(u.notes, { kind: 'award', text: texts[t]! });
  });
  // the award engine's note on a shared place says more (who shares which award) than the tie note
  for (const line of outcome.lines)
    for (const r of line.recipients) if (r.shared) markSharesAward(units[r.id]!);
  summary.push(...outcome.summary);

  const categories = categoryIndex(table).names.slice();

  return {
    sheet: table.sheet,
    table,
    scheme,
    bands,
    components,
    hasCategory,
    categories,
    units,
    names: read.names,
    scoreNumbers: read.scoreNumbers,
    adjustmentNumbers: read.adjustmentNumbers,
    adjustmentColumns: read.adjustmentColumns,
    warnings,
    awardLines: outcome.lines,
    summary,
    schemeSource,
  };
}
