/**
 * Golden fixtures for the one-click ranking: every folder in test/fixtures with an
 * expected.json (worked out by hand in its README.md) or an error.txt is run through
 * `perf rank <input.xlsx> …args.json --json -` and compared unit by unit.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingWarnings, parseReport, unitDifferences } from './compare';
import { listFixtures } from './fixtures';
import { clip, runRank } from './run-cli';

const fixtures = listFixtures();
const scratch = mkdtempSync(join(tmpdir(), 'perf-golden-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const CJK = /[\u4e00-\u9fff]/;

describe('golden fixtures', () => {
  it('are all there: at least eleven workbooks with results and seven error cases', () => {
    expect(fixtures.filter((f) => f.expected).length).toBeGreaterThanOrEqual(11);
    expect(fixtures.filter((f) => f.errorParts).length).toBeGreaterThanOrEqual(7);
    const unexplained = fixtures.filter((f) => !existsSync(join(f.dir, 'README.md')) || !existsSync(f.input));
    expect(unexplained.map((f) => f.name), 'every fixture needs input.xlsx and a README.md working it by hand').toEqual([]);
  });

  for (const f of fixtures.filter((x) => x.expected)) {
    it(`${f.name}: every unit's total, grade, rank and award as worked by hand`, () => {
      const expected = f.expected!;
      const before = sha(f.input);
      const run = runRank(f.input, [...f.args, '--json', '-']);
      expect(run.status, `exit code ${run.status}; stderr:\n${clip(run.stderr)}`).toBe(0);
      const report = parseReport(run.stdout, run.stderr);
      expect(unitDifferences(expected.units, report.units), `${f.name}: units differ from expected.json`).toEqual([]);
      expect(missingWarnings(expected.warnings, report.warnings), `${f.name}: expected warnings missing`).toEqual([]);
      expect(sha(f.input), 'the input workbook must never be modified').toBe(before);
    });
  }

  for (const f of fixtures.filter((x) => x.errorParts)) {
    it(`${f.name}: stops with a Chinese message and writes nothing`, () => {
      const out = join(scratch, `${f.name}.xlsx`);
      const run = runRank(f.input, [...f.args, '--out', out]);
      const stderr = clip(run.stderr);
      expect(run.status, `expected a non-zero exit; stdout:\n${clip(run.stdout)}`).not.toBe(0);
      expect(CJK.test(run.stderr), `stderr must carry a Chinese message; got:\n${stderr}`).toBe(true);
      const absent = f.errorParts!.filter((part) => !run.stderr.includes(part));
      expect(absent, `stderr must mention each line of error.txt; stderr:\n${stderr}`).toEqual([]);
      expect(existsSync(out), `--out ${out} must not be written on error`).toBe(false);
    });
  }
});
