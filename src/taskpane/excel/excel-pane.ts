/**
 * The pane inside Excel, without React: the browser version's PaneController over the open
 * workbook (Office.js host), plus what only Excel has — the cell of a problem selected in the
 * workbook, 说明 following the selection, 结果已过期 after the clerk edits the summary table,
 * "请先结束单元格编辑" while Excel waits for a cell edit, the ribbon's 一键排名, and 公式
 * (启用公式, 修复 #NAME?, 转为数值). The ribbon command and the pane share one of these (one
 * shared runtime): session.ts.
 */
import type { Workbook } from '../../host/workbook';
import { describeSupport, detectSupport, isCellEditError, officeErrorMessage, type OfficeSupport, type Requirements } from '../../host/office';
import { readRecord } from '../../sheet/write/record';
import { cellAddress } from '../../sheet/address';
import { PaneController } from '../browser/controller';
import type { Ranker } from '../browser/ranker';
import { inPageRanker } from './worker-ranker';
import { enableDecision, recordedFormulas } from './formulas/enable-plan';
import { stuckPerfFormulas } from './formulas/name-repair';
import { valuesCopyName } from './formulas/values-copy';
import { enterRecordedFormulas, reenterFormulas, select, selectedCell, valuesOnlyCopy, watch, type ExcelRun } from './office-calls';
import { unitAtSelection } from './selection-unit';

/** What the Excel pane needs of Office: Excel.run, the requirement sets, and the add-in's own calls (SharedRuntime 1.1). */
export interface ExcelEnv {
  run: ExcelRun;
  requirements: Requirements;
  addin: { setStartupBehavior(behavior: Office.StartupBehavior): Promise<void>; showAsTaskpane(): Promise<void> };
}

/** The outcome of a 公式 action, for the pane: what was done, cell by cell where it matters. */
export interface FormulaReport {
  kind: 'success' | 'info' | 'error';
  title: string;
  lines: string[];
}

export interface ExcelPaneState {
  /** Excel holds PERF's request while the clerk edits a cell. */
  cellEdit: boolean;
  /** The step the pane shows. */
  step: string;
  /** A 公式 action is running: its name. */
  busy: string | null;
  formulas: FormulaReport | null;
  support: OfficeSupport;
}

/** Office.StartupBehavior.load, without needing the Office global (tests). */
const LOAD = 'Load' as Office.StartupBehavior;

export class ExcelPane {
  private current: ExcelPaneState;
  private readonly listeners = new Set<() => void>();
  private started: Promise<void> | null = null;
  private watched = new Set<string>();
  private selectionWatched = false;
  /** The workbook as the controller uses it: every read and write shows when Excel waits for a cell edit. */
  private readonly book: Workbook;
  private lastWritten: unknown = null;

  constructor(
    readonly controller: PaneController,
    private readonly workbook: Workbook,
    private readonly env: ExcelEnv,
    /** How long an action runs before PERF checks whether Excel waits for a cell edit. */
    private readonly probeAfterMs = 600,
  ) {
    this.current = { cellEdit: false, step: 'check', busy: null, formulas: null, support: detectSupport(env.requirements) };
    this.book = {
      readSheets: () => this.waitingForEdit(() => workbook.readSheets()),
      apply: (plan) => this.waitingForEdit(() => workbook.apply(plan)),
    };
    // whichever step ranked (一键排名, a scheme edited after it): the workbook now uses PERF, and has new sheets to follow
    controller.subscribe(() => {
      const written = controller.state.written;
      if (written === null || written === this.lastWritten) return;
      this.lastWritten = written;
      void this.loadWithWorkbook().then(() => this.follow());
    });
  }

  get state(): ExcelPaneState {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ExcelPaneState => this.current;

  private set(patch: Partial<ExcelPaneState>) {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l();
  }

  /** What works in this Excel and what does not, in plain Chinese. */
  get supportSummary() {
    return describeSupport(this.current.support);
  }

  goTo = (step: string): void => this.set({ step });

  /** Read and check the workbook once (the pane opening, or the first ribbon command), then follow it. */
  start(): Promise<void> {
    return (this.started ??= this.startNow());
  }

  /** 重新读取工作簿: after a read that failed. */
  restart(): Promise<void> {
    this.started = null;
    return this.start();
  }

  private async startNow(): Promise<void> {
    await this.controller.attach(this.book, '当前工作簿');
    await this.follow();
    if (this.controller.state.sheets.some((s) => s.perfKind !== null)) await this.loadWithWorkbook();
  }

  /** Watch the sheets the clerk may edit (new ones too) and, once, the selection. */
  private async follow(): Promise<void> {
    const fresh = this.controller.state.sheets.filter((s) => (s.perfKind === null || s.perfKind === 'scheme') && !this.watched.has(s.name)).map((s) => s.name);
    if (fresh.length === 0 && this.selectionWatched) return;
    try {
      await watch(this.env.run, fresh, { changed: (sheet) => this.changed(sheet), selected: () => void this.selected() }, !this.selectionWatched);
      for (const name of fresh) this.watched.add(name);
      this.selectionWatched = true;
    } catch {
      // without events the pane still works: every ribbon run reads the workbook again
    }
  }

  /** The clerk edited a sheet: the result is 已过期 when it is the summary table (or any sheet that may be one) or 方案. */
  private changed(sheet: string): void {
    const { view, sheets } = this.controller.state;
    const source = view?.ok ? view.sheet : (view?.read?.sheet ?? null);
    const kind = sheets.find((s) => s.name === sheet)?.perfKind ?? null;
    if (kind === 'scheme' || sheet === source || (source === null && kind === null)) this.controller.markChanged();
  }

  /** 说明 follows the selection: a unit's row on the summary table, 排名 or 表彰名单. */
  private async selected(): Promise<void> {
    if (!this.controller.state.view?.ok) return;
    let at: { sheet: string; row: number };
    try {
      at = await selectedCell(this.env.run);
    } catch {
      return; // a selection Office cannot describe (several areas): nothing to explain
    }
    const row = unitAtSelection(this.controller.state, at.sheet, at.row);
    if (row !== null) this.controller.explain(row);
  }

  /** The controller's show hook: the cell of a problem, or the new 排名 sheet, selected in the workbook. */
  reveal = (place: { sheet: string; row?: number; col?: number }): void => {
    void this.waitingForEdit(() => select(this.env.run, place)).catch((e) =>
      this.set({ formulas: { kind: 'error', title: '无法在工作簿中选中', lines: [officeErrorMessage(e, '选中单元格')] } }),
    );
  };

  /** 一键排名: read again if the workbook changed, rank, write (the pane's own button calls the controller directly, the same). */
  async rank(): Promise<void> {
    await this.start();
    await this.controller.rank();
  }

  /**
   * 一键排名 from the ribbon, without the pane: the workbook read as it is now, ranked and
   * written, and 排名 activated; when it cannot rank, the pane opens on 检查数据 with the problems.
   */
  async rankFromRibbon(): Promise<'ranked' | 'problems'> {
    await this.start();
    this.controller.markChanged();
    await this.rank();
    const s = this.controller.state;
    if (s.ranked && s.view?.ok && !s.stale) return 'ranked';
    this.set({ step: s.view && !s.view.ok ? 'check' : 'rank' });
    await this.env.addin.showAsTaskpane();
    return 'problems';
  }

  /** The workbook uses PERF: Excel loads the add-in with it next time, so PERF formulas compute on open. */
  private async loadWithWorkbook(): Promise<void> {
    if (!this.current.support.sharedRuntime) return;
    try {
      await this.env.addin.setStartupBehavior(LOAD);
    } catch {
      // an Excel without it opens the add-in from the ribbon as before
    }
  }

  /**
   * Run `work`; when it is still waiting after a moment, ask Excel (without waiting) whether a
   * cell is being edited, and show "请先结束单元格编辑" until the work goes on.
   */
  private async waitingForEdit<T>(work: () => Promise<T>): Promise<T> {
    let settled = false;
    const timer = setTimeout(() => {
      void this.env
        .run((context) => context.sync())
        .catch((e) => {
          if (!settled && isCellEditError(e)) this.set({ cellEdit: true });
        });
    }, this.probeAfterMs);
    try {
      return await work();
    } catch (e) {
      if (isCellEditError(e)) this.set({ cellEdit: true });
      throw e;
    } finally {
      settled = true;
      clearTimeout(timer);
      if (this.current.cellEdit) this.set({ cellEdit: false });
    }
  }

  private async formulaAction(name: string, work: () => Promise<FormulaReport>): Promise<void> {
    this.set({ busy: name, formulas: null });
    let report: FormulaReport;
    try {
      report = await this.waitingForEdit(work);
    } catch (e) {
      report = { kind: 'error', title: `${name}未完成`, lines: [officeErrorMessage(e, name)] };
    }
    this.set({ busy: null, formulas: report });
  }

  /** 启用公式: the PERF formulas PERF_RECORD holds for cells of a file made outside Excel, entered where nothing else was typed. */
  enableFormulas(): Promise<void> {
    return this.formulaAction('启用公式', async () => {
      const sheets = await this.workbook.readSheets();
      const entries = recordedFormulas(readRecord(sheets));
      if (entries.length === 0) return { kind: 'info', title: '没有需要启用的公式', lines: ['这个工作簿没有 PERF 记录的公式（PERF_RECORD 中没有“公式”条目）。'] };
      const skipped: string[] = [];
      const entered = await enterRecordedFormulas(this.env.run, entries, (entry, present) => {
        if (!present) {
          skipped.push(`工作表“${entry.sheet}”不存在（可能已改名或删除），${cellAddress(entry.sheet, entry.range.top, entry.range.left)} 的公式 ${entry.formula} 未启用。`);
          return false;
        }
        const decision = enableDecision(entry, present);
        if (!decision.enter) skipped.push(decision.message);
        return decision.enter;
      });
      if (entered.length > 0) await this.loadWithWorkbook();
      const lines = [...entered.map((e) => `${cellAddress(e.sheet, e.range.top, e.range.left)}：${e.formula}`), ...skipped];
      const title = `已在 ${entered.length} 个单元格启用公式` + (skipped.length > 0 ? `，${skipped.length} 处未改动` : '');
      return { kind: skipped.length > 0 ? 'info' : 'success', title, lines };
    });
  }

  /** 修复 #NAME?: PERF formulas of the selection (or the active sheet) stuck at #NAME? or stored as _xldudf_PERF_…, entered again. */
  repairNames(scope: 'selection' | 'sheet'): Promise<void> {
    return this.formulaAction('修复 #NAME?', async () => {
      const done = await reenterFormulas(this.env.run, scope, stuckPerfFormulas);
      if (!done || done.entered.length === 0) {
        const where = scope === 'selection' ? '选中的区域' : `工作表${done ? `“${done.sheet}”` : ''}`;
        return { kind: 'info', title: '没有需要修复的公式', lines: [`${where}中没有显示 #NAME? 的 PERF 公式。`] };
      }
      await this.loadWithWorkbook();
      return {
        kind: 'success',
        title: `已重新输入 ${done.entered.length} 个 PERF 公式`,
        lines: done.entered.map((c) => `${cellAddress(done.sheet, c.row, c.col)}：${c.formula}`),
      };
    });
  }

  /** 转为数值: a values-only copy of each chosen sheet, for an office without PERF. */
  valuesCopy(sheetNames: string[]): Promise<void> {
    return this.formulaAction('转为数值', async () => {
      if (sheetNames.length === 0) return { kind: 'info', title: '请先选择工作表', lines: [] };
      const taken = (await this.workbook.readSheets()).map((s) => s.name);
      const lines: string[] = [];
      for (const name of sheetNames) {
        const copy = valuesCopyName(name, taken);
        await valuesOnlyCopy(this.env.run, name, copy);
        taken.push(copy);
        lines.push(`“${name}” → “${copy}”（只有数值，没有公式）`);
      }
      return {
        kind: 'success',
        title: `已复制 ${sheetNames.length} 个工作表为数值`,
        lines: [...lines, '可以把这些工作表移动或复制到新工作簿（右键工作表标签 → 移动或复制），发给没有安装 PERF 的单位。'],
      };
    });
  }
}

/**
 * The Excel pane over a workbook: the browser version's controller, showing places in the
 * workbook. The ranking runs where `rank` runs it (in Excel: a Web Worker, worker-ranker.ts);
 * reading and writing the workbook stay on this page (Office.js cannot leave it).
 */
export function excelPaneOver(workbook: Workbook, env: ExcelEnv, probeAfterMs?: number, rank: Ranker = inPageRanker): ExcelPane {
  const controller: PaneController = new PaneController({
    rank,
    now: () => new Date(),
    show: (place) => pane.reveal(place),
  });
  const pane = new ExcelPane(controller, workbook, env, probeAfterMs);
  return pane;
}
