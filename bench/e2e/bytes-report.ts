/**
 * The bytes-to-bytes section of `npm run bench` (issue 9): the bench's workbooks written as
 * .xlsx files (native-sheet.ts: the same units for PERF and for the native-formula sheet),
 * then for each size one child process (bytes-child.ts) that opens, reads, ranks, writes and
 * zips in memory, warm; each stage's median, the output's size and the peak memory, against
 * the targets.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILT_LINE, builtChild } from './built-child';
import { nativeFormulaXlsx, perfInputXlsx } from './native-sheet';
import { benchUnits, type BenchUnit } from './units';
import type { BytesTimes } from './bytes-child';

export interface Verdict {
  ok: boolean;
  /** Met when issue 9's work was merged and kept since: a failure sets the bench's exit code. Else it is still open. */
  binding: boolean;
}

export interface BenchFile {
  n: number;
  units: BenchUnit[];
  /** The clerk's summary PERF ranks. */
  input: string;
  /** The same units as native formulas (rank only). */
  native: string;
}

export const E2E_SIZES = [1_000, 10_000, 100_000];

/** Every size's two workbooks in a fresh folder (removed when the bench ends), and the 中国式 sheet at 1,000. */
export async function writeBenchFiles(): Promise<{ files: BenchFile[]; denseNative: string; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-bench-e2e-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const files: BenchFile[] = [];
  for (const n of E2E_SIZES) {
    const units = benchUnits(n);
    const input = path.join(dir, `汇总-${n}.xlsx`);
    const native = path.join(dir, `原生公式-${n}.xlsx`);
    writeFileSync(input, await perfInputXlsx(units));
    writeFileSync(native, await nativeFormulaXlsx(units));
    files.push({ n, units, input, native });
  }
  const denseNative = path.join(dir, '原生公式-中国式-1000.xlsx');
  writeFileSync(denseNative, await nativeFormulaXlsx(files[0]!.units, { dense: true }));
  return { files, denseNative, dir };
}

/** One child's line: its medians (bytes-child.ts), with the size, the runs and the peak. */
interface BytesRun extends BytesTimes {
  n: number;
  runs: number;
  peakRssMb: number;
}

const TARGETS_MS: Record<number, { ms: number; binding: boolean }> = {
  10_000: { ms: 400, binding: false },
  100_000: { ms: 3_000, binding: false },
};
const PEAK_TARGET_MB = { n: 100_000, mb: 500, binding: false };

const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;
export const verdictText = (v: Verdict) => (v.ok ? 'PASS' : v.binding ? 'FAIL' : 'FAIL (open: issue 9)');

function runSize(file: BenchFile, runs: number): BytesRun {
  const out = execFileSync(process.execPath, [builtChild('bytes-child'), file.input, String(file.n), String(runs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as BytesRun;
}

export function bytesSection(files: BenchFile[]): Verdict[] {
  const verdicts: Verdict[] = [];
  console.log('Bytes to bytes (.xlsx in → read → find table → compute → plan → write → .xlsx out with 排名, 表彰名单, 核对), in-process with Node\'s zlib as the command line, warm, median; one process per size');
  console.log(BUILT_LINE);
  for (const file of files) {
    const r = runSize(file, file.n >= 100_000 ? 3 : 5);
    const target = TARGETS_MS[r.n];
    const v = target ? { ok: r.total <= target.ms, binding: target.binding } : null;
    if (v) verdicts.push(v);
    console.log(
      `  ${r.n.toLocaleString('en-US').padStart(7)} units  read ${ms(r.read)}  find ${ms(r.find)}  compute ${ms(r.compute)}  plan ${ms(r.plan)}  write ${ms(r.write)}` +
        `  total ${ms(r.total)} (cpu ${ms(r.cpu).trim()})  (${r.runs} runs)  out ${(r.outBytes / 1e6).toFixed(1)} MB  peak RSS ${r.peakRssMb.toFixed(0).padStart(5)} MB` +
        (target && v ? `   target ≤ ${target.ms.toLocaleString('en-US')} ms   ${verdictText(v)}` : ''),
    );
    if (r.n === PEAK_TARGET_MB.n) {
      const peak = { ok: r.peakRssMb <= PEAK_TARGET_MB.mb, binding: PEAK_TARGET_MB.binding };
      verdicts.push(peak);
      console.log(`  peak memory at ${r.n.toLocaleString('en-US')} units ${r.peakRssMb.toFixed(0)} MB (the child process, warm-up and timed runs)   target ≤ ${PEAK_TARGET_MB.mb} MB   ${verdictText(peak)}`);
    }
  }
  return verdicts;
}
