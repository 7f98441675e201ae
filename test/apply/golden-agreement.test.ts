import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx';
import type { SheetData } from '../../src/sheet/source-table';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { findSummaryTable } from '../../src/sheet/table';
import { proposeApply } from '../../src/workflow/apply';
import { convertAll } from '../templates/libreoffice-recalc';
import { hasSoffice, withoutCachedResults } from './recalc';

/**
 * 套用 on every golden summary of test/fixtures (the seeds' counties, departments, villages,
 * sections), with the fixture's own options: the totals, grades and ranks the native formulas
 * show equal the hand-worked expected.json beside each fixture — as PERF writes them, and as
 * LibreOffice recalculates them from the formulas alone.
 */
const FIXTURES = path.resolve(__dirname, '../fixtures');
interface Expected {
  units: { name: string; total: number | null; grade: string | null; rank: number | null }[];
}
/** messy types scores as text ("90分", "９０"): 套用 writes no total there (proposal-rules.test.ts), so its ranks differ from the ranking's. */
const TEXT_SCORES = ['messy'];
const goldens = readdirSync(FIXTURES).filter(
  (d) => !d.startsWith('error-') && !d.startsWith('apply-') && !TEXT_SCORES.includes(d) && existsSync(path.join(FIXTURES, d, 'expected.json')),
);
const work = mkdtempSync(path.join(os.tmpdir(), 'perf-apply-golden-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The rows of the applied sheet by unit name: the cells under 总分, 等次, 排名 (wherever 套用 put them). */
function byUnit(sheets: SheetData[], sheetName: string, unitCol: number, cols: { total: number; grade?: number; rank?: number }) {
  const s = sheets.find((x) => x.name === sheetName)!;
  const out = new Map<string, { total: unknown; grade: unknown; rank: unknown }>();
  s.values.forEach((row) => {
    const unit = row?.[unitCol];
    if (typeof unit !== 'string') return;
    out.set(unit.trim(), { total: row[cols.total] ?? null, grade: cols.grade === undefined ? undefined : (row[cols.grade] ?? null), rank: cols.rank === undefined ? undefined : (row[cols.rank] ?? null) });
  });
  return out;
}

/** The fixture's command-line options (args.json) as the workflow takes them. */
function optionsOf(dir: string): { schemeFile?: { name: string; text: string }; settings: Record<string, string> } {
  const args = JSON.parse(readFileSync(path.join(dir, 'args.json'), 'utf8')) as string[];
  const settings: Record<string, string> = {};
  let schemeFile: { name: string; text: string } | undefined;
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!.replace(/^--/, '');
    if (flag === 'scheme') schemeFile = { name: args[i + 1]!, text: readFileSync(path.join(dir, args[i + 1]!), 'utf8') };
    else if (flag !== 'json') settings[flag] = args[i + 1]!;
  }
  return { schemeFile, settings };
}

const blank = (v: unknown) => (v === '' || v === undefined ? null : v);

describe('套用 agrees with the hand-worked golden fixtures', () => {
  const runs = new Map<string, { bytes: Uint8Array; sheet: string; unitCol: number; cols: { total: number; grade?: number; rank?: number }; expected: Expected }>();
  beforeAll(async () => {
    for (const name of goldens) {
      const dir = path.join(FIXTURES, name);
      const wb = await XlsxWorkbook.open(new Uint8Array(readFileSync(path.join(dir, 'input.xlsx'))), 'input.xlsx');
      const before = await wb.readSheets();
      const outcome = proposeApply(before, optionsOf(dir));
      if (!outcome.ok) throw new Error(`${name}: ${outcome.problems.map((p) => p.message).join('\n')}`);
      const p = outcome.proposal;
      const table = findSummaryTable(before.find((s) => s.name === p.sheet)!)!;
      const col = (kind: string) => p.columns.find((c) => c.kind === kind)?.column;
      const total = col('total') ?? table.columns.find((c) => c.role === 'total')!.index;
      await wb.apply(outcome.plan);
      const unitCol = table.columns.find((c) => c.role === 'unit')!.index;
      runs.set(name, { bytes: await wb.toBytes(), sheet: p.sheet, unitCol, cols: { total, grade: col('grade'), rank: col('rank') }, expected: JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected });
    }
  }, 120_000);

  it.each(goldens)('%s: the values PERF writes with the formulas', (name) => {
    const run = runs.get(name)!;
    return readWorkbook(run.bytes).then((sheets) => {
      const rows = byUnit(sheets, run.sheet, run.unitCol, run.cols);
      for (const u of run.expected.units) {
        const got = rows.get(u.name)!;
        expect([u.name, blank(got.total)]).toEqual([u.name, u.total]);
        if (got.grade !== undefined) expect([u.name, blank(got.grade)]).toEqual([u.name, u.grade]);
        if (got.rank !== undefined) expect([u.name, blank(got.rank)]).toEqual([u.name, u.rank]);
      }
    });
  });

  it.skipIf(!hasSoffice && !process.env.CI)('every one recalculated by LibreOffice from the formulas alone', async () => {
    const names = [...runs.keys()];
    const converted = convertAll(names.map((n) => ({ name: `${n}.xlsx`, bytes: withoutCachedResults(runs.get(n)!.bytes) })), 'xlsx');
    for (const [i, name] of names.entries()) {
      const run = runs.get(name)!;
      const rows = byUnit(await readWorkbook(new Uint8Array(readFileSync(converted[i]!))), run.sheet, run.unitCol, run.cols);
      for (const u of run.expected.units) {
        const got = rows.get(u.name)!;
        expect([name, u.name, blank(got.total)]).toEqual([name, u.name, u.total]);
        if (got.grade !== undefined) expect([name, u.name, blank(got.grade)]).toEqual([name, u.name, u.grade]);
        if (got.rank !== undefined) expect([name, u.name, blank(got.rank)]).toEqual([name, u.name, u.rank]);
      }
    }
  }, 300_000);
});
