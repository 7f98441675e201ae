import { fromExcel, type Dec } from '../../engine/decimal';
import { NO_NOTES, type UnitNote } from './notes';
import type { AwardUnit } from '../../engine/awards/types';
import type { ReadUnits } from './read-rows';
import type { TieGroups } from './tie-groups';
import type { UnitResult } from './types';
import type { PieceColumn } from '../piece-column';

/**
 * What the units of one run share: the scores the fast path read (as doubles, side by side) and
 * the tie groups. A unit's scores and its lone tie note are made from these when read, not kept
 * per unit: a big sheet's units live until the run ends, and what lives is what costs.
 */
export class UnitStore {
  ties: TieGroups | null = null;
  /** The rows' flags' texts and numbers, for the award engine (set once the rows are read). */
  read: Pick<ReadUnits, 'flags' | 'columns'> | null = null;
  /** The scores of the rows the fast path did not read (their numbers are NaN). */
  private readonly ownScores: ((Dec | null)[] | undefined)[] = [];
  constructor(
    private readonly numbers: Float64Array,
    private readonly width: number,
  ) {}

  /** Unit i's scores: as read, or from the doubles the fast path read (each the decimal Excel shows: fromExcel gives it back). */
  scoresOf(i: number): (Dec | null)[] {
    const at = i * this.width;
    const fast = at < this.numbers.length && this.numbers[at] === this.numbers[at];
    if (!fast && this.width > 0) return this.ownScores[i]!;
    const out: Dec[] = new Array(this.width);
    for (let j = 0; j < out.length; j++) out[j] = fromExcel(this.numbers[at + j]!);
    return out;
  }

  /** Unit i's scores as read, not the fast path's (its numbers cleared). */
  setScores(i: number, scores: (Dec | null)[]): void {
    this.ownScores[i] = scores;
    const at = i * this.width;
    if (at < this.numbers.length) this.numbers.fill(NaN, at, at + this.width);
  }
}

/**
 * A UnitResult as the ranking makes it: every field its own (the sheet builders read them unit
 * by unit, as plain fields), but the scores of a row the fast path read and the note of a tie
 * with nothing else to note, made from the store when read (a fresh list on each read; assigning
 * a list keeps it). It is also the unit the award engine reads (id = its index).
 */
export class UnitRecord implements UnitResult, AwardUnit {
  gradeIndex: number | null = null;
  grade: string | null = null;
  rank: number | null = null;
  place: number | null = null;
  constructor(
    private readonly store: UnitStore,
    /** Index of the unit in RankingResult.units (what the award engine numbers it). */
    readonly id: number,
    public row: number,
    public name: string,
    public category: string,
    public deduction: Dec | null,
    public bonus: Dec | null,
    public total: Dec | null,
    public veto: boolean,
    public excluded: boolean,
    public awards: string[],
    private ownNotes: UnitNote[],
    public remark: string | null,
  ) {}

  /** Why it is not eligible for awards (取消评优's text, or the veto's), for the award engine. */
  get excludedReason(): string | undefined {
    if (!this.excluded) return undefined;
    const flags = this.store.read?.flags[this.id];
    return flags?.excludedText ?? flags?.vetoText ?? undefined;
  }

  /** The numbers of the unit's row by header and name, for 单项奖 (read on first use). */
  get columns(): Record<string, Dec | null> {
    return this.store.read!.columns(this.id);
  }

  get scores(): (Dec | null)[] {
    return this.store.scoresOf(this.id);
  }

  set scores(scores: (Dec | null)[]) {
    this.store.setScores(this.id, scores);
  }

  get notes(): UnitNote[] {
    const own = this.ownNotes;
    const ties = this.store.ties;
    return own !== NO_NOTES || ties === null ? own : ties.notesOf(this.id);
  }

  get loneTiePlace(): number | undefined {
    const ties = this.store.ties;
    return this.ownNotes === NO_NOTES && ties !== null ? ties.rankOf(this.id) : undefined;
  }

  loneTieInto(out: PieceColumn): boolean {
    const ties = this.store.ties;
    return this.ownNotes === NO_NOTES && ties !== null && ties.sentenceInto(this.id, out);
  }

  /** The list given is the unit's from now on (a tie note read through is in it, when it was read to make it). */
  set notes(notes: UnitNote[]) {
    this.ownNotes = notes;
    this.store.ties?.told(this.id);
  }

  /** The unit as the plain UnitResult it stands for (what JSON.stringify writes). */
  toJSON(): UnitResult {
    return {
      row: this.row,
      name: this.name,
      category: this.category,
      scores: this.scores,
      deduction: this.deduction,
      bonus: this.bonus,
      total: this.total,
      gradeIndex: this.gradeIndex,
      grade: this.grade,
      rank: this.rank,
      place: this.place,
      veto: this.veto,
      excluded: this.excluded,
      awards: this.awards,
      notes: this.notes,
      remark: this.remark,
    };
  }
}
