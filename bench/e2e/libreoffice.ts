/**
 * LibreOffice Calc headless recalculating the native-formula sheet (native-sheet.ts), timed as
 * a whole process. Its profile is fresh and forces recalculation on load
 * (/org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode = 0, "always"): otherwise Calc
 * would keep the cached values the file carries. That it recalculated is checked, not assumed:
 * every cached result in the file is planted wrong, and none may survive in the output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readWorkbook } from '../../src/host/xlsx';
import { timeProcess, type ProcessRun } from './command-time';
import { PLANTED_GRADE, PLANTED_RANK, PLANTED_TOTAL } from './native-sheet';
import { COMPONENTS, type BenchUnit } from './units';

export const hasLibreOffice = !spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).error;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export class LibreOffice {
  private readonly work = mkdtempSync(path.join(tmpdir(), 'perf-bench-lo-'));
  private readonly profile = path.join(this.work, 'profile');

  constructor() {
    mkdirSync(path.join(this.profile, 'user'), { recursive: true });
    writeFileSync(path.join(this.profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    process.on('exit', () => rmSync(this.work, { recursive: true, force: true }));
  }

  /** `soffice --headless --convert-to xlsx` of one file, timed; the converted file's path. */
  convert(file: string, timeoutMs = 300_000): ProcessRun & { output: string } {
    const outdir = path.join(this.work, 'out');
    const output = path.join(outdir, path.basename(file));
    rmSync(output, { force: true });
    const run = timeProcess(
      'soffice',
      [`-env:UserInstallation=file://${this.profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outdir, file],
      { timeoutMs },
    );
    return { ...run, output };
  }
}

/**
 * Whether LibreOffice's output holds recalculated results: no planted value left in 总分,
 * 等次 or 排名, and each 总分 the weighted sum the formula means (within float rounding).
 * Returns null when it does, else what is wrong.
 */
export async function notRecalculated(output: string, units: BenchUnit[]): Promise<string | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(output));
  } catch {
    return `LibreOffice wrote no file at ${output}`;
  }
  const [sheet] = await readWorkbook(bytes, path.basename(output));
  const first = 3; // 0-based row of the first unit (title, header, weights above)
  for (let i = 0; i < units.length; i++) {
    const row = sheet!.values[first + i] ?? [];
    const [total, grade, rank] = [row[12], row[13], row[14]];
    const dense = row[15]; // the 中国式 rank, when the sheet has one
    if (total === PLANTED_TOTAL || grade === PLANTED_GRADE || rank === PLANTED_RANK || dense === PLANTED_RANK) return `row ${first + i + 1} still holds a planted cached value`;
    const u = units[i]!;
    const expected = u.scores.reduce((s, v, k) => s + (v * COMPONENTS[k]![1]) / 100, 0) - Math.min(u.deduction, 3) + u.bonus;
    if (typeof total !== 'number' || Math.abs(total - expected) > 1e-6) return `row ${first + i + 1}: 总分 ${String(total)}, expected ${expected}`;
    if (typeof rank !== 'number' || rank < 1) return `row ${first + i + 1}: 排名 ${String(rank)}`;
  }
  return null;
}
