import type { SheetData } from '../../sheet/source-table';
import type { Ranker } from '../browser/ranker';
import { rankView, type RankRequest, type RankView } from '../browser/rank-view';
import { receivedView, type RankAnswer, type RankJob } from './rank-job';

interface Job {
  resolve: (view: RankView) => void;
  reject: (e: Error) => void;
  sheets: SheetData[];
  request: RankRequest;
}

/** The ranking on the page's thread, in a task of its own (so the pane shows 正在排名 first). */
export const inPageRanker: Ranker = (sheets, request) => new Promise((resolve) => setTimeout(() => resolve(rankView(sheets, request)), 0));

/**
 * A Ranker that ranks in a Web Worker (rank.worker.ts), started with the first ranking. Where
 * a worker cannot be started or fails, the ranking runs on the page as before: the same result.
 */
export function workerRanker(start: () => Worker = () => new Worker(new URL('./rank.worker.ts', import.meta.url), { name: 'perf-rank' })): Ranker {
  let worker: Worker | null | undefined;
  let next = 1;
  const pending = new Map<number, Job>();
  const inPage = (job: Job) => void inPageRanker(job.sheets, job.request).then(job.resolve, job.reject);
  const started = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = start();
    } catch {
      return (worker = null);
    }
    worker.onmessage = (event: MessageEvent<RankAnswer>) => {
      const job = pending.get(event.data.id);
      if (!job) return;
      pending.delete(event.data.id);
      if ('error' in event.data) job.reject(new Error(event.data.error));
      else job.resolve(receivedView(event.data.view));
    };
    worker.onerror = () => {
      worker = null;
      for (const job of pending.values()) inPage(job);
      pending.clear();
    };
    return worker;
  };
  return (sheets, request) =>
    new Promise<RankView>((resolve, reject) => {
      const w = started();
      const job: Job = { resolve, reject, sheets, request };
      if (!w) return inPage(job);
      const id = next++;
      pending.set(id, job);
      w.postMessage({ id, sheets, request } satisfies RankJob);
    });
}
