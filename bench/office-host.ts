/**
 * The Office.js host against the Excel double (issue 12): for a summary of 10, 10,000 and
 * 100,000 units, reading the workbook and writing the ranking's plan (排名, 表彰名单, 核对),
 * with the requests each makes (context.sync calls), their largest request and answer, and
 * the value blocks. Targets: every request and answer under Excel on the web's 5 MB; a write
 * takes at most WRITE_SYNCS_BASE requests plus one per value block, a read READ_SYNCS_BASE
 * plus one per block of whole rows of at most READ_CELLS cells, plus one to find where the
 * values are in a used range over SPARSE_CELLS.
 */
import { performance } from 'node:perf_hooks';
import { OfficeWorkbook, type OfficeApis } from '../src/host/office';
import { READ_CELLS, SPARSE_CELLS } from '../src/host/office/read-sheets';
import { runRanking } from '../src/workflow/rank';
import { ExcelDouble, PAYLOAD_LIMIT } from '../test/host/office/excel-double';
import { BENCH_FLAGS, summaryRows, benchUnits } from './e2e/units';

const SIZES = [10, 10_000, 100_000];
const WRITE_SYNCS_BASE = 5;
const READ_SYNCS_BASE = 2;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

export async function officeHostSection(): Promise<boolean[]> {
  const results: boolean[] = [];
  console.log('The Office.js host against the Excel double: requests (context.sync) and their sizes; limit 5 MB a request and an answer');
  for (const n of SIZES) {
    const double = new ExcelDouble();
    double.addSheet('汇总', summaryRows(benchUnits(n)));
    const host = new OfficeWorkbook({ excel: double.excel as unknown as OfficeApis['excel'], requirements: double.office.context.requirements });

    let start = performance.now();
    const sheets = await host.readSheets();
    const readMs = performance.now() - start;
    const reads = double.syncs.splice(0);
    const outcome = runRanking(sheets, { settings: BENCH_FLAGS, now: new Date('2026-12-01T00:00:00Z') });
    if (!outcome.ok) {
      console.error(`bench input is wrong: ${JSON.stringify(outcome.problems).slice(0, 300)}`);
      process.exit(2);
    }
    start = performance.now();
    await host.apply(outcome.plan);
    const writeMs = performance.now() - start;
    const writes = double.syncs.splice(0);

    // a sheet's used range is read in blocks of whole rows, at most READ_CELLS cells each
    const blocksOf = (values: unknown[][]) => {
      const width = Math.max(0, ...values.map((row) => (row ? row.length : 0)));
      return width === 0 ? 0 : Math.ceil(values.length / Math.max(1, Math.floor(READ_CELLS / width)));
    };
    // a used range over SPARSE_CELLS is first asked where its values are (one request more)
    const cellsOf = (values: unknown[][]) => values.length * Math.max(0, ...values.map((row) => (row ? row.length : 0)));
    const askWhere = sheets.some((s) => cellsOf(s.values) > SPARSE_CELLS) ? 1 : 0;
    const readBound = READ_SYNCS_BASE + askWhere + sheets.reduce((k, s) => k + blocksOf(s.values), 0);
    const blocks = writes.filter((s) => s.calls['Range.values=']).length;
    const writeBound = WRITE_SYNCS_BASE + blocks;
    const largest = Math.max(...[...reads, ...writes].map((s) => s.requestBytes));
    const largestAnswer = Math.max(...[...reads, ...writes].map((s) => s.responseBytes));
    const ok = {
      read: reads.length <= readBound && reads.every((s) => !s.error),
      write: writes.length <= writeBound && writes.every((s) => !s.error),
      size: largest < PAYLOAD_LIMIT && largestAnswer < PAYLOAD_LIMIT,
    };
    results.push(ok.read, ok.write, ok.size);
    console.log(
      `  ${String(n).padStart(7)} units  read ${String(reads.length).padStart(3)} requests (target ≤ ${readBound}) ${verdict(ok.read)}` +
        `   write ${String(writes.length).padStart(3)} requests, ${blocks} value blocks (target ≤ ${writeBound}) ${verdict(ok.write)}` +
        `   largest request ${mb(largest)}, answer ${mb(largestAnswer)} (target < 5 MB) ${verdict(ok.size)}` +
        `   total sent ${mb(writes.reduce((a, s) => a + s.requestBytes, 0))}   double time read ${readMs.toFixed(0)} ms, write ${writeMs.toFixed(0)} ms`,
    );
  }
  return results;
}
