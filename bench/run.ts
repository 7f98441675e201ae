/**
 * PERF benchmark (`npm run bench`, after `npm run build`; not a test). In one run, each figure
 * with its target and PASS/FAIL:
 *   the functions beside float-only references: GRADE and WEIGHTED ≥ 200,000 calls/s, RANKS over
 *   10,000 rows ≥ 100× faster than 10,000 per-cell RANK calls;
 *   memory and hostile inputs (bench/memory): a stray far cell and 10,000 tied units under 300 MB;
 *   the browser version in Chromium (bench/pane-browser.ts);
 *   collecting (bench/collect.ts): 200 files of 100 rows in ≤ 5 s, peak memory for 2,000 files ≤ 1.5× that for 200;
 *   the end-to-end compute (bench/e2e), whose targets belong to open issue 9.
 *   the end-to-end compute (bench/e2e), whose targets belong to open issue 9;
 *   the Office.js host against the Excel double (bench/office-host.ts): requests and their sizes.
 *   bytes to bytes and the whole `perf rank` command beside LibreOffice (bench/e2e/bytes-report.ts,
 *   command-report.ts), issue 9 too: a target marked binding there sets the exit code, the rest are open.
 * Exits 1 when a target of a resolved issue fails.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { grade, rank, ranks, weighted } from '../src/functions/functions';
import { memorySection } from './memory/report';
import { paneInBrowser } from './pane-browser';
import { e2eSection } from './e2e/report';
import { collectSection } from './collect';
import { officeHostSection } from './office-host';
import { bytesSection, writeBenchFiles } from './e2e/bytes-report';
import { commandSection } from './e2e/command-report';

const CALLS_TARGET = 200_000;
const RANKS_TARGET = 100;
const ROWS = 10_000;
const PER_CELL_BUDGET_MS = 20_000;

/** Deterministic one-decimal scores with ties, as clerks type them. */
function scores(count: number, seed = 7): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.round(600 + (x % 400)) / 10; // 60.0 … 99.9
  });
}

let sink = 0; // results feed this so no call is optimised away
const consume = (v: unknown) => {
  sink += typeof v === 'number' ? v : typeof v === 'string' ? v.length : 1;
};

/** Calls per second of fn(i) over at least minMs, after a warm-up. */
function callsPerSecond(fn: (i: number) => unknown, minMs = 1500): number {
  for (let i = 0; i < 20_000; i++) consume(fn(i));
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 10_000; i++) consume(fn(calls + i));
    calls += 10_000;
    elapsed = performance.now() - start;
  }
  return (calls / elapsed) * 1000;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const isError = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && 'code' in v;

function check(what: string, ok: boolean, detail: unknown) {
  if (!ok) {
    console.error(`bench input is wrong: ${what} returned ${JSON.stringify(detail)} — timing an error path would be meaningless`);
    process.exit(2);
  }
}

const results: boolean[] = [];
console.log(`PERF micro-benchmark — Node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
console.log('');

// GRADE: one score cell, default bands, no downgrade (omitted arguments arrive as null).
{
  const values = scores(4096);
  const floatGrade = (s: number) => (s >= 90 ? '优秀' : s >= 80 ? '良好' : s >= 60 ? '一般' : '较差');
  check('GRADE', values.every((s) => grade(s, null as any, null) === floatGrade(s)), grade(values[0], null as any, null));
  const perf = callsPerSecond((i) => grade(values[i & 4095], null as any, null));
  const float = callsPerSecond((i) => floatGrade(values[i & 4095]!));
  const ok = perf >= CALLS_TARGET;
  results.push(ok);
  console.log(
    `GRADE     ${fmt(perf).padStart(12)} calls/s   float reference ${fmt(float).padStart(14)} calls/s   PERF/float ${fmt(perf / float, 4)}   target ≥ ${fmt(CALLS_TARGET)} calls/s   ${verdict(ok)}`,
  );
}

// WEIGHTED: a row of five scores and five fractional weights summing to 1.
{
  const values = scores(4096 + 5);
  const weights = [[0.3, 0.2, 0.2, 0.2, 0.1]];
  const rows = Array.from({ length: 4096 }, (_, i) => [values.slice(i, i + 5)]);
  const floatWeighted = (row: number[]) => row[0]! * 0.3 + row[1]! * 0.2 + row[2]! * 0.2 + row[3]! * 0.2 + row[4]! * 0.1;
  const sample = weighted(rows[0]!, weights);
  check('WEIGHTED', typeof sample === 'number' && Math.abs(sample - floatWeighted(rows[0]![0]!)) < 1e-9, sample);
  const perf = callsPerSecond((i) => weighted(rows[i & 4095]!, weights));
  const float = callsPerSecond((i) => floatWeighted(rows[i & 4095]![0]!));
  const ok = perf >= CALLS_TARGET;
  results.push(ok);
  console.log(
    `WEIGHTED  ${fmt(perf).padStart(12)} calls/s   float reference ${fmt(float).padStart(14)} calls/s   PERF/float ${fmt(perf / float, 4)}   target ≥ ${fmt(CALLS_TARGET)} calls/s   ${verdict(ok)}`,
  );
}

// RANKS over a 10,000-row column vs one RANK per row over the same column.
{
  const column = scores(ROWS, 11).map((s) => [s]);
  const spilled = ranks(column) as unknown;
  check('RANKS', Array.isArray(spilled) && spilled.length === ROWS, isError(spilled) ? spilled : 'wrong shape');
  const all = spilled as unknown[][];

  const ranksTimes: number[] = [];
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    consume((ranks(column) as unknown[][]).length);
    ranksTimes.push(performance.now() - start);
  }
  ranksTimes.sort((a, b) => a - b);
  const ranksMs = ranksTimes[3]!;

  let calls = 0;
  const start = performance.now();
  while (calls < ROWS && performance.now() - start < PER_CELL_BUDGET_MS) {
    const r = rank([[column[calls]![0]]], column);
    if (calls % 997 === 0) check(`RANK row ${calls + 1}`, r === all[calls]![0], { rank: r, ranks: all[calls]![0] });
    consume(r);
    calls++;
  }
  const measuredMs = performance.now() - start;
  const perCellMs = (measuredMs / calls) * ROWS;
  const ratio = perCellMs / ranksMs;
  const ok = ratio >= RANKS_TARGET;
  results.push(ok);
  const note = calls < ROWS ? ` (${fmt(calls)} calls measured, scaled to ${fmt(ROWS)})` : '';
  console.log(
    `RANKS     one call over ${fmt(ROWS)} rows ${fmt(ranksMs, 1)} ms   ${fmt(ROWS)} per-cell RANK calls ${fmt(perCellMs)} ms${note}   ratio ${fmt(ratio, 1)}×   target ≥ ${RANKS_TARGET}×   ${verdict(ok)}`,
  );
}

console.log('');
results.push(...memorySection());
console.log('');
results.push(...collectSection());

// Targets of issues still open (9, the end-to-end speed) are printed with the others, PASS or
// FAIL, but do not decide the exit code until their issue is resolved: then they move up to
// `results` and must stay met, as the browser version's budget (issue 11) has.
const open: boolean[] = [];
console.log('');
open.push(...e2eSection());

async function finish() {
  console.log('');
  results.push(...(await officeHostSection()));
  // issue 9's bytes-to-bytes and whole-command targets: a met one that is binding sets the exit code, the others are open
  const e2e = await writeBenchFiles();
  for (const v of [...bytesSection(e2e.files), ...(await commandSection(e2e.files, e2e.denseNative))]) (v.binding ? results : open).push(v.ok);
  console.log('');
  console.log('The browser version in Chromium (production build)');
  await paneInBrowser((what, value, target, ok) => {
    if (target !== 'informational') results.push(ok);
    console.log(`  ${what}: ${value}${target === 'informational' ? '' : `   target ${target}   ${verdict(ok)}`}`);
  });
  console.log('');
  console.log(results.every(Boolean) ? 'All targets of resolved issues met.' : 'Some targets of resolved issues FAILED.');
  if (!open.every(Boolean)) console.log(`Targets of open issue 9 (speed) not yet met: ${open.filter((ok) => !ok).length}.`);
  if (sink === -1) console.log(sink);
  process.exitCode = results.every(Boolean) ? 0 : 1;
}

void finish();
