/**
 * The memory section of `npm run bench` (issue 8): a stray cell at XFD1048576 and 10,000 tied
 * units each finish under 300 MB peak (one child process each), and 10,000 tied units take
 * about as long as 10,000 distinct ones (at most twice). Returns one verdict per target.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const PEAK_MB = 300;
const TIED_RATIO = 2;

function run(mode: string): { ms: number; peakRssMb: number } {
  const out = execFileSync(process.execPath, [...process.execArgv, path.join(__dirname, 'child.ts'), mode], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!);
}

export function memorySection(): boolean[] {
  console.log('Memory and hostile inputs (one process each)');
  const stray = run('stray');
  const tied = run('tied');
  const distinct = run('distinct');
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const strayOk = stray.peakRssMb <= PEAK_MB;
  const tiedOk = tied.peakRssMb <= PEAK_MB;
  const ratio = tied.ms / distinct.ms;
  const ratioOk = ratio <= TIED_RATIO;
  console.log(`  13 rows + a stray cell at XFD1048576, .xlsx in → .xlsx out   ${stray.ms.toFixed(0).padStart(6)} ms   peak RSS ${stray.peakRssMb.toFixed(0).padStart(4)} MB   target ≤ ${PEAK_MB} MB   ${verdict(strayOk)}`);
  console.log(`  10,000 units on one score, awards by quota                   ${tied.ms.toFixed(0).padStart(6)} ms   peak RSS ${tied.peakRssMb.toFixed(0).padStart(4)} MB   target ≤ ${PEAK_MB} MB   ${verdict(tiedOk)}`);
  console.log(`  10,000 distinct scores, the same                             ${distinct.ms.toFixed(0).padStart(6)} ms   peak RSS ${distinct.peakRssMb.toFixed(0).padStart(4)} MB`);
  console.log(`  tied ÷ distinct time ${ratio.toFixed(2)}   target ≤ ${TIED_RATIO}   ${verdict(ratioOk)}`);
  return [strayOk, tiedOk, ratioOk];
}
