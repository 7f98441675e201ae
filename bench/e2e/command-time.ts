/**
 * A whole process timed from outside, start-up included: wall time and the peak resident
 * memory of its largest process, as /usr/bin/time (GNU time) reports them from the kernel's
 * accounting. Without /usr/bin/time the wall time is taken here and the memory is unknown.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ProcessRun {
  wallMs: number;
  /** Peak RSS of the largest process in MB; null when it could not be measured. */
  peakMb: number | null;
  /** User + system CPU time (ms), null when not measured: on a busy machine it says more than the wall time. */
  cpuMs: number | null;
  status: number | null;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%e', 'true']).status === 0;
const scratch = mkdtempSync(path.join(tmpdir(), 'perf-bench-time-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

export function timeProcess(command: string, args: string[], options: { timeoutMs?: number; cwd?: string } = {}): ProcessRun {
  const report = path.join(scratch, 'time.txt');
  const [cmd, argv] = hasGnuTime ? [GNU_TIME, ['-o', report, '-f', '%e %M %U %S', command, ...args]] : [command, args];
  const start = performance.now();
  const r = spawnSync(cmd, argv, { cwd: options.cwd, encoding: 'utf8', timeout: options.timeoutMs ?? 600_000, maxBuffer: 64 << 20 });
  const wallMs = performance.now() - start;
  let peakMb: number | null = null;
  let cpuMs: number | null = null;
  if (hasGnuTime && existsSync(report)) {
    const [, kb, user, sys] = readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ');
    peakMb = Number(kb) / 1024;
    cpuMs = (Number(user) + Number(sys)) * 1000;
    rmSync(report);
  }
  return { wallMs, peakMb, cpuMs, status: r.status, stderr: `${r.error ? `${r.error.message}\n` : ''}${r.stderr ?? ''}` };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const peakMemoryMeasured = hasGnuTime;
