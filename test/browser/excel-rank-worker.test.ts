import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../build/dist';
import { summarySheet } from '../sheet/ranking/build-sheet';
import { openRecordedPage, requestsElsewhere } from './browser-page';
import { serveFolder } from './static-server';

/**
 * The Excel pane's ranking worker as built (dist/perf-rank.*.js, `npm run build`), started in
 * Chromium from our own origin as the pane starts it: it ranks the posted sheets and posts the
 * view back, its plan's big sheets as blocks. (worker-ranker.test.ts tests the page's side.)
 */
describe('the Excel pane ranking worker, built', () => {
  it('ranks a posted summary sheet in Chromium and answers with the view and the blocked plan', async () => {
    const script = readdirSync(DIST).find((f) => /^perf-rank\.[0-9a-f]+\.js$/.test(f));
    expect(script, 'the worker chunk in dist/').toBeDefined();
    const server = await serveFolder(DIST);
    const profile = mkdtempSync(path.join(os.tmpdir(), 'perf-rank-worker-'));
    try {
      const { context, page, requests, pageErrors } = await openRecordedPage(server.url, profile, 'zh-CN');
      const sheet = summarySheet([
        { name: '东城区', category: '', a: 95, b: 90, deduction: 1, veto: '', exclude: '' },
        { name: '西城区', category: '', a: 88, b: 92, deduction: null, veto: '', exclude: '' },
      ]);
      const answer = await page.evaluate(
        ({ url, sheet }) =>
          new Promise<{ units: [string, string, number][]; sheets: [string, string | undefined][] }>((resolve, reject) => {
            const worker = new Worker(url);
            worker.onerror = (e) => reject(new Error(e.message));
            worker.onmessage = (e) => {
              const view = e.data.view;
              if (!view?.ok) return reject(new Error(JSON.stringify(e.data)));
              resolve({
                units: view.units.map((u: { name: string; total: string; rank: number }) => [u.name, u.total, u.rank]),
                sheets: view.plan.sheets.map((s: { name?: string; posted?: string; layout?: { name: string } }) => [s.layout?.name ?? s.name ?? '', s.posted]),
              });
            };
            worker.postMessage({ id: 1, sheets: [sheet], request: { now: Date.parse('2026-12-01T00:00:00Z') } });
          }),
        { url: `${server.url}${script}`, sheet },
      );
      // 东城区 95×0.8+90×0.2−1 = 93; 西城区 88×0.8+92×0.2 = 88.8
      expect(answer.units).toEqual([
        ['东城区', '93', 1],
        ['西城区', '88.8', 2],
      ]);
      expect(answer.sheets).toEqual([
        ['排名', 'blocks'],
        ['表彰名单', undefined],
        ['核对', 'blocks'],
      ]);
      expect(pageErrors).toEqual([]);
      expect(requestsElsewhere(requests, server.url)).toEqual([]);
      await context.close();
    } finally {
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
