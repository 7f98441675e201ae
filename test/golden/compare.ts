import type { ExpectedUnit, ExpectedWarning } from './fixtures';
import { clip } from './run-cli';

/** The parts of `rank --json -` output a golden fixture compares. */
export interface ActualReport {
  units: Record<string, unknown>[];
  warnings: { cell: string; message: string }[];
}

const FIELDS = ['category', 'total', 'grade', 'rank', 'award', 'awards', 'excludedFromAwards'] as const;

/** Parse stdout of `--json -`, or throw with what was printed so the failure says why. */
export function parseReport(stdout: string, stderr: string): ActualReport {
  let data: unknown;
  try {
    data = JSON.parse(stdout);
  } catch {
    throw new Error(`--json - 的输出不是 JSON。\nstdout:\n${clip(stdout)}\nstderr:\n${clip(stderr)}`);
  }
  const d = data as Partial<ActualReport>;
  if (!d || !Array.isArray(d.units) || !Array.isArray(d.warnings))
    throw new Error(`--json - 的输出缺少 units 或 warnings 数组：\n${clip(stdout)}`);
  return d as ActualReport;
}

/** A unit without a category column may report category as null or "" — both mean "none". */
function normalise(field: (typeof FIELDS)[number], v: unknown): unknown {
  if (field === 'category' && (v === '' || v === undefined)) return null;
  return v;
}

const show = (v: unknown): string => JSON.stringify(v) ?? 'undefined';

/** Every difference between the expected and actual units, one readable line each; [] when they agree. */
export function unitDifferences(expected: readonly ExpectedUnit[], actual: readonly Record<string, unknown>[]): string[] {
  const diffs: string[] = [];
  const expectedNames = expected.map((u) => u.name);
  const actualNames = actual.map((u) => String(u.name));
  if (show(expectedNames) !== show(actualNames))
    diffs.push(`units (source order): expected ${show(expectedNames)}, got ${show(actualNames)}`);
  const byName = new Map(actual.map((u) => [String(u.name), u]));
  for (const e of expected) {
    const a = byName.get(e.name);
    if (!a) continue;
    for (const f of FIELDS) {
      const want = normalise(f, e[f]);
      const got = normalise(f, a[f]);
      if (show(want) !== show(got)) diffs.push(`${e.name}: ${f} expected ${show(want)}, got ${show(got)}`);
    }
  }
  return diffs;
}

/** Expected warnings that no actual warning matches (same cell; message containing every listed word). */
export function missingWarnings(expected: readonly ExpectedWarning[], actual: ActualReport['warnings']): string[] {
  const missing: string[] = [];
  for (const w of expected) {
    const atCell = actual.filter((a) => a.cell === w.cell);
    const words = w.contains ?? [];
    if (atCell.length === 0) missing.push(`no warning at ${w.cell}`);
    else if (!atCell.some((a) => words.every((word) => a.message.includes(word))))
      missing.push(`warning at ${w.cell} does not mention ${show(words)}: ${show(atCell.map((a) => a.message))}`);
  }
  return missing;
}
