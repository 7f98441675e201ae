import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collect, type IncomingFile } from '../../src/collect';
import { readWorkbook } from '../../src/host/xlsx';

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** A fixture's files as bytes, by name. */
export function fixtureFiles(folder: string): { name: string; bytes: Uint8Array }[] {
  const dir = join(FIXTURES, folder, 'files');
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** Collect in memory (the core, as every surface calls it): the summary cells filled, ref → value. */
export async function collectedCells(folder: string, files: { name: string; bytes: Uint8Array }[], options: { preferNewer?: boolean } = {}) {
  const summary = new Uint8Array(readFileSync(join(FIXTURES, folder, 'summary.xlsx')));
  const incoming: IncomingFile[] = files.map((f) => ({ name: f.name, bytes: async () => f.bytes }));
  const outcome = await collect({ name: 'summary.xlsx', sheets: await readWorkbook(summary) }, incoming, { now: new Date(0), read: readWorkbook, ...options });
  if (!outcome.ok) throw new Error(outcome.message);
  return { cells: Object.fromEntries(outcome.filled.map((f) => [f.ref, f.value])), outcome };
}
