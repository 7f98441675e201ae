import type { AwardUnit } from './types';

/** Who holds what so far, and the notes for each unit, while the rules are applied in order. */
export class Ledger {
  readonly awards = new Map<number, string[]>();
  readonly notes = new Map<number, string[]>();
  /** Place awards held (综合奖, 一等奖 …), for exclusivity. */
  readonly placeAwards = new Map<number, string[]>();
  /** 单项奖 held, in rule order, for maxSinglePerUnit. */
  readonly singles = new Map<number, string[]>();

  constructor(units: readonly AwardUnit[]) {
    for (const u of units) {
      this.awards.set(u.id, []);
      this.notes.set(u.id, []);
    }
  }

  givePlace(id: number, award: string): void {
    this.awards.get(id)!.push(award);
    push(this.placeAwards, id, award);
  }

  giveSingle(id: number, award: string): void {
    this.awards.get(id)!.push(award);
    push(this.singles, id, award);
  }

  note(id: number, text: string): void {
    this.notes.get(id)!.push(text);
  }
}

function push(m: Map<number, string[]>, id: number, v: string): void {
  const list = m.get(id);
  if (list) list.push(v);
  else m.set(id, [v]);
}
