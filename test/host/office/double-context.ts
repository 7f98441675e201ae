import type { ExcelDouble, RunRecord } from './excel-double';

/** Excel on the web's limit on a request's and a response's payload. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel's limit on the cells one request may read. */
export const READ_CELL_LIMIT = 5_000_000;

/** Bytes each queued operation costs beyond its arguments (Office.js sends an action and an object path per call). */
export const OP_OVERHEAD = 150;
const REQUEST_OVERHEAD = 200;

/** Calls Excel cannot undo: a run with mergeUndoGroup that holds one fails with UndoNotSupported. */
export const NO_UNDO = ['Worksheet.delete', 'Worksheet.visibility=', 'Worksheet.name=', 'Worksheet.position='];

/** An error as Office.js raises it (OfficeExtension.Error): a code that is not localized, a message and debugInfo. */
export class DoubleError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

const MESSAGES: Record<string, string> = {
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  InvalidOperationInCellEditMode: 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  ItemNotFound: 'The requested resource doesn\'t exist.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The requested operation is invalid.',
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  UndoNotSupported: 'The operation cannot be merged into an undo group.',
  GeneralException: 'There was an internal error while processing the request.',
};

export function doubleError(code: string, where?: string, message?: string): DoubleError {
  return new DoubleError(code, message ?? MESSAGES[code] ?? code, where);
}

export function utf8Bytes(value: unknown): number {
  const text = JSON.stringify(value ?? null) ?? 'null';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** One queued call: what it is ("Range.values=", "Worksheet.delete"), what it costs, and what it does when synced. */
export interface QueuedOp {
  what: string;
  bytes: number;
  run(): void;
}

/** What one context.sync sent and received. */
export interface SyncRecord {
  run: number;
  requestBytes: number;
  responseBytes: number;
  operations: number;
  cellsRead: number;
  /** Calls by name in this request ("Range.values=": 3). */
  calls: Record<string, number>;
  calculationSuspended: boolean;
  /** The error the request failed with, if any. */
  error?: string;
}

/**
 * The double's RequestContext: calls are queued as operations and carried out only
 * when sync() is awaited; loaded values become readable after that sync.
 */
export class DoubleContext {
  private queue: QueuedOp[] = [];
  private commits: (() => void)[] = [];
  private responseBytes = 0;
  private cellsRead = 0;
  /** Set by application.suspendApiCalculationUntilNextSync for the next request. */
  calculationSuspended = false;
  /** Ranges written in the current request, for the change events fired after it. */
  changed: { sheetId: string; address: string }[] = [];

  constructor(
    readonly double: ExcelDouble,
    readonly record: RunRecord,
  ) {}

  enqueue(what: string, payload: unknown, run: () => void): void {
    this.queue.push({ what, bytes: OP_OVERHEAD + (payload === undefined ? 0 : utf8Bytes(payload)), run });
  }

  /** A load's result, readable once the whole request has succeeded. */
  deliver(data: unknown, commit: () => void, cells = 0): void {
    this.responseBytes += utf8Bytes(data);
    this.cellsRead += cells;
    if (this.cellsRead > READ_CELL_LIMIT) throw doubleError('RangeExceedsLimit');
    this.commits.push(commit);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    if (this.record.options.delayForCellEdit) await this.double.untilEditEnds();
    const ops = this.queue;
    this.queue = [];
    this.commits = [];
    this.responseBytes = 0;
    this.cellsRead = 0;
    this.changed = [];
    const calls: Record<string, number> = {};
    for (const op of ops) calls[op.what] = (calls[op.what] ?? 0) + 1;
    const entry: SyncRecord = {
      run: this.record.index,
      requestBytes: REQUEST_OVERHEAD + ops.reduce((n, op) => n + op.bytes, 0),
      responseBytes: 0,
      operations: ops.length,
      cellsRead: 0,
      calls,
      calculationSuspended: this.calculationSuspended,
    };
    this.calculationSuspended = false;
    this.double.syncs.push(entry);
    this.record.syncs++;
    const fail = (e: DoubleError) => {
      entry.error = e.code;
      throw e;
    };
    if (this.double.editing && !this.record.options.delayForCellEdit) fail(doubleError('InvalidOperationInCellEditMode'));
    if (entry.requestBytes > PAYLOAD_LIMIT) fail(doubleError('RequestPayloadSizeLimitExceeded'));
    for (const op of ops) {
      this.record.calls.add(op.what);
      if (this.record.options.mergeUndoGroup && NO_UNDO.includes(op.what)) fail(doubleError('UndoNotSupported', op.what));
      const injected = this.double.takeInjected(op.what);
      if (injected) fail(injected);
      try {
        op.run();
      } catch (e) {
        fail(e instanceof DoubleError ? e : doubleError('GeneralException', op.what, String(e)));
      }
    }
    entry.responseBytes = this.responseBytes;
    entry.cellsRead = this.cellsRead;
    if (this.responseBytes > PAYLOAD_LIMIT) fail(doubleError('ResponsePayloadSizeLimitExceeded'));
    for (const commit of this.commits) commit();
    this.commits = [];
    if (this.changed.length) this.double.fireChanged(this.changed, 'ThisLocalAddin');
  }
}
