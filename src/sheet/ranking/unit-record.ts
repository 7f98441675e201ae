import { fromExcel, type Dec } from '../../engine/decimal';
import { NO_NOTES, type UnitNote } from './notes';
import type { AwardUnit } from '../../engine/awards/types';
import type { SourceRow } from '../source-table';
import type { ReadUnits } from './read-rows';
import type { TieGroups } from './tie-groups';
import type { UnitResult } from './types';

/**
 * What the units of one run share: the run's lists (rows, names, categories, 备注), its typed
 * lists (flags, grade indices, ranks, places), the scores the fast path read (as doubles, side by
 * side) and the tie groups. A unit's scores and its lone tie note are made from these when read,
 * not kept per unit: a big sheet's units live until the run ends, and what lives is what costs.
 */
export class UnitStore {
  ties: TieGroups | null = null;
  /** The rows' flags' texts and numbers, for the award engine (set once the rows are read). */
  read: Pick<ReadUnits, 'flags' | 'columns'> | null = null;
  /** The bands' labels, by grade index (set before the units are graded). */
  labels: readonly string[] = [];
  /** Each unit's 一票否决 (bit 1) and 取消评优 (bit 2). */
  readonly flags: Uint8Array;
  /** Each unit's grade index, rank and place; -1 for none. */
  readonly gradeIndexes: Int32Array;
  readonly ranks: Int32Array;
  readonly places: Int32Array;
  /** The scores of the rows the fast path did not read (their numbers are NaN). */
  private readonly ownScores: ((Dec | null)[] | undefined)[] = [];
  constructor(
    readonly rows: readonly SourceRow[],
    readonly names: readonly string[],
    readonly categories: readonly string[],
    /** Each unit's 备注, or null when the sheet has no such column. */
    readonly remarks: readonly (string | null)[] | null,
    private readonly numbers: Float64Array,
    private readonly width: number,
  ) {
    const n = rows.length;
    this.flags = new Uint8Array(n);
    this.gradeIndexes = new Int32Array(n).fill(NONE);
    this.ranks = new Int32Array(n).fill(NONE);
    this.places = new Int32Array(n).fill(NONE);
  }

  /** Unit i's 一票否决 and 取消评优 as read. */
  setFlags(i: number, veto: boolean, excluded: boolean): void {
    this.flags[i] = (veto ? VETO : 0) | (excluded ? EXCLUDED : 0);
  }

  /** Every unit's rank and place (null: none). */
  setRanks(ranks: readonly (number | null)[], places: readonly (number | null)[]): void {
    for (let i = 0; i < this.ranks.length; i++) {
      this.ranks[i] = ranks[i] ?? NONE;
      this.places[i] = places[i] ?? NONE;
    }
  }

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

const VETO = 1;
const EXCLUDED = 2;
/** No grade index, rank or place (null) in the store's typed lists. */
const NONE = -1;
const orNull = (v: number): number | null => (v === NONE ? null : v);

/**
 * A UnitResult as the ranking makes it: its decimals, awards and notes its own fields; what the
 * run's lists hold (name, category, row, 备注, flags, grade, rank, place) read from them; the
 * scores of a row the fast path read and the note of a tie with nothing else to note made from
 * the store when read (a fresh list on each read; assigning a list keeps it).
 */
export class UnitRecord implements UnitResult, AwardUnit {
  constructor(
    private readonly store: UnitStore,
    /** Index of the unit in RankingResult.units. */
    private readonly index: number,
    public deduction: Dec | null,
    public bonus: Dec | null,
    public total: Dec | null,
    public awards: string[],
    private ownNotes: UnitNote[],
  ) {}

  get gradeIndex(): number | null {
    return orNull(this.store.gradeIndexes[this.index]!);
  }

  set gradeIndex(g: number | null) {
    this.store.gradeIndexes[this.index] = g ?? NONE;
  }

  /** The label of its band (set gradeIndex to change it). */
  get grade(): string | null {
    const g = this.store.gradeIndexes[this.index]!;
    return g === NONE ? null : this.store.labels[g]!;
  }

  get rank(): number | null {
    return orNull(this.store.ranks[this.index]!);
  }

  set rank(r: number | null) {
    this.store.ranks[this.index] = r ?? NONE;
  }

  get place(): number | null {
    return orNull(this.store.places[this.index]!);
  }

  set place(p: number | null) {
    this.store.places[this.index] = p ?? NONE;
  }

  /** The unit as the award engine numbers it: its index. */
  get id(): number {
    return this.index;
  }

  get row(): number {
    return this.store.rows[this.index]!.row;
  }

  get name(): string {
    return this.store.names[this.index]!;
  }

  get category(): string {
    return this.store.categories[this.index]!;
  }

  get remark(): string | null {
    const remarks = this.store.remarks;
    return remarks === null ? null : remarks[this.index]!;
  }

  get veto(): boolean {
    return (this.store.flags[this.index]! & VETO) !== 0;
  }

  get excluded(): boolean {
    return (this.store.flags[this.index]! & EXCLUDED) !== 0;
  }

  set excluded(excluded: boolean) {
    const flags = this.store.flags;
    flags[this.index] = excluded ? flags[this.index]! | EXCLUDED : flags[this.index]! & ~EXCLUDED;
  }

  /** Why it is not eligible for awards (取消评优's text, or the veto's), for the award engine. */
  get excludedReason(): string | undefined {
    if (!this.excluded) return undefined;
    const flags = this.store.read?.flags[this.index];
    return flags?.excludedText ?? flags?.vetoText ?? undefined;
  }

  /** The numbers of the unit's row by header and name, for 单项奖 (read on first use). */
  get columns(): Record<string, Dec | null> {
    return this.store.read!.columns(this.index);
  }

  get scores(): (Dec | null)[] {
    return this.store.scoresOf(this.index);
  }

  set scores(scores: (Dec | null)[]) {
    this.store.setScores(this.index, scores);
  }

  get notes(): UnitNote[] {
    const own = this.ownNotes;
    const ties = this.store.ties;
    return own !== NO_NOTES || ties === null ? own : ties.notesOf(this.index);
  }

  /** The list given is the unit's from now on (a tie note read through is in it, when it was read to make it). */
  set notes(notes: UnitNote[]) {
    this.ownNotes = notes;
    this.store.ties?.told(this.index);
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
