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
  /** Place awards held (综合奖, 一等奖 …), for exclusivity. */
  readonly placeAwards = new Map<number, string[]>();
  /** 单项奖 held, in rule order, for maxSinglePerUnit. */
  readonly singles = new Map<number, string[]>();

  givePlace(id: number, award: string): void {
    push(this.awards, id, award);
    push(this.placeAwards, id, award);
  }

  giveSingle(id: number, award: string): void {
    push(this.awards, id, award);
    push(this.singles, id, award);
  }

  note(id: number, text: string): void {
    push(this.notes, id, text);
  }
}

function push(m: Map<number, string[]>, id: number, v: string): void {
  const list = m.has(id) ? m.get(id) : undefined;
  if (list) list.push(v);
  else m.set(id, [v]);
}
