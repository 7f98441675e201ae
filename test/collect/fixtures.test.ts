import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/host/xlsx';
import { cellRef, parseCellRef } from '../../src/sheet/address';
import { readRecord } from '../../src/sheet/write/record';
import { reportView } from './report-view';

/**
 * Every test/fixtures/collect-* folder: the files and summary of a round, and collected.json
 * worked out by hand in its README (the summary's cells, the source of some, every problem
 * with its file and cell). The command line runs as the clerk runs it.
 */
const FIXTURES = join(__dirname, '..', 'fixtures');
const folders = readdirSync(FIXTURES).filter((d) => d.startsWith('collect-') && existsSync(join(FIXTURES, d, 'collected.json')));

interface Expected {
  args: string[];
  exit: number;
  summarySheet: string;
  cells: Record<string, number | string | null>;
  filled: number;
  sources?: Record<string, string>;
  problems: { file: string; cell: string; contains: string[] }[];
  problemCount: number;
  taken?: Record<string, string>;
  lines?: { file: string; status: string }[];
  ranking?: [string, number][];
  variants?: { extra: string[]; exit: number; cells?: Record<string, number | null>; problems?: Expected['problems']; noOutput?: boolean; stderr?: string[] }[];
}

async function run(folder: string, args: string[]) {
  const dir = join(FIXTURES, folder);
  const out = join(mkdtempSync(join(tmpdir(), 'perf-collect-')), '结果.xlsx');
  const stdout: string[] = [];
  const stderr: string[] = [];
  const resolved = args.map((a) => (existsSync(join(dir, a)) ? join(dir, a) : a));
  const code = await main(['collect', ...resolved, '--out', out], { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s) });
  const sheets = existsSync(out) ? await readWorkbook(new Uint8Array(readFileSync(out)), out) : null;
  return { code, out, sheets, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

function valueAt(sheets: NonNullable<Awaited<ReturnType<typeof run>>['sheets']>, sheet: string, ref: string) {
  const at = parseCellRef(ref)!;
  return sheets.find((s) => s.name === sheet)!.values[at.row]?.[at.col] ?? null;
}

function expectProblems(view: ReturnType<typeof reportView>, expected: Expected['problems']) {
  for (const p of expected) {
    const found = view.problems.find((q) => q.file === p.file && q.cell === p.cell && p.contains.every((w) => q.message.includes(w)));
    expect(found, `问题 ${p.file} ${p.cell} ${p.contains.join('/')}；实际：\n${view.problems.map((q) => `${q.file} ${q.cell} ${q.message}`).join('\n')}`).toBeDefined();
  }
}

describe.each(folders)('perf collect %s', (folder) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, folder, 'collected.json'), 'utf8')) as Expected;

  it('fills the summary as worked by hand, names every problem with its file and cell, and records each source', async () => {
    const r = await run(folder, expected.args);
    expect(r.code, r.stderr).toBe(expected.exit);
    const sheets = r.sheets!;
    for (const [ref, v] of Object.entries(expected.cells)) expect(valueAt(sheets, expected.summarySheet, ref), `${expected.summarySheet}!${ref}`).toBe(v);
    const view = reportView(sheets);
    expect(view.filled).toHaveLength(expected.filled);
    expect(view.problems, view.problems.map((q) => q.message).join('\n')).toHaveLength(expected.problemCount);
    expectProblems(view, expected.problems);
    const record = readRecord(sheets);
    for (const [ref, source] of Object.entries(expected.sources ?? {})) {
      expect(view.filled.find((f) => f.cell === `${expected.summarySheet}!${ref}`)?.source).toBe(source);
      expect(record.find((e) => e.sheet === expected.summarySheet && e.cell === ref)).toMatchObject({ what: 'filled', source });
    }
    for (const [file, words] of Object.entries(expected.taken ?? {})) expect(view.lines.find((l) => l.file === file)?.taken).toContain(words);
    for (const l of expected.lines ?? []) expect(view.lines.find((x) => x.file === l.file)?.status).toBe(l.status);
  });

  it('every number in the summary equals the number in the cell its provenance names', async () => {
    const r = await run(folder, expected.args);
    const sheets = r.sheets!;
    const dir = join(FIXTURES, folder);
    for (const e of readRecord(sheets)) {
      const m = /^来自 (.+) \/ (.+)!([A-Z]+\d+)(?::([A-Z]+\d+))?$/.exec(e.source ?? '');
      if (!m) continue;
      const source = await readWorkbook(new Uint8Array(readFileSync(join(dir, 'files', m[1]!))));
      const sheet = source.find((s) => s.name === m[2])!;
      const from = parseCellRef(m[3]!)!;
      const to = parseCellRef(m[4] ?? m[3]!)!;
      let sum = 0;
      for (let row = from.row; row <= to.row; row++) {
        const raw = sheet.values[row]?.[from.col];
        sum += typeof raw === 'number' ? raw : Number(String(raw).normalize('NFKC').replace(/分$/, ''));
      }
      expect(valueAt(sheets, e.sheet, e.cell), `${e.sheet}!${e.cell} ← ${e.source}`).toBeCloseTo(sum, 9);
    }
  });

  for (const v of expected.variants ?? [])
    it(`with ${v.extra.join(' ')}`, async () => {
      const r = await run(folder, [...expected.args, ...v.extra]);
      expect(r.code, r.stderr).toBe(v.exit);
      if (v.noOutput) expect(r.sheets).toBeNull();
      for (const w of v.stderr ?? []) expect(r.stderr).toContain(w);
      if (!r.sheets) return;
      for (const [ref, value] of Object.entries(v.cells ?? {})) expect(valueAt(r.sheets, expected.summarySheet, ref)).toBe(value);
      expectProblems(reportView(r.sheets), v.problems ?? []);
    });

  if (expected.ranking)
    it('then perf rank runs on the collected summary, and the record of every source survives it', async () => {
      const collected = await run(folder, expected.args);
      const ranked = join(mkdtempSync(join(tmpdir(), 'perf-rank-')), '排名.xlsx');
      const err: string[] = [];
      const code = await main(['rank', collected.out, '--out', ranked, '--json', '-'], { stdout: (s) => err.push(s), stderr: () => undefined });
      expect(code).toBe(0);
      const json = JSON.parse(err.join('\n')) as { units: { name: string; total: string | number }[] };
      const order = json.units.map((u) => [u.name, Number(u.total)] as [string, number]).sort((a, b) => b[1] - a[1]);
      expect(order).toEqual(expected.ranking);
      const sheets = await readWorkbook(new Uint8Array(readFileSync(ranked)));
      expect(readRecord(sheets)).toEqual(readRecord(collected.sheets!));
      expect(readRecord(sheets).length).toBe(expected.filled);
    });
});

export { cellRef };
