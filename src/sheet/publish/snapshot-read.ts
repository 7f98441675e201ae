import type { SheetData } from '../source-table';
import { CODE_KEY, ORIGIN_KEY, SNAPSHOT_TITLE, SOURCE_KEY, type SchemeOrigin } from './check-sheet';
import type { SnapshotEntry } from './snapshot';

export interface KeptSnapshot {
  code: string;
  origin: SchemeOrigin;
  /** The summary sheet the run ranked. */
  source: string;
  entries: SnapshotEntry[];
}

/** The snapshot a run kept on its 核对 sheet, or null when the sheet holds none (or it was cut). */
export function readKeptSnapshot(check: SheetData): KeptSnapshot | null {
  const title = check.values.findIndex((r) => r?.[0] === SNAPSHOT_TITLE);
  if (title < 0) return null;
  const fields = new Map<string, string>();
  const entries: SnapshotEntry[] = [];
  for (let r = title + 2; r < check.values.length; r++) {
    const key = check.values[r]?.[1];
    const value = check.values[r]?.[2];
    if (typeof key !== 'string' || typeof value !== 'string') continue;
    if (key === CODE_KEY || key === ORIGIN_KEY || key === SOURCE_KEY) fields.set(key, value);
    else entries.push({ key, value });
  }
  const code = fields.get(CODE_KEY);
  const origin = fields.get(ORIGIN_KEY);
  const source = fields.get(SOURCE_KEY);
  if (!code || !source || (origin !== 'sheet' && origin !== 'snapshot')) return null;
  return { code, origin, source, entries };
}
