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
import { addNote, NO_NOTES, TIE_NAMES_SHOWN, type UnitNote } from './notes';
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

/**
 * Each tied unit's note names the place, the size of the group and a few of the others: linear
 * in the group. `order` is the ranking order (ranksAndPlaces): units sharing a place in a
 * category are next to each other there, in the order of the table. The groups are found along
 * the order with the places and categories as numbers, each unit's group and place in it kept
 * in typed arrays (no object per group); the notes are then made in table order (units visited
 * in memory order, not at random), the others' names read from `names` (not from their units).
 */
function tieNotes(units: UnitResult[], order: ArrayLike<number>, places: readonly (number | null)[], categoryIds: Int32Array, names: readonly string[]): void {
  // each unit of a tie (one category): its group's number and its position there; each group: where it starts in the order, its size
  const groupOf = new Int32Array(units.length).fill(-1);
  const positionOf = new Int32Array(units.length);
  const groupStart: number[] = [];
  const groupSize: number[] = [];
  for (let start = 0; start < order.length; ) {
    const place = places[order[start]!];
    let end = start + 1;
    while (end < order.length && places[order[end]!] === place) end++;
    if (end - start >= 2) {
      const category = categoryIds[order[start]!]!;
      let mixed = false;
      for (let p = start + 1; p < end && !mixed; p++) mixed = categoryIds[order[p]!] !== category;
      if (mixed) {
        // ranked across categories, a tie is told within each category
        const tied: UnitResult[] = [];
        for (let p = start; p < end; p++) tied.push(units[order[p]!]!);
        for (const group of byCategory(tied)) noteTie(group);
      } else {
        const g = groupStart.push(start) - 1;
        groupSize.push(end - start);
        for (let p = start; p < end; p++) {
          groupOf[order[p]!] = g;
          positionOf[order[p]!] = p - start;
        }
      }
    }
    start = end;
  }
  const ties = groupStart.length;
  if (ties === 0) return;
  // a group's note for the units past the first few, and its frozen list for those with no other note, made on first use
  const common: (UnitNote | undefined)[] = new Array(ties).fill(undefined);
  const alone: (UnitNote[] | undefined)[] = new Array(ties).fill(undefined);
  for (let i = 0; i < units.length; i++) {
    const g = groupOf[i]!;
    if (g < 0) continue;
    const start = groupStart[g]!;
    const size = groupSize[g]!;
    const k = positionOf[i]!;
    const u = units[i]!;
    if (k < TIE_NAMES_SHOWN) {
      // the others of the first few: the first few names but its own
      const count = Math.min(size - 1, TIE_NAMES_SHOWN);
      const others: string[] = new Array(count);
      for (let x = 0, o = 0; o < count; x++) if (x !== k) others[o++] = names[order[start + x]!]!;
      u.notes = addNote(u.notes, { kind: 'tie', rank: u.rank!, size, others });
    } else {
      // the units past the first few (and the one right after them, whose others are the first few too) say
      // the same: one frozen note, and one frozen list for those with no other note (a large tie is most
      // units of a big sheet: a note and a list each would outlive every collection)
      let note = common[g];
      if (note === undefined) {
        const firstFew: string[] = new Array(TIE_NAMES_SHOWN);
        for (let x = 0; x < TIE_NAMES_SHOWN; x++) firstFew[x] = names[order[start + x]!]!;
        note = common[g] = Object.freeze({ kind: 'tie', rank: u.rank!, size, others: firstFew }) as UnitNote;
      }
      if (u.notes !== NO_NOTES) u.notes = addNote(u.notes, note);
      else u.notes = alone[g] ??= Object.freeze([note]) as UnitNote[];
    }
  }
}

/** The unit's tie note marked as told by the award note; a shared (frozen) note or list is copied first. */
function markSharesAward(u: UnitResult): void {
  for (let i = 0; i < u.notes.length; i++) {
    const n = u.notes[i]!;
    if (n.kind !== 'tie' || n.sharesAward) continue;
    if (!Object.isFrozen(n)) n.sharesAward = true;
    else {
      if (Object.isFrozen(u.notes)) u.notes = [...u.notes];
      u.notes[i] = { ...n, sharesAward: true };
    }
  }
}

function byCategory(units: UnitResult[]): UnitResult[][] {
  const groups = new Map<string, UnitResult[]>();
  for (const u of units) {
    const g = groups.get(u.category);
    if (g) g.push(u);
    else groups.set(u.category, [u]);
  }
  return [...groups.values()];
}

function noteTie(tied: UnitResult[]): void {
  if (tied.length < 2) return;
  const shown = tied.slice(0, TIE_NAMES_SHOWN + 1);
  // the others named for a unit not among the first few: the same first few for all of them
  const firstFew = shown.slice(0, TIE_NAMES_SHOWN).map((t) => t.name);
  for (let k = 0; k < tied.length; k++) {
    const u = tied[k]!;
    const others = k < shown.length ? othersThan(shown, k) : firstFew;
    u.notes = addNote(u.notes, { kind: 'tie', rank: u.rank!, size: tied.length, others });
  }
}

/** The names of the first few but the k-th. */
function othersThan(shown: UnitResult[], k: number): string[] {
  const out: string[] = [];
  for (let x = 0; x < shown.length && out.length < TIE_NAMES_SHOWN; x++) if (x !== k) out.push(shown[x]!.name);
  return out;
}

/** An award candidate's own fields; the rest is read through from its unit (CANDIDATE). */
interface CandidateFields {
  readonly id: number;
  readonly u: UnitResult;
  readonly read: ReadUnits;
  readonly category: string;
  readonly place: number | null;
  readonly total: Dec | null;
}

/** What every award candidate reads through from its unit; the numbers of its row only when a 单项奖 asks. */
const CANDIDATE = {
  get name(): string {
    return (this as unknown as CandidateFields).u.name;
  },
  get gradeIndex(): number | null {
    return (this as unknown as CandidateFields).u.gradeIndex;
  },
  get excluded(): boolean {
    return (this as unknown as CandidateFields).u.excluded;
  },
  get excludedReason(): string | undefined {
    const c = this as unknown as CandidateFields;
    if (!c.u.excluded) return undefined;
    const flags = c.read.flags[c.id];
    return flags?.excludedText ?? flags?.vetoText ?? undefined;
  },
  get columns(): Record<string, Dec | null> {
    const c = this as unknown as CandidateFields;
    return c.read.columns(c.id);
  },
};

/**
 * A unit as the award engine sees it (100,000 of these live through the award engine): its
 * category, place and total, which the engine reads for every unit, kept as its own fields,
 * the rest read through from the unit. A literal, not a class instance: the engine allocates
 * while these live, and a literal's allocation site can be tenured (V8 keeps no site for `new`),
 * so that they are not copied collection after collection.
 */
function awardCandidate(id: number, u: UnitResult, read: ReadUnits, category: string): AwardUnit {
  return { __proto__: CANDIDATE, id, u, read, category, place: u.place, total: u.total } as unknown as AwardUnit;
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
  const downgrades = scheme.veto.effect !== 'exclude';
  const vetoExcludes = scheme.veto.effect !== 'downgrade';

  // total → rounding → grade → veto; each total also as the double it exactly is, for the grade and the ranking
  const numbers: Float64Array | null = fastPaths.enabled ? read.exactTotals : null;
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
  // each unit's rank and place, and the unit as the award engine sees it, in one pass over the units
  const awardUnits: AwardUnit[] = new Array(units.length);
  for (let id = 0; id < units.length; id++) {
    const u = units[id]!;
    u.rank = ranks[id]!;
    u.place = places[id]!;
    awardUnits[id] = awardCandidate(id, u, read, byCategory ? u.category : '');
  }
  tieNotes(units, order, places, categoryIndex(table).ids, read.names);

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
    warnings,
    awardLines: outcome.lines,
    summary,
    schemeSource,
  };
}
