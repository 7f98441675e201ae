/**
 * The browser version's budget (`npx tsx bench/pane.ts`, after `npm run build`; not a test):
 *   the first-render scripts of dist/index.html ≤ 200 KB gzipped;
 *   the ranking the pane's worker runs (rankView) over 3,000 units ≤ 1 s.
 * Prints each figure with its target and PASS/FAIL; exits 1 when a target fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { SheetData } from '../src/sheet/source-table';
import { rankView } from '../src/taskpane/browser/rank-view';

const DIST = path.resolve(__dirname, '..', 'dist');
const FIRST_RENDER_KB = 200;
const RANK_MS = 1000;
const UNITS = 3000;

const results: boolean[] = [];
function report(what: string, value: string, target: string, ok: boolean) {
  results.push(ok);
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}: ${value} (target ${target})`);
}

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first');
  process.exit(2);
}
const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]!);
const gz = scripts.reduce((n, s) => n + gzipSync(readFileSync(path.join(DIST, s))).length, 0);
report(`first-render JS (${scripts.join(', ')})`, `${(gz / 1024).toFixed(1)} KB gzipped`, `≤ ${FIRST_RENDER_KB} KB`, gz <= FIRST_RENDER_KB * 1024);

const sheet: SheetData = {
  name: '汇总',
  values: [['大型考评汇总表'], ['序号', '单位', '指标考核(80%)', '公众评议(20%)'], ...Array.from({ length: UNITS }, (_, i) => [i + 1, `第${i + 1}单位`, 60 + (i % 40) + 0.5, 70 + (i % 30)])],
  merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  perfKind: null,
};
rankView([sheet], { now: Date.now() }); // warm-up
const start = performance.now();
const view = rankView([sheet], { now: Date.now() });
const ms = performance.now() - start;
if (!view.ok || view.units.length !== UNITS) {
  console.error('bench input is wrong: the ranking did not rank every unit');
  process.exit(2);
}
report(`rankView over ${UNITS} units`, `${ms.toFixed(0)} ms`, `≤ ${RANK_MS} ms`, ms <= RANK_MS);

process.exit(results.every(Boolean) ? 0 : 1);
