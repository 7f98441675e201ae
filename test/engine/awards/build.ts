import { DEFAULT_BANDS, bandIndex } from '../../../src/engine/bands';
import { D } from '../../../src/engine/decimal';
import type { AwardUnit } from '../../../src/engine/awards/types';
import type { AwardSettings } from '../../../src/engine/scheme/types';

export const SETTINGS: AwardSettings = { quotaRounding: 'half-up', vacancy: 'empty', exclusive: true, maxSinglePerUnit: null };

export interface Row {
  name: string;
  total: number | null;
  category?: string;
  /** Levels the veto lowers the grade by. */
  veto?: number;
  excluded?: string | true;
  columns?: Record<string, number | null>;
}

/** Units with grades from the default bands and competition places within each category, as the ranking core gives them. */
export function units(rows: Row[]): AwardUnit[] {
  const list: AwardUnit[] = rows.map((r, i) => ({
    id: i + 1,
    name: r.name,
    category: r.category ?? '',
    total: r.total === null ? null : new D(r.total),
    gradeIndex:
      r.total === null ? null : Math.min(bandIndex(new D(r.total), DEFAULT_BANDS) + (r.veto ?? 0), DEFAULT_BANDS.length - 1),
    place: null,
    excluded: r.excluded !== undefined,
    excludedReason: typeof r.excluded === 'string' ? r.excluded : undefined,
    columns: Object.fromEntries(Object.entries(r.columns ?? {}).map(([k, v]) => [k, v === null ? null : new D(v)])),
  }));
  for (const u of list) {
    if (u.total === null) continue;
    u.place = 1 + list.filter((o) => o.category === u.category && o.total !== null && o.total.gt(u.total!)).length;
  }
  return list;
}

/** name → awards, for units that have any. */
export function awardsByName(us: AwardUnit[], awards: Map<number, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const u of us) if ((awards.get(u.id) ?? []).length > 0) out[u.name] = awards.get(u.id)!;
  return out;
}

export function notesOf(us: AwardUnit[], notes: Map<number, string[]>, name: string): string[] {
  return notes.get(us.find((u) => u.name === name)!.id)!;
}
