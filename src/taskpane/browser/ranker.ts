/**
 * The page's side of the pane worker (rank.worker.ts): a `FileWorkbook` proxy for the workbook
 * the worker holds, and a `Ranker` that ranks there. Sheets the proxy read are known by
 * identity, so ranking them posts a handle instead of 10,000 rows; a ranking's plan sheets
 * stay in the worker (the view carries their layout, not their cells), so applying them posts references.
 */
import { PerfError } from '../../engine/errors';
import type { FileWorkbook } from '../../host/workbook';
import type { SheetPlan, WritePlan, WriteReport } from '../../sheet/plan';
import type { SheetData } from '../../sheet/source-table';
import type { RankRequest, RankView } from './rank-view';
import type { PlanSheetRef, PostedPlan, PostedSheet, WorkerAnswer, WorkerError, WorkerJob } from './rank.worker';

/** Runs the ranking somewhere (a Web Worker in the page, in-process in tests). */
export type Ranker = (sheets: SheetData[], request: RankRequest) => Promise<RankView>;

export interface PaneWorker {
  openWorkbook(bytes: Uint8Array, fileName: string): Promise<FileWorkbook>;
  rank: Ranker;
}

const failure = (e: WorkerError): Error => (e.perfKind ? new PerfError(e.perfKind, e.message) : new Error(e.message));

/** One Web Worker, started with the first job; jobs are answered by id. */
export function paneWorker(): PaneWorker {
  let worker: Worker | null = null;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  /** Sheets read from a workbook: its handle and how many plans it had taken then. */
  const readFrom = new WeakMap<SheetData[], { handle: number; version: number }>();
  const planned = new WeakMap<SheetPlan, PlanSheetRef>();
  const versions = new Map<number, number>();
  const closer = new FinalizationRegistry<number>((handle) => {
    versions.delete(handle);
    void call({ op: 'close', handle }).catch(() => undefined);
  });

  function start(): Worker {
    const w = new Worker(new URL('./rank.worker.ts', import.meta.url), { name: 'rank' });
    w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const job = pending.get(event.data.id);
      if (!job) return;
      pending.delete(event.data.id);
      const answer = event.data;
      // a large answer takes a while to arrive (structured clone); what the pane does with it
      // (React renders the sheets) runs in a task of its own, so neither makes one long task
      setTimeout(() => ('error' in answer ? job.reject(failure(answer.error)) : job.resolve(answer.value)), 0);
    };
    w.onerror = (event) => {
      for (const job of pending.values()) job.reject(new Error(event.message || 'worker failed'));
      pending.clear();
    };
    return w;
  }

  function call<T>(job: WorkerJob, transfer: Transferable[] = [], onId?: (id: number) => void): Promise<T> {
    worker ??= start();
    const w = worker;
    return new Promise<T>((resolve, reject) => {
      const id = next++;
      onId?.(id);
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ ...job, id }, transfer);
    });
  }

  const posted = (plan: WritePlan): PostedPlan => ({
    ...plan,
    sheets: plan.sheets.map((s) => {
      const ref = planned.get(s);
      return ref ? { ref } : s;
    }),
  });

  class WorkerWorkbook implements FileWorkbook {
    constructor(private readonly handle: number) {
      versions.set(handle, 0);
      closer.register(this, handle);
    }

    /** The values (and merges) of the sheets last read, by the id the worker gave them. */
    private held = new Map<number, Pick<SheetData, 'values' | 'merges'>>();

    async readSheets(): Promise<SheetData[]> {
      const version = versions.get(this.handle) ?? 0;
      const answer = await call<PostedSheet[]>({ op: 'readSheets', handle: this.handle });
      const held = new Map<number, Pick<SheetData, 'values' | 'merges'>>();
      const sheets = answer.map((s): SheetData => {
        if (!('kept' in s)) {
          const { id, ...sheet } = s;
          held.set(id, sheet);
          return sheet;
        }
        const kept = this.held.get(s.id);
        if (!kept) throw new Error('sheet values lost between worker and page');
        held.set(s.id, kept);
        return { name: s.name, values: kept.values, merges: kept.merges, perfKind: s.perfKind };
      });
      this.held = held;
      if (versions.get(this.handle) === version) readFrom.set(sheets, { handle: this.handle, version });
      return sheets;
    }

    async apply(plan: WritePlan): Promise<WriteReport> {
      versions.set(this.handle, (versions.get(this.handle) ?? 0) + 1);
      return call<WriteReport>({ op: 'apply', handle: this.handle, plan: posted(plan) });
    }

    toBytes(): Promise<Uint8Array> {
      return call<Uint8Array>({ op: 'toBytes', handle: this.handle });
    }
  }

  return {
    async openWorkbook(bytes, fileName) {
      // the bytes move to the worker; the page has no more use for them
      const handle = await call<number>({ op: 'open', bytes, fileName }, [bytes.buffer]);
      return new WorkerWorkbook(handle);
    },
    async rank(sheets, request) {
      const from = readFrom.get(sheets);
      const current = from !== undefined && versions.get(from.handle) === from.version;
      let job = 0;
      const view = await call<RankView>(current ? { op: 'rank', handle: from.handle, request } : { op: 'rank', sheets, request }, [], (id) => (job = id));
      if (view.ok) view.plan.sheets.forEach((s, index) => planned.set(s, { job, index }));
      return view;
    },
  };
}
