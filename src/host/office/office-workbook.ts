import type { WritePlan, WriteReport } from '../../sheet/plan';
import type { SheetData } from '../../sheet/source-table';
import type { Workbook } from '../workbook';
import { deleteRecordSheet, explainWriteError, prepare, visibilityChanges, write, writeVisibility } from './apply-plan';
import { toPerfError } from './office-errors';
import { readValues, readWorkbookInfo } from './read-sheets';
import { invalid } from '../../engine/errors';
import { detectSupport, MINIMUM_EXCEL_API, type OfficeSupport, type Requirements } from './requirements';

/** What the host needs of Office.js: Excel.run and the requirement-set check (the globals inside Excel, a double in tests). */
export interface OfficeApis {
  excel: { run: typeof Excel.run };
  requirements: Requirements;
}

/**
 * The open workbook inside Excel, through Office.js: the same Workbook as the .xlsx
 * host, with the same target rule and the same shared write rules. Each method is one
 * Excel.run that waits while the clerk is editing a cell (delayForCellEdit: the pane asks
 * Excel whether a cell is being edited, src/taskpane/excel/excel-pane.ts); a write is
 * one undo step where Excel can group it (ExcelApi 1.20), with visibility changes (which
 * cannot be undone) in a run after it. Every failure is a Chinese message.
 *
 * Requests (context.sync): a read takes 2 (the sheets; their marks, used ranges and
 * merges) plus one per 100,000 cells of values; a write 4 (the sheets and names; their
 * marks and protection; adding or clearing sheets; looks and the rest) plus one per value
 * block (about 2 MB of cells), plus one to read the record when the plan changes it, one to
 * read the cells of edited sheets, one for visibility. bench/office-host.ts measures them.
 */
export class OfficeWorkbook implements Workbook {
  readonly support: OfficeSupport;

  constructor(private readonly apis: OfficeApis) {
    this.support = detectSupport(apis.requirements);
  }

  /** The host over the globals Excel provides (call after Office.onReady). */
  static inExcel(): OfficeWorkbook {
    return new OfficeWorkbook({ excel: Excel, requirements: Office.context.requirements });
  }

  readSheets(): Promise<SheetData[]> {
    return this.run('读取工作表', false, async (context) => {
      const info = await readWorkbookInfo(context, { merges: this.support.mergedAreas });
      return readValues(context, info.sheets, this.support.findValues);
    });
  }

  async apply(plan: WritePlan): Promise<WriteReport> {
    const action = '写入结果';
    const once = (group: boolean) =>
      this.run(action, group, async (context) => {
        const prepared = await prepare({ context, support: this.support }, plan);
        try {
          return { prepared, report: await write({ context, support: this.support }, prepared) };
        } catch (e) {
          throw explainWriteError(e, prepared);
        }
      });
    let done: Awaited<ReturnType<typeof once>>;
    try {
      done = await once(this.support.undoGroup);
    } catch (e) {
      // an Excel that cannot group one of the calls: written again without the group (PERF's sheets are found by their mark and rewritten)
      if ((e as { officeCode?: string }).officeCode !== 'UndoNotSupported') throw e;
      done = await once(false);
    }
    const hide = visibilityChanges(done.prepared);
    if (hide.length) await this.run(action, false, (context) => writeVisibility(context, hide));
    const emptied = done.prepared.emptiedRecord;
    if (emptied) await this.run(action, false, (context) => deleteRecordSheet(context, emptied));
    return done.report;
  }

  private async run<T>(action: string, mergeUndoGroup: boolean, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (!this.support.sheets) {
      throw invalid(`当前 Excel 版本过旧（不支持 ExcelApi ${MINIMUM_EXCEL_API}），PERF 无法${action}。请使用 Excel 2021、Microsoft 365 或网页版 Excel，或改用浏览器版 PERF。`);
    }
    try {
      return await this.apis.excel.run({ delayForCellEdit: true, ...(mergeUndoGroup ? { mergeUndoGroup: true } : {}) }, batch);
    } catch (e) {
      throw toPerfError(e, action);
    }
  }
}
