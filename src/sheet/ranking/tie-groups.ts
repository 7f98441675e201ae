import type { PieceColumn } from '../piece-column';
import { addNote, NO_NOTES, TIE_NAMES_SHOWN, TIE_WORDS, tieSentenceTo, type TieSink, type UnitNote } from './notes';
import type { UnitResult } from './types';
import type { UnitStore } from './unit-record';

/**
 * The ties of one run, each unit's note made when read (UnitRecord.notes): most units of a big
 * sheet share a place, and a note and a list each, living to the end of the run, would cost more
 * than the whole ranking. A group is where it starts in the ranking order and its size; a unit,
 * its group and its position there (typed arrays, no object per unit or group).
 */
export class TieGroups {
  /** Each unit's group, -1 when it is in none or its notes are its own (told). */
  private readonly groupOf: Int32Array;
  private readonly positionOf: Int32Array;
  /** Each group's start in the order, size and rank (at most one group per two units). */
  private readonly start: Int32Array;
  private readonly size: Int32Array;
  private readonly rank: Int32Array;
  private groups = 0;
  /** A group's note for the units past the first few, and its frozen list, made on first read. */
  private readonly common = new Map<number, UnitNote>();
  private readonly alone = new Map<number, UnitNote[]>();
  /** The column sentences are written into, and the row of it where each group's common sentence was first written (-1: not yet). */
  private sink: ColumnSink | null = null;
  private readonly commonRows: Int32Array;

  constructor(
    n: number,
    private readonly order: ArrayLike<number>,
    private readonly names: readonly string[],
  ) {
    this.groupOf = new Int32Array(n).fill(-1);
    this.positionOf = new Int32Array(n);
    const most = (n >> 1) + 1;
    this.start = new Int32Array(most);
    this.size = new Int32Array(most);
    this.rank = new Int32Array(most);
    this.commonRows = new Int32Array(most);
  }

  /** A group of the order, from..to (exclusive), all of one category and place; its rank. */
  add(from: number, to: number, rank: number): void {
    const g = this.groups++;
    this.start[g] = from;
    this.size[g] = to - from;
    this.rank[g] = rank;
    for (let p = from; p < to; p++) {
      this.groupOf[this.order[p]!] = g;
      this.positionOf[this.order[p]!] = p - from;
    }
  }

  get count(): number {
    return this.groups;
  }

  grouped(i: number): boolean {
    return this.groupOf[i]! >= 0;
  }

  /** Unit i's notes while it has no other: its tie note, or none. */
  notesOf(i: number): UnitNote[] {
    const g = this.groupOf[i]!;
    if (g < 0) return NO_NOTES;
    if (this.positionOf[i]! < TIE_NAMES_SHOWN) return [this.noteOf(i)];
    // the units past the first few say the same: one frozen list
    let list = this.alone.get(g);
    if (list === undefined) this.alone.set(g, (list = Object.freeze([this.commonNote(g)]) as UnitNote[]));
    return list;
  }

  /** The rank of unit i's group, when its notes are its tie note alone (else undefined). */
  rankOf(i: number): number | undefined {
    const g = this.groupOf[i]!;
    return g < 0 ? undefined : this.rank[g]!;
  }

  /** Unit i's notes are its own from now on. */
  told(i: number): void {
    this.groupOf[i] = -1;
  }

  /**
   * Unit i's tie note: the place, the size of the group and a few of the others (the first few
   * names but its own). The units past the first few (and the one right after them, whose others
   * are the first few too) share one frozen note.
   */
  noteOf(i: number): UnitNote {
    const g = this.groupOf[i]!;
    const k = this.positionOf[i]!;
    if (k >= TIE_NAMES_SHOWN) return this.commonNote(g);
    const size = this.size[g]!;
    const count = Math.min(size - 1, TIE_NAMES_SHOWN);
    const others: string[] = new Array(count);
    for (let j = 0; j < count; j++) others[j] = this.shownName(g, k, j);
    return { kind: 'tie', rank: this.rank[g]!, size, others };
  }

  /**
   * The unit whose name a note shows j-th to the unit at position k of group g: the first few
   * but itself (past the first few, k = TIE_NAMES_SHOWN: the first few).
   */
  private shownUnit(g: number, k: number, j: number): number {
    return this.order[this.start[g]! + (j < k ? j : j + 1)]!;
  }

  private shownName(g: number, k: number, j: number): string {
    return this.names[this.shownUnit(g, k, j)]!;
  }

  /**
   * Unit i's tie sentence (noteText of noteOf(i)), made without the note, as the next row of a
   * column (its pieces: piece u is unit u's name), when unit i is in a group (true; else nothing
   * is written): 核对 explains 100,000 tied units with no object and no text each. The units past
   * the first few of a group repeat the row of the first of them.
   */
  sentenceInto(i: number, out: PieceColumn): boolean {
    const g = this.groupOf[i]!;
    if (g < 0) return false;
    let sink = this.sink;
    if (sink === null || sink.column !== out) {
      this.sink = sink = new ColumnSink(out);
      this.commonRows.fill(-1);
    }
    const k = this.positionOf[i]!;
    if (k >= TIE_NAMES_SHOWN && this.commonRows[g]! >= 0) {
      out.sameAs(this.commonRows[g]!);
      return true;
    }
    if (k >= TIE_NAMES_SHOWN) this.commonRows[g] = out.count;
    out.start();
    this.sentenceTo(sink, g, k);
    out.end();
    return true;
  }

  /** Group g's sentence for the unit at position k (k = TIE_NAMES_SHOWN past the first few), piece by piece into `sink`. */
  private sentenceTo(sink: TieSink, g: number, k: number): void {
    const shown = Math.min(this.size[g]! - 1, TIE_NAMES_SHOWN);
    tieSentenceTo(sink, this.rank[g]!, this.size[g]!, shown, this.shownUnit(g, k, 0), shown > 1 ? this.shownUnit(g, k, 1) : -1, shown > 2 ? this.shownUnit(g, k, 2) : -1);
  }

  private commonNote(g: number): UnitNote {
    let note = this.common.get(g);
    if (note === undefined) {
      const firstFew: string[] = new Array(TIE_NAMES_SHOWN);
      for (let j = 0; j < TIE_NAMES_SHOWN; j++) firstFew[j] = this.shownName(g, TIE_NAMES_SHOWN, j);
      note = Object.freeze({ kind: 'tie', rank: this.rank[g]!, size: this.size[g]!, others: firstFew }) as UnitNote;
      this.common.set(g, note);
    }
    return note;
  }
}

/**
 * Each tied unit's note names the place, the size of the group and a few of the others: linear
 * in the group. `order` is the ranking order (ranksAndPlaces): units sharing a place in a
 * category are next to each other there, in the order of the table. The groups are found along
 * the order with the places and categories as numbers; a unit with notes already gets its tie
 * note now, the others when their notes are read (store.ties).
 */
export function noteTies(
  units: UnitResult[],
  store: UnitStore,
  order: ArrayLike<number>,
  places: readonly (number | null)[],
  categoryIds: Int32Array,
  names: readonly string[],
): void {
  const ties = new TieGroups(units.length, order, names);
  findGroups(units, ties, order, places, categoryIds);
  if (ties.count === 0) return;
  noteOwnTies(units, ties);
  store.ties = ties;
}

// each loop ends a function of its own (docs/limits.md: loops run once a run)
function findGroups(units: UnitResult[], ties: TieGroups, order: ArrayLike<number>, places: readonly (number | null)[], categoryIds: Int32Array): void {
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
      } else ties.add(start, end, units[order[start]!]!.rank!);
    }
    start = end;
  }
}

/** A unit with notes already gets its tie note now (the others when their notes are read), in table order: units visited in memory order. */
function noteOwnTies(units: UnitResult[], ties: TieGroups): void {
  for (let i = 0; i < units.length; i++) {
    if (!ties.grouped(i)) continue;
    const u = units[i]!;
    if (u.notes === NO_NOTES) continue;
    u.notes = addNote(u.notes, ties.noteOf(i));
    ties.told(i);
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

/** A tie sentence as pieces of a column's row: the words made pieces once, a name the unit's own piece. */
class ColumnSink implements TieSink {
  private readonly words = new Int32Array(TIE_WORDS.length).fill(-1);
  constructor(readonly column: PieceColumn) {}

  word(word: number): void {
    let id = this.words[word]!;
    if (id < 0) this.words[word] = id = this.column.piece(TIE_WORDS[word]!);
    this.column.add(id);
  }

  name(unit: number): void {
    this.column.add(unit);
  }

  integer(n: number): void {
    this.column.add(this.column.integer(n));
  }
}
