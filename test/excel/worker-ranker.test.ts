import { describe, expect, it } from 'vitest';
import { sheetCells } from '../../src/sheet/plan-blocks';
import type { RankView } from '../../src/taskpane/browser/rank-view';
import { answerRankJob, type RankAnswer, type RankJob } from '../../src/taskpane/excel/rank-job';
import { workerRanker } from '../../src/taskpane/excel/worker-ranker';
import { summarySheet } from '../sheet/ranking/build-sheet';

/**
 * In Excel the ranking runs in a Web Worker (rank.worker.ts): the page's thread also calculates
 * PERF's custom functions. A stand-in worker here does what the real one does — the job and the
 * answer cross as structured clones — so the view the pane gets is the one it would get ranking
 * on the page; where no worker starts, or the worker fails, the pane ranks on the page.
 */
class StandInWorker {
  onmessage: ((event: MessageEvent<RankAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted = 0;
  constructor(private readonly fail = false) {}
  postMessage(job: RankJob): void {
    this.posted++;
    const copy = structuredClone(job);
    setTimeout(() => {
      if (this.fail) this.onerror?.({ message: 'worker script failed' } as ErrorEvent);
      else this.onmessage?.({ data: structuredClone(answerRankJob(copy)) } as MessageEvent<RankAnswer>);
    }, 0);
  }
}

const units = [
  { name: '东城区', category: '', a: 95, b: 90, deduction: 1, veto: '', exclude: '' },
  { name: '西城区', category: '', a: 88, b: 92, deduction: null, veto: '', exclude: '' },
  { name: '南山县', category: '', a: 70, b: 75, deduction: 4, veto: '', exclude: '' },
];
const request = { now: Date.parse('2026-12-01T00:00:00Z') };

function ranked(view: RankView) {
  if (!view.ok) throw new Error(JSON.stringify(view.problems));
  return view;
}

describe('the Excel pane ranking in a worker', () => {
  it('gets the ranking worked by hand, and a plan whose big sheets are still blocks', async () => {
    const worker = new StandInWorker();
    const rank = workerRanker(() => worker as unknown as Worker);
    const view = ranked(await rank([summarySheet(units)], request));
    expect(worker.posted).toBe(1);
    // 东城区 95×0.8+90×0.2−1 = 93; 西城区 88×0.8+92×0.2 = 88.8; 南山县 70×0.8+75×0.2−4 = 67 (默认方案扣分不设上限)
    expect(view.units.map((u) => [u.name, u.total, u.rank, u.grade])).toEqual([
      ['东城区', '93', 1, '优秀'],
      ['西城区', '88.8', 2, '良好'],
      ['南山县', '67', 3, '一般'],
    ]);
    expect(view.plan.sheets.map((s) => s.name)).toEqual(['排名', '表彰名单', '核对']);
    // the default scheme gives no awards: 表彰名单 is a line, not a table
    expect(view.plan.sheets.map((s) => sheetCells(s).blocks.length > 0)).toEqual([true, false, true]);
    // read as rows, the posted 排名 lists the units in order of rank
    const names = view.plan.sheets[0]!.rows.map((r) => r[1]?.value);
    expect(names.indexOf('东城区')).toBeLessThan(names.indexOf('西城区'));
    expect(names.indexOf('西城区')).toBeLessThan(names.indexOf('南山县'));
  });

  it('ranks on the page when no worker can be started, or when the worker fails', async () => {
    const none = workerRanker(() => {
      throw new Error('Worker is not defined');
    });
    expect(ranked(await none([summarySheet(units)], request)).units.map((u) => u.total)).toEqual(['93', '88.8', '67']);
    const failing = new StandInWorker(true);
    const broken = workerRanker(() => failing as unknown as Worker);
    expect(ranked(await broken([summarySheet(units)], request)).units.map((u) => u.total)).toEqual(['93', '88.8', '67']);
    // once failed, it is not tried again
    await broken([summarySheet(units)], request);
    expect(failing.posted).toBe(1);
  });
});
