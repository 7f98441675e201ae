/**
 * The collecting section of `npm run bench` (issue 14): 200 files of 100 task rows each
 * collected into one summary in ≤ 5 s, and the peak memory for 2,000 files within 1.5× that
 * for 200 (files are read one at a time: memory follows the largest file, not the sum). The
 * files are written to a temporary folder first; each size is then collected in its own process
 * (`tsx bench/collect.ts <folder> <files>`), timing `perf collect` over the folder as the clerk runs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CellValue } from '../src/engine/cell';
import { xlsxOf } from '../test/support/minimal-xlsx';

const SECONDS_TARGET = 5;
const MEMORY_RATIO = 1.5;
const ROWS = 100;

/** A unit's 任务分解表: 100 tasks with their points and scores, a 合计 row; the unit in the title. */
function taskFile(unit: string, seed: number): Uint8Array {
  const values: CellValue[][] = [[`${unit}2025年度业绩考核任务分解表`], ['序号', '工作任务', '分值', '承办人', '完成情况', '得分']];
  let total = 0;
  for (let i = 1; i <= ROWS; i++) {
    const score = ((seed * 7 + i * 3) % 10) / 10 + 0.5;
    total += score * 10;
    values.push([i, `重点工作任务第${i}项`, 1, '张三', '已完成', score]);
  }
  values.push(['合计', null, ROWS, null, null, Math.round(total) / 10]);
  return xlsxOf({ name: '任务分解表', values, merges: [], perfKind: null });
}

/** Writes a round of `count` units to a new folder: 汇总.xlsx and files/<unit>.xlsx. */
function writeRound(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-bench-collect-'));
  const units = Array.from({ length: count }, (_, i) => `第${i + 1}单位`);
  const summary: CellValue[][] = [['单位', '业绩(60%)', '机关效能(40%)'], ...units.map((u) => [u, null, 95])];
  writeFileSync(path.join(dir, '汇总.xlsx'), xlsxOf({ name: '汇总', values: summary, merges: [], perfKind: null }));
  mkdirSync(path.join(dir, 'files'));
  units.forEach((u, i) => writeFileSync(path.join(dir, 'files', `${u}.xlsx`), taskFile(u, i)));
  return dir;
}

/** In its own process: perf collect over a written round, timed; prints one JSON line. */
async function child(dir: string, count: number): Promise<void> {
  const { main } = await import('../src/cli/main');
  const out: string[] = [];
  const start = performance.now();
  const code = await main(['collect', path.join(dir, 'files'), '--into', path.join(dir, '汇总.xlsx'), '--out', path.join(dir, '结果.xlsx')], { stdout: (s) => out.push(s), stderr: () => undefined });
  const ms = performance.now() - start;
  if (code !== 0 || !out.join('').includes(`填入 ${count} 个单元格`)) throw new Error(`collecting ${count} files did not fill ${count} cells: ${out.join(' ')}`);
  console.log(JSON.stringify({ count, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/** Two runs of one size (a fresh process each), the lower time and the lower peak: RSS on a shared machine varies by ±20 MB between runs. */
function run(count: number): { ms: number; peakRssMb: number } {
  const dir = writeRound(count);
  try {
    const once = (): { ms: number; peakRssMb: number } => {
      const out = execFileSync(process.execPath, [...process.execArgv, __filename, dir, String(count)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      return JSON.parse(out.trim().split('\n').pop()!);
    };
    const [a, b] = [once(), once()];
    return { ms: Math.min(a.ms, b.ms), peakRssMb: Math.min(a.peakRssMb, b.peakRssMb) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs both sizes; one verdict per target. */
export function collectSection(): boolean[] {
  console.log('Collecting (perf collect, one process per size)');
  const small = run(200);
  const large = run(2000);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const timeOk = small.ms <= SECONDS_TARGET * 1000;
  const ratio = large.peakRssMb / small.peakRssMb;
  const memoryOk = ratio <= MEMORY_RATIO;
  console.log(`  200 files × ${ROWS} rows   ${small.ms.toFixed(0).padStart(6)} ms   target ≤ ${SECONDS_TARGET * 1000} ms   ${verdict(timeOk)}   peak RSS ${small.peakRssMb.toFixed(0)} MB`);
  console.log(`  2,000 files × ${ROWS} rows ${large.ms.toFixed(0).padStart(6)} ms   peak RSS ${large.peakRssMb.toFixed(0)} MB   ÷ 200 files ${ratio.toFixed(2)}   target ≤ ${MEMORY_RATIO}   ${verdict(memoryOk)}`);
  return [timeOk, memoryOk];
}

const [dirArg, countArg] = process.argv.slice(2);
if (/collect\.ts$/.test(process.argv[1] ?? '') && dirArg && countArg) void child(dirArg, Number(countArg));
else if (/collect\.ts$/.test(process.argv[1] ?? '')) {
  const ok = collectSection();
  process.exitCode = ok.every(Boolean) ? 0 : 1;
}
