/**
 * The ranking workflow called the way each surface calls it: the command line (its
 * flags, its JSON), and the pane (bytes of a chosen file → XlsxWorkbook → runRanking with
 * the pane's settings). Both must give the same units and the same warnings.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { rankingJson } from '../../src/sheet/ranking/result-json';
import { runRanking } from '../../src/workflow/rank';
import { SCHEME_FLAGS } from '../../src/workflow/load-scheme';
import { listFixtures } from '../golden/fixtures';
import { runCli } from '../cli/run-cli';

const NOW = new Date(Date.UTC(2026, 0, 5, 8, 0, 0));

/** The pane keeps its settings as fields; here they come from the fixture's flags. */
function paneSettings(args: string[]): Record<string, string> {
  const settings: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]!.replace(/^--/, '');
    if ((SCHEME_FLAGS as readonly string[]).includes(name)) settings[name] = args[i + 1]!;
  }
  return settings;
}

describe('one workflow behind every surface', () => {
  for (const f of listFixtures().filter((x) => x.expected)) {
    it(`${f.name}: the command line and the pane give the same units and the same warnings`, async () => {
      const cli = await runCli(['rank', f.input, ...f.args, '--json', '-']);
      expect(cli.code, cli.stderr).toBe(0);
      const fromCli = JSON.parse(cli.stdout);

      const workbook = await XlsxWorkbook.open(new Uint8Array(readFileSync(f.input)), 'input.xlsx');
      const schemeAt = f.args.indexOf('--scheme');
      const schemeFile = schemeAt < 0 ? undefined : { name: basename(f.args[schemeAt + 1]!), text: readFileSync(f.args[schemeAt + 1]!, 'utf8') };
      const outcome = runRanking(await workbook.readSheets(), { schemeFile, settings: paneSettings(f.args), now: NOW });
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      const fromPane = rankingJson(outcome.result);

      expect(fromPane.units).toEqual(fromCli.units);
      expect(fromPane.warnings).toEqual(fromCli.warnings);
      expect(outcome.warnings).toEqual(outcome.result.warnings);
      // the hand-worked expectations hold for the pane as well
      for (const unit of f.expected!.units) {
        const got = fromPane.units.find((u) => u.name === unit.name && u.category === unit.category);
        expect(got, unit.name).toBeDefined();
        expect([got!.total, got!.grade, got!.rank, got!.award]).toEqual([unit.total, unit.grade, unit.rank, unit.award]);
      }
    });
  }
});
