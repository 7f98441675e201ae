import type { SheetData } from '../../sheet/source-table';
import type { RankRequest, RankView } from './rank-view';
import type { RankJob } from './rank.worker';

/** Runs the ranking somewhere (a Web Worker in the page, in-process in tests). */
export type Ranker = (sheets: SheetData[], request: RankRequest) => Promise<RankView>;

/** A ranker backed by one Web Worker; jobs are answered in order, by id. */
export function workerRanker(): Ranker {
  const worker = new Worker(new URL('./rank.worker.ts', import.meta.url), { name: 'rank' });
  const pending = new Map<number, { resolve: (v: RankView) => void; reject: (e: Error) => void }>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<{ id: number; view?: RankView; error?: string }>) => {
    const job = pending.get(event.data.id);
    if (!job) return;
    pending.delete(event.data.id);
    if (event.data.view) job.resolve(event.data.view);
    else job.reject(new Error(event.data.error ?? 'ranking failed'));
  };
  worker.onerror = (event) => {
    for (const job of pending.values()) job.reject(new Error(event.message));
    pending.clear();
  };
  return (sheets, request) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, sheets, request } satisfies RankJob);
    });
}
