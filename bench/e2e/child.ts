/**
 * One size of the end-to-end bench, in its own process so that its peak memory is its own:
 * `node dist-bench/child.js <units> <method> <timed runs> [node|default]` (built by webpack.bench.config.js) prints one JSON line of medians (ms, wall clock and CPU) and peak RSS.
 * The 校验码's SHA-256 is node:crypto's, as the command line passes it, unless `default` (the host-free one).
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { runRanking, type RankOptions } from '../../src/workflow/rank';
import { timedStages, type StageTimes } from './stages';
import { BENCH_FLAGS, benchSheets } from './units';

const n = Number(process.argv[2]);
const method = process.argv[3] ?? 'dense';
const runs = Number(process.argv[4] ?? 5);
const hostFree = process.argv[5] === 'default';

// the command line's digest (src/cli/rank-command.ts): the same 校验码 as the host-free default
const digest = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
const sheets = benchSheets(n);
const options: RankOptions = { settings: { ...BENCH_FLAGS, method }, now: new Date('2026-12-01T00:00:00Z'), ...(hostFree ? {} : { digest }) };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// the warm-up, checked; its outcome is let go so that each timed run holds only its own
{
  const first = runRanking(sheets, options);
  if (!first.ok || first.result.units.length !== n || first.plan.sheets.length !== 3) {
    console.error(`bench input is wrong: ${JSON.stringify(first.ok ? first.result.units.length : first.problems)}`);
    process.exit(2);
  }
}
timedStages(sheets, options);

const totals: number[] = [];
const cpus: number[] = [];
const stages: StageTimes[] = [];
/** One timed run; its outcome is let go on return, so that the next run holds only its own. */
function timedRun(): void {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const outcome = runRanking(sheets, options);
  // the plan is built on first use: the compute target includes it
  const sheetsPlanned = outcome.ok ? outcome.plan.sheets.length : 0;
  totals.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpus.push((used.user + used.system) / 1000);
  if (!outcome.ok || sheetsPlanned !== 3) process.exit(2);
}
for (let i = 0; i < runs; i++) {
  timedRun();
  stages.push(timedStages(sheets, options));
}
console.log(
  JSON.stringify({
    n,
    method,
    runs,
    total: median(totals),
    // CPU time of the process (all threads, the collector's included): on a busy machine it says what the run cost, the clock what it waited
    cpu: median(cpus),
    find: median(stages.map((s) => s.find)),
    compute: median(stages.map((s) => s.compute)),
    plan: median(stages.map((s) => s.plan)),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
