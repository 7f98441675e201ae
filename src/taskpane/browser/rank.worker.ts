/// <reference lib="webworker" />
/**
 * The pane's worker: it holds the opened workbook (unzipped, read, written and zipped here)
 * and runs the ranking, so the page's thread only shows what they give back. The ranking
 * runs on the sheets this worker read itself, and a plan it made is applied without
 * travelling to the page and back: 10,000 rows cross the thread boundary only to be shown.
 */
import { isPerfError, PerfError } from '../../engine/errors';
import type { WorksheetValues } from '../../host/xlsx/worksheet-read';
import type { SheetPlan, WritePlan } from '../../sheet/plan';
import { sheetLayout } from '../../sheet/plan-blocks';
import type { SheetData } from '../../sheet/source-table';
import { XlsxWorkbook, type ParseElsewhere } from '../../host/xlsx/xlsx-workbook';
import type { ParseJob } from './parse.worker';
import { rankView, type RankRequest } from './rank-view';

/** A plan sheet the page got from a ranking job: `[job, index]` into that job's plan. */
export type PlanSheetRef = { job: number; index: number };

/** A write plan as posted: each sheet in full, or a reference to one this worker made (the page holds its layout only). */
export interface PostedPlan extends Omit<WritePlan, 'sheets'> {
  sheets: (SheetPlan | { ref: PlanSheetRef })[];
}

/**
 * A sheet as readSheets posts it: in full with an `id`, or by the `id` it had in the answer
 * before when its values are unchanged (the page still holds them: 10,000 rows of the clerk's
 * summary are not posted again after every ranking).
 */
export type PostedSheet = (SheetData & { id: number }) | { id: number; name: string; perfKind: SheetData['perfKind']; kept: true };

export type WorkerJob =
  | { op: 'open'; bytes: Uint8Array; fileName: string }
  | { op: 'readSheets'; handle: number }
  | { op: 'apply'; handle: number; plan: PostedPlan }
  | { op: 'toBytes'; handle: number }
  | { op: 'close'; handle: number }
  /** `handle`: rank that workbook's sheets as last read here; else the posted `sheets`. */
  | { op: 'rank'; handle?: number; sheets?: SheetData[]; request: RankRequest };

export type WorkerRequest = WorkerJob & { id: number };

export interface WorkerError {
  message: string;
  /** A PerfError's kind: the page rebuilds it, so "not a workbook" still reads as such. */
  perfKind?: 'value' | 'na' | 'num';
}

export type WorkerAnswer = { id: number; value: unknown } | { id: number; error: WorkerError };

/** Plans of the latest ranking jobs (the pane applies the one it just got). */
const KEPT_PLANS = 2;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const workbooks = new Map<number, { workbook: XlsxWorkbook; sheets: SheetData[] | null; sent: Map<SheetData['values'], number> }>();
let nextSheet = 1;
const plans = new Map<number, SheetPlan[]>();
let nextHandle = 1;

/** The parse helper, started with the first workbook (so it is ready when a ranking is read back). */
let parser: Worker | null = null;
const parsing = new Map<number, { resolve: (v: WorksheetValues) => void; reject: (e: Error) => void }>();
let nextParse = 1;

function startParser(): Worker {
  if (!parser) {
    parser = new Worker(new URL('./parse.worker.ts', import.meta.url), { name: 'parse' });
    parser.onmessage = (event: MessageEvent<{ id: number; value?: WorksheetValues; error?: WorkerError }>) => {
      const job = parsing.get(event.data.id);
      if (!job) return;
      parsing.delete(event.data.id);
      const { value, error } = event.data;
      if (value) job.resolve(value);
      else job.reject(error?.perfKind ? new PerfError(error.perfKind, error.message) : new Error(error?.message ?? 'parse failed'));
    };
    parser.onerror = (event) => {
      for (const job of parsing.values()) job.reject(new Error(event.message || 'parse worker failed'));
      parsing.clear();
    };
  }
  return parser;
}

const parseElsewhere: ParseElsewhere = (xml, part, sharedStrings) => {
  const helper = startParser();
  return new Promise((resolve, reject) => {
    const id = nextParse++;
    parsing.set(id, { resolve, reject });
    helper.postMessage({ id, xml, part, sharedStrings } satisfies ParseJob);
  });
};

function held(handle: number) {
  const held = workbooks.get(handle);
  if (!held) throw new Error('workbook closed');
  return held;
}

function planOf(posted: PostedPlan): WritePlan {
  const sheets = posted.sheets.map((s) => {
    if (!('ref' in s)) return s;
    const sheet = plans.get(s.ref.job)?.[s.ref.index];
    if (!sheet) throw new Error('排名结果已过期，请重新排名 (the ranking to write is no longer held: rank again)');
    return sheet;
  });
  // the record and the edits of existing sheets (套用) travel as they are
  return { ...posted, sheets };
}

async function run(job: WorkerRequest): Promise<{ value: unknown; transfer?: Transferable[] }> {
  switch (job.op) {
    case 'open': {
      startParser();
      const workbook = await XlsxWorkbook.open(job.bytes, job.fileName, { parse: parseElsewhere });
      const handle = nextHandle++;
      workbooks.set(handle, { workbook, sheets: null, sent: new Map() });
      return { value: handle };
    }
    case 'readSheets': {
      const h = held(job.handle);
      const sheets = (h.sheets = await h.workbook.readSheets());
      const sent = new Map<SheetData['values'], number>();
      const posted = sheets.map((sheet): PostedSheet => {
        const before = h.sent.get(sheet.values);
        const id = before ?? nextSheet++;
        sent.set(sheet.values, id);
        return before === undefined ? { ...sheet, id } : { id, name: sheet.name, perfKind: sheet.perfKind, kept: true };
      });
      h.sent = sent;
      return { value: posted };
    }
    case 'apply': {
      const h = held(job.handle);
      const plan = planOf(job.plan);
      h.sheets = null;
      return { value: await h.workbook.apply(plan) };
    }
    case 'toBytes': {
      const bytes = await held(job.handle).workbook.toBytes();
      return { value: bytes, transfer: [bytes.buffer] };
    }
    case 'close':
      workbooks.delete(job.handle);
      return { value: null };
    case 'rank': {
      let sheets = job.sheets;
      if (job.handle !== undefined) {
        const h = held(job.handle);
        sheets = h.sheets ??= await h.workbook.readSheets();
      }
      const view = rankView(sheets ?? [], job.request);
      if (!view.ok) return { value: view };
      plans.set(job.id, view.plan.sheets);
      for (const id of plans.keys()) if (plans.size > KEPT_PLANS) plans.delete(id);
      // the page shows the units and a plan's layout; the cells stay here until applied
      const shown = view.plan.sheets.map((s): SheetPlan => ({ ...sheetLayout(s), rows: [] }));
      return { value: { ...view, plan: { ...view.plan, sheets: shown } } };
    }
  }
}

/** One job at a time, in the order posted: an apply never overlaps the read after it. */
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  queue = queue.then(() => answer(event.data));
};

async function answer(job: WorkerRequest): Promise<void> {
  const { id } = job;
  try {
    const { value, transfer } = await run(job);
    scope.postMessage({ id, value } satisfies WorkerAnswer, transfer ?? []);
  } catch (e) {
    const error: WorkerError = { message: e instanceof Error ? e.message : String(e) };
    if (isPerfError(e)) error.perfKind = e.kind;
    scope.postMessage({ id, error } satisfies WorkerAnswer);
  }
}
