/**
 * Bytes to bytes for one size, in its own process so that its peak memory is its own:
 * `node dist-bench/bytes-child.js <in.xlsx> <units> <timed runs>` (built by webpack.bench.config.js) opens the file's bytes, reads the sheets,
 * ranks them (find table / compute / plan, as stages.ts times them), applies the plan and
 * zips the workbook again (排名, 表彰名单, 核对 added), as `perf rank --out` does in memory (with
 * Node's zlib, as the command line passes it).
 * Prints one JSON line: the median of each stage and of the whole (ms), the output's size
 * and the peak RSS.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { NODE_ZIP } from '../../src/cli/node-zip';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { runRanking, type RankOptions } from '../../src/workflow/rank';
import { timedStages } from './stages';
import { BENCH_FLAGS } from './units';
import type { SheetData } from '../../src/sheet/source-table';

const file = process.argv[2]!;
const n = Number(process.argv[3]);
const runs = Number(process.argv[4] ?? 5);

const digest = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
const options: RankOptions = { settings: BENCH_FLAGS, now: new Date('2026-12-01T00:00:00Z'), digest };
const input = new Uint8Array(readFileSync(file));

export interface BytesTimes {
  read: number;
  find: number;
  compute: number;
  plan: number;
  write: number;
  total: number;
  /** CPU time of the whole (user + system, ms): a busy machine inflates it less than the wall time. */
  cpu: number;
  outBytes: number;
}

/**
 * One run from bytes to bytes, timed. Only its times and the sheets it read outlive it: the
 * stage run below then holds one ranking, as a clerk's run does, not two at once.
 */
async function whole(): Promise<{ sheets: SheetData[]; read: number; ranking: number; write: number; total: number; cpu: number; outBytes: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const workbook = await XlsxWorkbook.open(input, 'bench.xlsx', { codec: NODE_ZIP });
  const sheets = await workbook.readSheets();
  const t1 = performance.now();
  const outcome = runRanking(sheets, options);
  if (!outcome.ok || outcome.result.units.length !== n) {
    console.error(`bench input is wrong: ${JSON.stringify(outcome.ok ? outcome.result.units.length : outcome.problems)}`);
    process.exit(2);
  }
  // the plan is built on first use: inside the ranking's clock, so that write is only the writing
  const plan = outcome.plan;
  const t2 = performance.now();
  await workbook.apply(plan);
  const out = await workbook.toBytes();
  const t3 = performance.now();
  const c = process.cpuUsage(c0);
  return { sheets, read: t1 - t0, ranking: t2 - t1, write: t3 - t2, total: t3 - t0, cpu: (c.user + c.system) / 1000, outBytes: out.length };
}

async function once(): Promise<BytesTimes> {
  const { sheets, ranking, ...run } = await whole();
  // the stages of the ranking, timed one by one on the same sheets, outside the whole's clock
  const stages = timedStages(sheets, options);
  // the whole's ranking time split in the proportions the stage run found
  const scale = ranking / stages.total;
  return { ...run, find: stages.find * scale, compute: stages.compute * scale, plan: stages.plan * scale };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  await once(); // the warm-up
  const times: BytesTimes[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  const pick = (k: keyof BytesTimes) => median(times.map((t) => t[k]));
  console.log(
    JSON.stringify({
      n,
      runs,
      read: pick('read'),
      find: pick('find'),
      compute: pick('compute'),
      plan: pick('plan'),
      write: pick('write'),
      total: pick('total'),
      cpu: pick('cpu'),
      outBytes: times[0]!.outBytes,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

void main();
