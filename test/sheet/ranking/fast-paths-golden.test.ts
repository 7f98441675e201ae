import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fastPaths } from '../../../src/engine/fast-paths';
import { XlsxWorkbook } from '../../../src/host/xlsx';
import { rankingJson } from '../../../src/sheet/ranking/result-json';
import type { SheetData } from '../../../src/sheet/source-table';
import { SCHEME_FLAGS } from '../../../src/workflow/load-scheme';
import { runRanking, type RankOptions } from '../../../src/workflow/rank';
import { parseArgs } from '../../../src/cli/argv';
import { BENCH_FLAGS, benchSheets } from '../../../bench/e2e/units';
import { listFixtures } from '../../golden/fixtures';

/**
 * The exact fast paths of the ranking and its plan (fixed-point totals, digits read off
 * decimals, shared cells, the snapshot's order) against the decimal.js path they optimise, on
 * every golden workbook and on the benchmark's: the same result, warnings and plan, to the last character.
 */
function outcome(sheets: SheetData[], options: RankOptions, fast: boolean): string {
  fastPaths.enabled = fast;
  const o = runRanking(sheets, options);
  return JSON.stringify(o.ok ? { result: rankingJson(o.result), warnings: o.warnings, plan: o.plan, read: o.read } : o);
}

const NOW = new Date('2026-12-01T00:00:00Z');

describe('fast paths on real workbooks', () => {
  afterEach(() => {
    fastPaths.enabled = true;
  });

  for (const f of listFixtures().filter((x) => x.expected)) {
    it(`${f.name}: the same result and plan with and without the fast paths`, async () => {
      const { flags } = parseArgs(f.args, ['sheet', 'scheme', ...SCHEME_FLAGS]);
      const schemeFile = flags.scheme ? { name: basename(flags.scheme), text: readFileSync(flags.scheme, 'utf8') } : undefined;
      const sheets = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(f.input)), 'input.xlsx')).readSheets();
      const options: RankOptions = { schemeFile, settings: flags, sheet: flags.sheet, now: NOW };
      expect(outcome(sheets, options, true)).toBe(outcome(sheets, options, false));
    });
  }

  it('the benchmark workbook (600 units, ties in every category), both methods', () => {
    const sheets = benchSheets(600);
    for (const method of ['dense', 'competition']) {
      const options: RankOptions = { settings: { ...BENCH_FLAGS, method, awards: '一等奖:3:优秀,二等奖:10%:良好' }, now: NOW };
      const fast = outcome(sheets, options, true);
      expect(fast).toContain('并列');
      expect(fast).toBe(outcome(sheets, options, false));
    }
  });
});
