/** Nothing held: one shared empty list (frozen). */
const NONE = Object.freeze([]) as unknown as string[];

/**
 * Lists by unit id, [] for a unit with none: only the units that hold something have an entry
 * (most units of a big sheet win nothing, and a list each would cost more than the awards).
 */
export class ListsById extends Map<number, string[]> {
  override get(id: number): string[] {
    return super.get(id) ?? NONE;
  }
}

/** Who holds what so far, and the notes for each unit, while the rules are applied in order. */
export class Ledger {
  readonly awards = new ListsById();
  readonly notes = new ListsById();
  /** 单项奖 held, in rule order, for maxSinglePerUnit. */
  readonly singles = new ListsById();

  /** A unit holding one award alone shares that award's list (frozen; most winners hold one award). */
  private readonly alone = new Map<string, string[]>();

  givePlace(id: number, award: string): void {
    this.giveAward(id, award);
  }

  private giveAward(id: number, award: string): void {
    const list = this.awards.get(id);
    if (list === NONE) {
      let shared = this.alone.get(award);
      if (shared === undefined) this.alone.set(award, (shared = Object.freeze([award]) as unknown as string[]));
      this.awards.set(id, shared);
    } else if (Object.isFrozen(list)) this.awards.set(id, [...list, award]);
    else list.push(award);
  }

  /** Place awards held (综合奖, 一等奖 …), for exclusivity: a unit's awards before its 单项奖 (place awards are settled first). */
  placeAwards(id: number): string[] {
    const all = this.awards.get(id);
    const singles = this.singles.get(id)?.length ?? 0;
    return singles === 0 ? all : all.slice(0, all.length - singles);
  }

  giveSingle(id: number, award: string): void {
    this.giveAward(id, award);
    push(this.singles, id, award);
  }

  note(id: number, text: string): void {
    push(this.notes, id, text);
  }
}

function push(m: ListsById, id: number, v: string): void {
  const list = m.get(id);
  if (list !== NONE) list.push(v);
  else m.set(id, [v]);
}
