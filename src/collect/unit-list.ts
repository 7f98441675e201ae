import { matchKey } from '../engine/match';
import type { RosterEntry } from '../engine/scheme/office';

/** One unit of the list every incoming name is matched against. */
export interface ListedUnit {
  name: string;
  category: string | null;
  aliases: string[];
}

export type UnitMatch = { kind: 'one'; unit: number } | { kind: 'none' } | { kind: 'many'; units: number[] };

/**
 * The one unit list: the workbook's roster (单位名册: names, categories, aliases) or, without
 * one, the units of the summary sheet. Names are compared with the one matching rule
 * (matchKey); a name matching nothing or more than one unit is never guessed.
 */
export class UnitList {
  private readonly byKey = new Map<string, number[]>();

  constructor(
    readonly units: ListedUnit[],
    /** '单位名册' or the summary sheet, for messages. */
    readonly source: 'roster' | 'summary',
  ) {
    units.forEach((u, i) => {
      for (const name of new Set([u.name, ...u.aliases].map(matchKey))) {
        if (name === '') continue;
        const list = this.byKey.get(name) ?? [];
        if (!list.includes(i)) list.push(i);
        this.byKey.set(name, list);
      }
    });
  }

  static fromRoster(roster: RosterEntry[]): UnitList {
    return new UnitList(roster.map((r) => ({ name: r.name, category: r.category, aliases: r.aliases })), 'roster');
  }

  match(text: string): UnitMatch {
    const found = this.byKey.get(matchKey(text));
    if (!found) return { kind: 'none' };
    return found.length === 1 ? { kind: 'one', unit: found[0]! } : { kind: 'many', units: [...found] };
  }

  /** Units whose name or an alias appears inside a text (a title, a file name); the longest names win. */
  within(text: string): UnitMatch {
    const key = matchKey(text);
    let best = 0;
    let found: number[] = [];
    for (const [name, units] of this.byKey) {
      if (name.length < best || !key.includes(name)) continue;
      if (name.length > best) {
        best = name.length;
        found = [];
      }
      for (const u of units) if (!found.includes(u)) found.push(u);
    }
    if (found.length === 0) return { kind: 'none' };
    return found.length === 1 ? { kind: 'one', unit: found[0]! } : { kind: 'many', units: found };
  }

  /** "“东城区”、“东城”" for messages. */
  names(units: number[]): string {
    return units.map((u) => `“${this.units[u]!.name}”`).join('、');
  }

  /** Where the list comes from, for messages. */
  describe(): string {
    return this.source === 'roster' ? '方案表的单位名册' : '汇总表的单位';
  }
}
