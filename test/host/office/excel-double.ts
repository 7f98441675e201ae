/**
 * # The Excel double: a recording stand-in for the Excel JavaScript API (Office.js)
 *
 * Excel cannot run on our machines, so every Office.js part of PERF (the host in
 * src/host/office, the Excel-only pane parts, the ribbon command) is tested against this.
 * It models what bites in real Excel:
 * - `run(options?, batch)` like `Excel.run`, with a fresh RequestContext per run whose
 *   calls are QUEUED and carried out only on `await context.sync()`, in order; a call that
 *   fails rejects that sync, and what came before it in the batch stays done (Excel does
 *   not roll back).
 * - Reading a property that was not `load`ed and synced throws `PropertyNotLoaded`;
 *   `*OrNullObject` objects tell `isNullObject` only after a sync.
 * - Every request is measured (UTF-8 JSON of each call's arguments + 150 bytes a call):
 *   over 5 MB it is refused whole with `RequestPayloadSizeLimitExceeded`; a response over
 *   5 MB fails with `ResponsePayloadSizeLimitExceeded`; reading over 5 million cells in one
 *   request fails with `RangeExceedsLimit`. `syncs` records each request (bytes both
 *   ways, calls by name, cells read, whether calculation was suspended); `runs` each
 *   Excel.run (its options, its syncs, the calls it made — to check what went into a
 *   `mergeUndoGroup` run). A `mergeUndoGroup` run (ExcelApi 1.20) that holds a call Excel
 *   cannot undo (sheet delete; visibility, name or position set) fails with `UndoNotSupported`.
 * - The clerk typing in a cell: `editing = true` makes every sync of a run without
 *   `delayForCellEdit` fail with `InvalidOperationInCellEditMode`; in a run with it, each
 *   sync waits (as Excel holds the request; `waitingForEdit` counts them) until `endCellEdit()`.
 * - `failOn(code, call?)` makes the next call named `call` (or the next call at all) fail
 *   with that code, e.g. `failOn('ItemNotFound', 'Worksheet.delete')`.
 * - Requirement sets: `office.context.requirements.isSetSupported(name, "1.9")` answers
 *   from `sets` (default ExcelApi 1.20, SharedRuntime 1.1); calls of a newer set than
 *   supported fail with `ApiNotFound` (print set-up, page breaks, RangeAreas, copyFrom 1.9;
 *   freeze and workbook protection 1.7; names 1.4; validation 1.8; conditional formats and
 *   suspendApiCalculationUntilNextSync 1.6; Worksheet.copy 1.10); mergeUndoGroup is dropped before 1.20.
 * - Values are entered as Excel enters typed text: "=…" becomes a formula, "'…" stays
 *   text (the apostrophe dropped), "12", "1e3", "50%" and "TRUE" become numbers and
 *   booleans unless the cell's number format is "@". The double does NOT calculate: a formula
 *   cell shows the value the cell held before (like a sheet in manual calculation)
 *   unless `calculate` is given; PERF.* formulas show "#NAME?" unless `calculate` says otherwise.
 * - Events: handlers added with `worksheet.onChanged.add` / `onSelectionChanged.add`
 *   (and `workbook.onSelectionChanged`) fire after a sync that wrote cells
 *   (`triggerSource: "ThisLocalAddin"`), and when a test plays the clerk:
 *   `userEdits("汇总", "B3", [[95]])`, `userSelects("排名", "A5:E5")`.
 *
 * API surface (Excel.* names): Workbook (worksheets, names, application, protection.protected,
 * getSelectedRange, onSelectionChanged); WorksheetCollection (getItem,
 * getItemOrNullObject, add, getActiveWorksheet, load items); Worksheet (name, id,
 * position, visibility, getRange, getRangeByIndexes, getRanges [RangeAreas], getCell,
 * getUsedRange(valuesOnly), getUsedRangeOrNullObject, activate, copy, delete, names,
 * freezePanes, pageLayout, horizontalPageBreaks, protection, onChanged,
 * onSelectionChanged); Range (values, formulas, numberFormat, address, rowCount,
 * columnCount, rowIndex, columnIndex, cellCount, format.{fill.color, fill.clear(),
 * font.{bold,italic,size,color,name}, borders.getItem(edge).style,
 * horizontalAlignment, verticalAlignment, wrapText, columnWidth, rowHeight,
 * useStandardWidth, useStandardHeight, protection.locked}, merge, unmerge,
 * getMergedAreasOrNullObject, getSpecialCellsOrNullObject('Constants'|'Formulas'), clear, copyFrom(source, 'Formats'), getCell, getResizedRange, getOffsetRange, getRow,
 * getColumn, getEntireRow, getEntireColumn, getUsedRange, select, dataValidation.{rule,
 * errorAlert, ignoreBlanks, clear}, conditionalFormats.{add('CellValue'|'Custom'),
 * clearAll}); RangeAreas (address, areaCount, areas.items, format); NamedItemCollection
 * (add, getItem, getItemOrNullObject, load items) and NamedItem (name, formula, visible,
 * delete); WorksheetFreezePanes (freezeRows, freezeColumns, freezeAt, unfreeze,
 * getLocationOrNullObject); PageLayout (orientation, paperSize, zoom, setPrintTitleRows,
 * getPrintTitleRowsOrNullObject, headersFooters.defaultForAllPages.{left,center,right}Footer);
 * PageBreakCollection (add, removePageBreaks); WorksheetProtection (protected, protect,
 * unprotect); Application (suspendApiCalculationUntilNextSync, calculate). Office:
 * `office.context.requirements.isSetSupported`, `office.addin.setStartupBehavior` /
 * `getStartupBehavior` / `showAsTaskpane` / `hide` (recorded in `addinCalls`).
 *
 * The workbook itself is plain data in `workbook` (double-state.ts) for tests to set up
 * and inspect; `fromXlsx` (double-from-xlsx.ts) loads a fixture's bytes into it. Helpers:
 * `addSheet(name, rows)`, `sheet(name)`, `valuesOf(name)`, `syncsSince(i)`,
 * `structureProtected` (Review → Protect Workbook), and `excel` / `office` to hand to the
 * code under test in place of the globals (test/host/office/office-view.ts: officeHostOver).
 */
import { DoubleContext, DoubleError, doubleError, type SyncRecord } from './double-context';
import { DoubleWorkbookObject } from './double-objects';
import { newSheet, newWorkbook, parseA1, qualified, splitSheet, type DoubleCell, type DoubleSheet, type DoubleValue, type DoubleWorkbook, type Rect } from './double-state';

export { DoubleError, PAYLOAD_LIMIT, READ_CELL_LIMIT } from './double-context';
export type { SyncRecord } from './double-context';
export * from './double-state';

export interface RunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

export interface RunRecord {
  index: number;
  options: RunOptions;
  syncs: number;
  /** Every call name this run's syncs carried out ("Worksheet.visibility=", "Range.values="). */
  calls: Set<string>;
}

/** The RequestContext a batch gets. */
export interface DoubleRequestContext {
  workbook: DoubleWorkbookObject;
  application: DoubleWorkbookObject['application'];
  sync(): Promise<void>;
}

type Handler = { sheetId: string | null; event: 'changed' | 'selectionChanged'; handler: (args: Record<string, unknown>) => Promise<unknown> | void };

/** Calls that need a newer set than ExcelApi 1.1, by the start of their name. */
const CALL_SETS: [string, string][] = [
  ['NamedItemCollection.add', '1.4'],
  ['NamedItem.', '1.4'],
  ['Application.suspendApiCalculationUntilNextSync', '1.6'],
  ['ConditionalFormat', '1.6'],
  ['CellValueConditionalFormat', '1.6'],
  ['CustomConditionalFormat', '1.6'],
  ['WorksheetFreezePanes', '1.7'],
  ['DataValidation', '1.8'],
  ['PageLayout', '1.9'],
  ['HeaderFooter', '1.9'],
  ['PageBreakCollection', '1.9'],
  ['RangeAreas', '1.9'],
  ['WorksheetProtection', '1.2'],
  ['WorkbookProtection', '1.7'],
  ['Range.copyFrom', '1.9'],
  ['Worksheet.copy', '1.10'],
  ['FormatProtection', '1.2'],
];

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2 = 0] = have.split('.').map(Number);
  const [b1, b2 = 0] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

export interface ExcelDoubleOptions {
  /** Supported requirement sets and their highest version ("1.14"); default ExcelApi 1.20, SharedRuntime 1.1. */
  sets?: Record<string, string>;
  /** The value a formula cell gets; default: the value it held before, "#NAME?" for PERF.* functions. */
  calculate?: (sheet: DoubleSheet, row: number, col: number, formula: string, before: DoubleValue) => DoubleValue;
}

export class ExcelDouble {
  workbook: DoubleWorkbook = newWorkbook();
  readonly syncs: SyncRecord[] = [];
  readonly runs: RunRecord[] = [];
  readonly handlers: Handler[] = [];
  readonly addinCalls: { method: string; args: unknown[] }[] = [];
  sets: Record<string, string>;
  /** The clerk is typing in a cell. */
  editing = false;
  /** Runs waiting for the cell edit to end. */
  waitingForEdit = 0;
  /** Review → Protect Workbook (structure): no sheet may be added. */
  structureProtected = false;
  private editEnded: (() => void)[] = [];
  private injected: { code: string; call?: string | RegExp; message?: string }[] = [];
  private readonly calc?: ExcelDoubleOptions['calculate'];
  /** Handler failures, which Excel swallows: tests can assert there were none. */
  readonly handlerErrors: unknown[] = [];

  constructor(options: ExcelDoubleOptions = {}) {
    this.sets = { ExcelApi: '1.20', SharedRuntime: '1.1', ...options.sets };
    this.calc = options.calculate;
  }

  /** `Excel.run(batch)` or `Excel.run(options, batch)`. */
  run = async <T>(a: RunOptions | ((ctx: DoubleRequestContext) => Promise<T>), b?: (ctx: DoubleRequestContext) => Promise<T>): Promise<T> => {
    const options = typeof a === 'function' ? {} : a;
    const batch = (typeof a === 'function' ? a : b)!;
    const record: RunRecord = { index: this.runs.length, options: { ...options }, syncs: 0, calls: new Set() };
    if (options.mergeUndoGroup && !this.supports('ExcelApi', '1.20')) record.options.mergeUndoGroup = false;
    this.runs.push(record);
    const ctx = new DoubleContext(this, record);
    const workbook = new DoubleWorkbookObject(ctx);
    const requestContext: DoubleRequestContext = { workbook, application: workbook.application, sync: () => ctx.sync() };
    const result = await batch(requestContext);
    return result;
  };

  /** What a host is given in place of the global `Excel` (only `run` is used). */
  get excel(): { run: ExcelDouble['run'] } {
    return { run: this.run };
  }

  /** What a host is given in place of the global `Office`. */
  get office() {
    return {
      context: { requirements: { isSetSupported: (name: string, version?: string) => this.supports(name, version) } },
      addin: {
        setStartupBehavior: async (behavior: string) => {
          if (!this.supports('SharedRuntime', '1.1')) throw doubleError('ApiNotFound', 'Office.addin.setStartupBehavior');
          this.addinCalls.push({ method: 'setStartupBehavior', args: [behavior] });
          this.startupBehavior = behavior;
        },
        getStartupBehavior: async () => this.startupBehavior,
        showAsTaskpane: async () => void this.addinCalls.push({ method: 'showAsTaskpane', args: [] }),
        hide: async () => void this.addinCalls.push({ method: 'hide', args: [] }),
      },
    };
  }
  startupBehavior = 'None';

  supports(name: string, version?: string): boolean {
    const have = this.sets[name];
    if (have === undefined) return false;
    return version === undefined || versionAtLeast(have, version);
  }

  /** @internal A sync of a run with delayForCellEdit waits here while the clerk edits a cell. */
  async untilEditEnds(): Promise<void> {
    if (!this.editing) return;
    this.waitingForEdit++;
    await new Promise<void>((resolve) => this.editEnded.push(resolve));
    this.waitingForEdit--;
  }

  /** The clerk presses Enter: runs waiting with delayForCellEdit go on. */
  endCellEdit(): void {
    this.editing = false;
    for (const f of this.editEnded.splice(0)) f();
  }

  /** The next call named `call` (exact name or pattern; any call when absent) fails with `code`. */
  failOn(code: string, call?: string | RegExp, message?: string): void {
    this.injected.push({ code, call, message });
  }

  /** @internal used by the context: an injected failure or a call of a set not supported. */
  takeInjected(what: string): DoubleError | null {
    const i = this.injected.findIndex((x) => x.call === undefined || (typeof x.call === 'string' ? x.call === what : x.call.test(what)));
    if (i >= 0) {
      const [x] = this.injected.splice(i, 1);
      return doubleError(x.code, what, x.message);
    }
    const needs = CALL_SETS.find(([prefix]) => what.startsWith(prefix));
    if (needs && !this.supports('ExcelApi', needs[1])) return doubleError('ApiNotFound', `${what} (ExcelApi ${needs[1]})`);
    return null;
  }

  calculate(sheet: DoubleSheet, row: number, col: number, formula: string, before: DoubleValue): DoubleValue {
    if (this.calc) return this.calc(sheet, row, col, formula, before);
    return /(^|[^A-Za-z0-9_.])PERF\./i.test(formula) || formula.includes('_xldudf_') ? '#NAME?' : before;
  }

  /** Application.calculate: every formula cell asks `calculate` again. */
  recalculate(): void {
    for (const sheet of this.workbook.sheets)
      sheet.cells.forEach((row, r) => row?.forEach((cell, c) => cell?.formula !== undefined && (cell.value = this.calculate(sheet, r, c, cell.formula, cell.value))));
  }

  // ---- setting up and looking at the workbook ----

  sheet(name: string): DoubleSheet {
    const s = this.workbook.sheets.find((x) => x.name.toUpperCase() === name.toUpperCase());
    if (!s) throw new Error(`the double has no sheet ${name}`);
    return s;
  }

  /** Add a sheet with values from A1 (strings starting "=" are formulas), for tests. */
  addSheet(name: string, rows: DoubleValue[][] = []): DoubleSheet {
    const s = newSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        (s.cells[r] ??= [])[c] = this.entered(s, r, c, v);
      }),
    );
    this.workbook.sheets.push(s);
    this.workbook.activeSheetId ??= s.id;
    return s;
  }

  /** A value a test puts in a cell: "=…" is a formula, shown as `calculate` gives it. */
  private entered(sheet: DoubleSheet, r: number, c: number, v: DoubleValue): DoubleCell {
    if (typeof v !== 'string' || !v.startsWith('=')) return { value: v };
    return { value: this.calculate(sheet, r, c, v.slice(1), null), formula: v.slice(1) };
  }

  // ---- the clerk's own actions ----

  /** The clerk types values into a range: cells change and onChanged fires (triggerSource Unknown). */
  userEdits(sheetName: string, address: string, values: DoubleValue[][]): void {
    const sheet = this.sheet(sheetName);
    const rect = parseA1(splitSheet(address).a1);
    if (!rect) throw new Error(`bad address ${address}`);
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cells = (sheet.cells[rect.top + i] ??= []);
        cells[rect.left + j] = this.entered(sheet, rect.top + i, rect.left + j, v);
      }),
    );
    this.fireChanged([{ sheetId: sheet.id, address: qualified(sheet.name, { ...rect, bottom: rect.top + values.length - 1, right: rect.left + Math.max(1, ...values.map((r) => r.length)) - 1 }).replace(/^.*!/, '') }], 'Unknown');
  }

  /** The clerk selects a range (activating its sheet): onSelectionChanged fires. */
  userSelects(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const rect = parseA1(splitSheet(address).a1);
    if (!rect) throw new Error(`bad address ${address}`);
    this.workbook.activeSheetId = sheet.id;
    this.workbook.selection = { sheetId: sheet.id, rect };
    this.dispatch('selectionChanged', sheet.id, { type: 'WorksheetSelectionChanged', worksheetId: sheet.id, address: qualified(sheet.name, rect).replace(/^.*!/, '') });
  }

  /** @internal */
  fireChanged(changes: { sheetId: string; address: string }[], triggerSource: 'ThisLocalAddin' | 'Unknown'): void {
    for (const ch of changes) {
      this.dispatch('changed', ch.sheetId, { type: 'WorksheetChanged', worksheetId: ch.sheetId, address: ch.address, changeType: 'RangeEdited', source: 'Local', triggerSource });
    }
  }

  private dispatch(event: Handler['event'], sheetId: string, args: Record<string, unknown>): void {
    const targets = this.handlers.filter((h) => h.event === event && (h.sheetId === sheetId || (h.sheetId === null && event === 'selectionChanged')));
    for (const h of targets) {
      // Excel calls handlers asynchronously, after the request that caused the event
      setTimeout(() => {
        Promise.resolve()
          .then(() => h.handler(h.sheetId === null ? { type: 'SelectionChanged' } : args))
          .catch((e) => this.handlerErrors.push(e));
      }, 0);
    }
  }

  /** Cells of a sheet as a dense grid of values (null for blank), for assertions. */
  valuesOf(sheetName: string): DoubleValue[][] {
    const s = this.sheet(sheetName);
    return Array.from(s.cells, (row) => Array.from(row ?? [], (c) => c?.value ?? null));
  }

  /** Requests made since `from` (an index into syncs). */
  syncsSince(from: number): SyncRecord[] {
    return this.syncs.slice(from);
  }
}

export type { Rect };
