/**
 * One hostile input of the memory section, in its own process so that its peak is its own:
 * `child.ts stray` reads a 13-row sheet with one stray cell at XFD1048576 from .xlsx bytes and
 * ranks it; `child.ts tied|distinct` ranks 10,000 units on one score (or on distinct scores)
 * with awards by quota. Prints one JSON line: milliseconds and peak RSS in MB.
 */
import { performance } from 'node:perf_hooks';
import type { CellValue } from '../../src/engine/cell';
import { XlsxWorkbook } from '../../src/host/xlsx';
import type { SheetData } from '../../src/sheet/source-table';
import { runRanking } from '../../src/workflow/rank';
import { xlsxOf } from '../../test/support/minimal-xlsx';

const mode = process.argv[2];
const now = new Date('2026-12-01T00:00:00Z');

async function stray(): Promise<number> {
  const values: CellValue[][] = [['单位', '总分']];
  for (let i = 1; i <= 12; i++) values.push([`单位${i}`, 80 + i]);
  values[1_048_575] = [];
  values[1_048_575]![16_383] = '×';
  const bytes = xlsxOf({ name: '汇总', values, merges: [], perfKind: null });
  const start = performance.now();
  const workbook = await XlsxWorkbook.open(bytes, 'stray.xlsx');
  const outcome = runRanking(await workbook.readSheets(), { now });
  if (!outcome.ok || outcome.result.units.length !== 12) throw new Error('the stray-cell file did not rank its 12 units');
  await workbook.apply(outcome.plan);
  await workbook.toBytes();
  return performance.now() - start;
}

function units(tied: boolean): number {
  const values: CellValue[][] = [['单位', '总分']];
  for (let i = 1; i <= 10_000; i++) values.push([`单位${i}`, tied ? 88 : 60 + (i % 4000) / 100]);
  const sheet: SheetData = { name: '汇总', values, merges: [], perfKind: null };
  const start = performance.now();
  const outcome = runRanking([sheet], { settings: { awards: '先进:10%:良好' }, now });
  if (!outcome.ok || outcome.result.units.length !== 10_000) throw new Error('the 10,000 units did not rank');
  return performance.now() - start;
}

async function main() {
  const ms = mode === 'stray' ? await stray() : units(mode === 'tied');
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ mode, ms, peakRssMb }));
}

void main();
