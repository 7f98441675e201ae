/**
 * What the browser version does, without React: open a workbook, check it, rank it, edit the
 * scheme, explain a unit, hand back the file. The UI renders `state` and calls the methods;
 * tests drive the same methods against a recording workbook.
 */
import { isPerfError } from '../../engine/errors';
import { RECORD_SHEET } from '../../sheet/write/record';
import type { ApplyOutcome, FileWorkbook, Scheme, SheetData, UndoOutcome, VerifyOutcome, Warning, WriteReport } from './adapter';
import type { Workbook } from '../../host/workbook';
import { parseCellRef, type CellRef } from './cell-ref';
import { fileKind, resultFileName } from './file-kind';
import type { Ranker } from './ranker';
import type { RankView } from './rank-view';

export interface PaneDeps {
  /** How a chosen file becomes a workbook (the browser version); absent where the workbook is already open (Excel: attach). */
  openWorkbook?(bytes: Uint8Array, fileName: string): Promise<FileWorkbook>;
  rank: Ranker;
  now(): Date;
  /**
   * Where a place the pane points at is shown besides its own preview: Excel selects the cell
   * of a problem and activates the new 排名 sheet. Called after the state has changed.
   */
  show?(place: { sheet: string; row?: number; col?: number }): void;
}

/** A message for the clerk: a key of the string table, with PERF's own (Chinese) text when there is one. */
export interface Notice {
  kind: 'error' | 'info' | 'success';
  key: 'saveAsXlsx' | 'notAWorkbook' | 'openFailed' | 'schemeHasErrors' | 'rankFailed' | 'schemeImportFailed' | 'schemeImported' | 'ranked' | 'readFailed' | 'collected' | 'collectFailed';
  detail?: string;
}

export type PaneStatus = 'empty' | 'opening' | 'checking' | 'ready' | 'ranking';

export interface PaneState {
  status: PaneStatus;
  /** 0..1 while a file is read; null when not known. */
  progress: number | null;
  fileName: string | null;
  notice: Notice | null;
  /** The workbook's sheets as they stand (after any plan applied), for the preview. */
  sheets: SheetData[];
  /** The latest run: a check after opening or a scheme change, or the applied ranking. */
  view: RankView | null;
  /** True when `view` is written into the workbook (排名, 表彰名单 and, when edited, 方案). */
  ranked: boolean;
  written: WriteReport | null;
  scheme: Scheme | null;
  schemeSource: string;
  /** The clerk changed or imported the scheme in the pane: it is used and saved as the 方案 sheet. */
  schemeEdited: boolean;
  schemeCheck: { errors: Warning[]; warnings: Warning[] };
  /** Bumped when the scheme is replaced from outside the editor (a workbook opened, a file imported). */
  schemeGeneration: number;
  /** The sheet to rank when the clerk picked one (two sheets both look like summary tables); null: PERF finds it. */
  sourceSheet: string | null;
  activeSheet: string | null;
  highlight: CellRef | null;
  /** 收集: while files are read, how far it got; then what the last collecting run did. */
  collecting: { done: number; total: number; file: string } | null;
  collected: CollectView | null;
  /** Sheets holding cells 套用到现有表格 added (PERF's record): 撤销本次套用 can take them back. */
  appliedSheets: string[];
  /** The applications (套用) in PERF's record, the latest first: 撤销本次套用 takes back one. */
  applications: { label: string; sheet: string; cells: number }[];
  /** The workbook changed under the pane after the last run (Excel: the summary table was edited): 结果已过期 until the next run. */
  stale: boolean;
  /** The unit 说明 explains (its 0-based row in the summary table); null: the first in rank order. */
  explainRow: number | null;
}

/** What a collecting run did, for the 收集 step. */
export interface CollectView {
  filled: number;
  summarySheet: string;
  lines: { what: string; status: string; file: string; taken: string }[];
  problems: Warning[];
}

/** Incoming files opened in the page itself where the pane has no worker of its own (Excel). */
async function openInPage(bytes: Uint8Array, fileName: string): Promise<FileWorkbook> {
  const { XlsxWorkbook } = await import('../../host/xlsx/xlsx-workbook');
  return XlsxWorkbook.open(bytes, fileName);
}

const INITIAL: PaneState = {
  status: 'empty',
  progress: null,
  fileName: null,
  notice: null,
  sheets: [],
  view: null,
  ranked: false,
  written: null,
  scheme: null,
  schemeSource: '',
  schemeEdited: false,
  schemeCheck: { errors: [], warnings: [] },
  schemeGeneration: 0,
  sourceSheet: null,
  activeSheet: null,
  highlight: null,
  collecting: null,
  collected: null,
  appliedSheets: [],
  applications: [],
  stale: false,
  explainRow: null,
};

/** The scheme and workflow code loads with the first workbook, not with the page. */
type Adapter = typeof import('./adapter');

export type ReadBytes = (onProgress: (fraction: number) => void) => Promise<Uint8Array>;

/** A template the 新建模板 entry offers. */
export interface TemplateChoice {
  name: string;
  purpose: string;
  variants: { id: string; label: string }[];
}

export class PaneController {
  private current: PaneState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private workbook: Workbook | null = null;
  /** Runs one at a time, so two plans are never applied at once; a newer request makes a waiting one moot. */
  private queue: Promise<void> = Promise.resolve();
  private requested = 0;
  private adapter: Promise<Adapter> | null = null;

  constructor(private readonly deps: PaneDeps) {}

  get state(): PaneState {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): PaneState => this.current;

  private load(): Promise<Adapter> {
    return (this.adapter ??= import(/* webpackChunkName: "workflow" */ './adapter'));
  }

  private set(patch: Partial<PaneState>) {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l();
  }

  /** Open a chosen or dropped file. Formats PERF cannot read get a message and change nothing. */
  async open(fileName: string, read: ReadBytes): Promise<void> {
    const kind = fileKind(fileName);
    if (kind === 'save-as-xlsx' || kind === 'unknown') {
      this.set({ notice: { kind: 'error', key: 'saveAsXlsx', detail: fileName } });
      return;
    }
    const openWorkbook = this.deps.openWorkbook;
    if (!openWorkbook) return;
    this.set({ status: 'opening', progress: 0, notice: null });
    let workbook: FileWorkbook;
    let sheets: SheetData[];
    let adapter: Adapter;
    try {
      adapter = await this.load();
      const bytes = await read((fraction) => this.set({ progress: fraction }));
      this.set({ progress: null });
      workbook = await openWorkbook(bytes, fileName);
      sheets = await workbook.readSheets();
    } catch (e) {
      const perf = isPerfError(e);
      this.set({
        status: this.workbook ? 'ready' : 'empty',
        progress: null,
        notice: { kind: 'error', key: perf ? 'notAWorkbook' : 'openFailed', detail: e instanceof Error ? e.message : String(e) },
      });
      return;
    }
    await this.adopt(workbook, fileName, sheets, adapter);
  }

  /**
   * Work on a workbook that is already open (Excel's own): read and check it, as open() does
   * with a file. A failed read leaves the pane as it was, with the message.
   */
  async attach(workbook: Workbook, name: string): Promise<void> {
    this.set({ status: 'opening', progress: null, notice: null });
    let sheets: SheetData[];
    let adapter: Adapter;
    try {
      adapter = await this.load();
      sheets = await workbook.readSheets();
    } catch (e) {
      this.set({ status: this.workbook ? 'ready' : 'empty', notice: { kind: 'error', key: 'readFailed', detail: e instanceof Error ? e.message : String(e) } });
      return;
    }
    await this.adopt(workbook, name, sheets, adapter);
  }

  private async adopt(workbook: Workbook, fileName: string, sheets: SheetData[], adapter: Adapter): Promise<void> {
    this.workbook = workbook;
    const { scheme, source } = adapter.workbookScheme(sheets);
    this.set({
      ...INITIAL,
      status: 'checking',
      fileName,
      sheets,
      scheme,
      schemeSource: source,
      schemeCheck: adapter.checkScheme(scheme),
      schemeGeneration: this.current.schemeGeneration + 1,
      activeSheet: sheets[0]?.name ?? null,
      appliedSheets: adapter.sheetsApplied(sheets),
      applications: adapter.applicationsIn(sheets),
    });
    await this.run(false);
  }

  /** The workbook changed under the pane: the result is 已过期, and the next run reads the workbook again first. */
  markChanged(): void {
    if (this.workbook && !this.current.stale) this.set({ stale: true });
  }

  /** Read the workbook again and check it (after markChanged: 重新检查). */
  refresh(): Promise<void> {
    return this.run(false);
  }

  /** 说明 for the unit in this row of the summary table (null: the first in rank order). */
  explain(row: number | null): void {
    if (row !== this.current.explainRow) this.set({ explainRow: row });
  }

  /** 一键排名: rank and write 排名 and 表彰名单 (and the edited scheme as 方案) into the workbook. */
  rank(): Promise<void> {
    return this.run(true);
  }

  /**
   * A scheme from the editor (or a file, `replaced`): checked at once, then the check (or, once
   * ranked, the ranking) runs again.
   */
  async changeScheme(scheme: Scheme, replaced = false): Promise<void> {
    const schemeCheck = (await this.load()).checkScheme(scheme);
    const generation = this.current.schemeGeneration + (replaced ? 1 : 0);
    this.set({ scheme, schemeEdited: true, schemeCheck, schemeGeneration: generation });
    if (schemeCheck.errors.length === 0) await this.run(this.current.ranked);
  }

  /** A 方案.json chosen by the clerk. */
  async importScheme(text: string): Promise<void> {
    const read = (await this.load()).schemeOfText(text);
    if ('error' in read) {
      this.set({ notice: { kind: 'error', key: 'schemeImportFailed', detail: read.error } });
      return;
    }
    this.set({ notice: { kind: 'success', key: 'schemeImported' } });
    await this.changeScheme(read.scheme, true);
  }

  /** Rank this sheet (null: let PERF find the summary table); the check, or the ranking, runs again. */
  async chooseSourceSheet(name: string | null): Promise<void> {
    this.set({ sourceSheet: name, ...(name ? { activeSheet: name, highlight: null } : {}) });
    await this.run(this.current.ranked);
  }

  /** The scheme as 方案.json text, for the export button. */
  async exportScheme(): Promise<string | null> {
    return this.current.scheme ? (await this.load()).schemeText(this.current.scheme) : null;
  }

  /** Show a cell named in a message ("汇总!D7"): switch to its sheet and mark it. False when it names no cell of the workbook. */
  showCell(address: string): boolean {
    const ref = parseCellRef(address);
    if (!ref || !this.current.sheets.some((s) => s.name === ref.sheet)) return false;
    this.set({ activeSheet: ref.sheet, highlight: ref });
    this.deps.show?.(ref);
    return true;
  }

  dismissNotice(): void {
    if (this.current.notice) this.set({ notice: null });
  }

  selectSheet(name: string): void {
    this.set({ activeSheet: name, highlight: null });
  }

  /** 校验: does the posted ranking in the opened workbook still match its data and scheme (and a printed code)? */
  async verify(code: string): Promise<VerifyOutcome | null> {
    if (!this.workbook) return null;
    const adapter = await this.load();
    return adapter.verify(this.current.sheets, code.trim() === '' ? undefined : code);
  }

  /**
   * 收集: files dropped at once, read in the page one at a time (nothing is uploaded), collected
   * into the opened summary; the plan (cells filled, 报送情况, the record) is applied to it.
   */
  async collect(files: { name: string; read: ReadBytes }[]): Promise<void> {
    const workbook = this.workbook;
    if (!workbook || !this.current.fileName || files.length === 0) return;
    const adapter = await this.load();
    this.set({ collecting: { done: 0, total: files.length, file: '' }, notice: null });
    try {
      const outcome = await adapter.collectInto(
        this.current.sheets,
        this.current.fileName,
        files.map((f) => ({ name: f.name, bytes: () => f.read(() => undefined) })),
        this.deps.openWorkbook ?? openInPage,
        this.deps.now(),
        (done, total, file) => this.set({ collecting: { done, total, file } }),
      );
      const problems = outcome.problems.map((p) => ({ cell: p.cell && p.file ? `${p.file} ${p.cell}` : p.cell, message: p.message }));
      if (!outcome.ok) {
        this.set({ collecting: null, collected: null, notice: { kind: 'error', key: 'collectFailed', detail: outcome.message } });
        return;
      }
      if (outcome.clearFirst) await workbook.apply(outcome.clearFirst);
      const written = await workbook.apply(outcome.plan);
      const sheets = await workbook.readSheets();
      const view: CollectView = { filled: outcome.filled.length, summarySheet: outcome.summarySheet, lines: outcome.lines, problems };
      this.set({ collecting: null, collected: view, sheets, written, activeSheet: outcome.summarySheet, highlight: null, notice: { kind: 'success', key: 'collected', detail: String(view.filled) } });
      await this.run(false);
    } catch (e) {
      this.set({ collecting: null, notice: { kind: 'error', key: 'collectFailed', detail: e instanceof Error ? e.message : String(e) } });
    }
  }

  /** The result file: the workbook with everything applied, named 原文件名-排名.xlsx. */
  async download(): Promise<{ name: string; bytes: Uint8Array } | null> {
    const workbook = this.workbook;
    if (!workbook || !('toBytes' in workbook) || !this.current.fileName) return null;
    return { name: resultFileName(this.current.fileName), bytes: await (workbook as FileWorkbook).toBytes() };
  }

  /** Whether the opened workbook is a file the pane offers for download (the browser version), not Excel's own. */
  get holdsFile(): boolean {
    return this.workbook !== null && 'toBytes' in this.workbook;
  }

  /**
   * 新建模板 inside Excel: the template's sheets are inserted into the open workbook, from the same
   * definition the file is written from; a sheet of the clerk's with the same name is kept (the
   * template's goes beside it, renamed). A template that reads 方案 by name only is built on the
   * workbook's own 方案 (templatePlanInto). The report says where each sheet went.
   */
  insertTemplate(name: string, variant: string | undefined, protect: boolean): Promise<WriteReport | null> {
    return this.edit(async (workbook) => {
      const { findTemplate, templatePlanInto } = await import('../../templates');
      // built on the workbook's own 方案 where the template can be: the office's rules are never replaced by a sample scheme
      const report = await workbook.apply(templatePlanInto(findTemplate(name), { variant, protect }, await workbook.readSheets()));
      // the record is PERF's own, very hidden: the clerk is told of the sheets they can see
      const shown = { ...report, written: report.written.filter((w) => w.actual !== RECORD_SHEET) };
      return { outcome: shown, shown: shown.written.at(-1)?.actual ?? null };
    });
  }

  /** 套用到现有表格, step 1: what would be added to the sheet (null: PERF finds it); nothing is written. */
  async previewApply(sheet: string | null): Promise<ApplyOutcome | null> {
    if (!this.workbook) return null;
    const { scheme, schemeEdited } = this.current;
    return (await this.load()).applyProposal(this.current.sheets, schemeEdited ? scheme : null, sheet ?? undefined);
  }

  /** 套用到现有表格, step 2, once the clerk confirms: the cells are added to the opened workbook (worked out again, so they are what the sheet now needs). */
  confirmApply(sheet: string | null): Promise<ApplyOutcome | null> {
    return this.edit(async (workbook, adapter) => {
      const { scheme, schemeEdited } = this.current;
      const outcome = adapter.applyProposal(this.current.sheets, schemeEdited ? scheme : null, sheet ?? undefined, this.deps.now());
      try {
        if (outcome.ok && outcome.proposal.cells.length > 0) await workbook.apply(outcome.plan);
      } catch (e) {
        // a protected sheet, a cell filled since the preview: said in Chinese, nothing written
        if (!isPerfError(e)) throw e;
        return { outcome: { ok: false as const, problems: [{ cell: '', message: e.message }] }, shown: null };
      }
      return { outcome, shown: outcome.ok ? outcome.proposal.sheet : null };
    });
  }

  /** 撤销本次套用: clear the cells 套用 added to the sheet, nothing else. */
  /** `choice`: the application's number in state.applications (1 = the latest); without it the latest (of `sheet`, when given). */
  undoApply(sheet: string | null, choice?: number): Promise<{ undo: UndoOutcome; report: WriteReport | null } | null> {
    return this.edit(async (workbook, adapter) => {
      const undo = adapter.applyUndo(this.current.sheets, sheet ?? undefined, choice);
      try {
        const report = undo.ok ? await workbook.apply(undo.plan) : null;
        return { outcome: { undo, report }, shown: undo.ok ? undo.sheet : null };
      } catch (e) {
        if (!isPerfError(e)) throw e;
        return { outcome: { undo: { ok: false as const, problems: [{ cell: '', message: e.message }] }, report: null }, shown: null };
      }
    });
  }

  /** The workbook after 套用 (or its undo), named 原文件名-套用.xlsx. */
  async downloadApplied(): Promise<{ name: string; bytes: Uint8Array } | null> {
    const workbook = this.workbook;
    if (!workbook || !('toBytes' in workbook) || !this.current.fileName) return null;
    return { name: resultFileName(this.current.fileName).replace(/-排名(\.xls[xm])$/, '-套用$1'), bytes: await (workbook as FileWorkbook).toBytes() };
  }

  /** An edit of the clerk's sheet in the queue of runs; afterwards the sheets are read again and the check runs on them. */
  private async edit<T>(work: (workbook: Workbook, adapter: Adapter) => Promise<{ outcome: T; shown: string | null }>): Promise<T | null> {
    const workbook = this.workbook;
    if (!workbook) return null;
    const adapter = await this.load();
    let result: T | null = null;
    const job = this.queue.then(async () => {
      const { outcome, shown } = await work(workbook, adapter);
      const sheets = await workbook.readSheets();
      this.set({ sheets, appliedSheets: adapter.sheetsApplied(sheets), applications: adapter.applicationsIn(sheets), ...(shown ? { activeSheet: shown, highlight: null } : {}) });
      result = outcome;
    });
    this.queue = job.catch(() => undefined);
    await job;
    await this.run(this.current.ranked);
    return result;
  }

  /** The template set (loaded on first use: it is not needed to rank). */
  async templates(): Promise<TemplateChoice[]> {
    const { TEMPLATES } = await import('../../templates');
    return TEMPLATES.map((t) => ({ name: t.name, purpose: t.purpose, variants: t.variants.map((v) => ({ id: v.id, label: v.label })) }));
  }

  /** 新建模板: a template as a new .xlsx file, named after it (the opened workbook is not touched). */
  async newTemplate(name: string, variant: string | undefined, protect: boolean): Promise<{ name: string; bytes: Uint8Array }> {
    const [{ findTemplate }, { templateWorkbook }] = await Promise.all([import('../../templates'), import('../../templates/write-template')]);
    const template = findTemplate(name);
    const { bytes } = await templateWorkbook(template, { variant, protect });
    return { name: `${template.name}${variant && template.variants.length > 1 ? `-${variant}` : ''}.xlsx`, bytes };
  }

  private run(apply: boolean): Promise<void> {
    const ticket = ++this.requested;
    const job = this.queue.then(() => (ticket === this.requested ? this.runNow(apply) : undefined));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async runNow(apply: boolean): Promise<void> {
    const workbook = this.workbook;
    if (!workbook) return;
    if (this.current.stale && !(await this.reread(workbook))) return;
    const { scheme, schemeEdited, schemeCheck } = this.current;
    if (!scheme) return;
    const { schemeText, withSchemeSheet } = await this.load();
    if (schemeEdited && schemeCheck.errors.length > 0) {
      this.set({ notice: { kind: 'error', key: 'schemeHasErrors' } });
      return;
    }
    this.set({ status: apply ? 'ranking' : 'checking' });
    let view: RankView;
    try {
      view = await this.deps.rank(this.current.sheets, {
        schemeText: schemeEdited ? schemeText(scheme) : undefined,
        sheet: this.current.sourceSheet ?? undefined,
        now: this.deps.now().getTime(),
      });
    } catch (e) {
      this.set({ status: 'ready', notice: { kind: 'error', key: 'rankFailed', detail: e instanceof Error ? e.message : String(e) } });
      return;
    }
    if (!view.ok || !apply) {
      // a failed run leaves sheets written before as they were; they no longer match the scheme
      this.set({ status: 'ready', view, ranked: false });
      return;
    }
    let written: WriteReport;
    let sheets: SheetData[];
    try {
      written = await workbook.apply(schemeEdited ? withSchemeSheet(view.plan, scheme) : view.plan);
      sheets = await workbook.readSheets();
    } catch (e) {
      // the host's message says what happened (Excel: a cell being edited, a request too large)
      this.set({ status: 'ready', view, ranked: false, stale: true, notice: { kind: 'error', key: 'rankFailed', detail: e instanceof Error ? e.message : String(e) } });
      return;
    }
    const ranking = written.written.find((w) => w.planned === view.plan.sheets[0]?.name)?.actual ?? this.current.activeSheet;
    this.set({ status: 'ready', view, ranked: true, written, sheets, activeSheet: ranking, highlight: null, notice: { kind: 'success', key: 'ranked' } });
    if (ranking) this.deps.show?.({ sheet: ranking });
  }

  /** The sheets as they stand now (and, unless the clerk edited it here, the scheme they hold); false when they cannot be read. */
  private async reread(workbook: Workbook): Promise<boolean> {
    // cleared first: a change while reading marks the result stale again
    this.set({ stale: false, status: 'checking' });
    let sheets: SheetData[];
    try {
      sheets = await workbook.readSheets();
    } catch (e) {
      this.set({ stale: true, status: 'ready', notice: { kind: 'error', key: 'readFailed', detail: e instanceof Error ? e.message : String(e) } });
      return false;
    }
    if (this.current.schemeEdited) {
      this.set({ sheets });
      return true;
    }
    const adapter = await this.load();
    const { scheme, source } = adapter.workbookScheme(sheets);
    const same = this.current.scheme !== null && adapter.schemeText(scheme) === adapter.schemeText(this.current.scheme);
    this.set({
      sheets,
      ...(same ? {} : { scheme, schemeSource: source, schemeCheck: adapter.checkScheme(scheme), schemeGeneration: this.current.schemeGeneration + 1 }),
    });
    return true;
  }
}
