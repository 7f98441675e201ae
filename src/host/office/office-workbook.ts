import type { WritePlan, WriteReport } from '../../sheet/plan';
import type { SheetData } from '../../sheet/source-table';
import type { Workbook } from '../workbook';
import { explainWriteError, prepare, write, writeVisibility } from './apply-plan';
import { toPerfError } from './office-errors';
import { readValues, readWorkbookInfo } from './read-sheets';
import { detectSupport, type OfficeSupport, type Requirements } from './requirements';

/** What the host needs of Office.js: Excel.run and the requirement-set check (the globals inside Excel, a double in tests). */
export interface OfficeApis {
  excel: { run: typeof Excel.run };
  requirements: Requirements;
}

/**
 * The open workbook inside Excel, through Office.js: the same Workbook as the .xlsx
 * host, with the same target rule and the same shared write rules. Each method is one
 * Excel.run that waits while the clerk is editing a cell (delayForCellEdit); a write is
 * one undo step where Excel can group it (ExcelApi 1.20), with visibility changes (which
 * cannot be undone) in a run after it. Every failure is a Chinese message.
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
      return readValues(context, info.sheets);
    });
  }

  async apply(plan: WritePlan): Promise<WriteReport> {
    const action = '写入结果';
    const { prepared, report } = await this.run(action, this.support.undoGroup, async (context) => {
      const prepared = await prepare({ context, support: this.support }, plan);
      try {
        return { prepared, report: await write({ context, support: this.support }, prepared) };
      } catch (e) {
        throw explainWriteError(e, prepared);
      }
    });
    await this.run(action, false, (context) => writeVisibility(context, prepared));
    return report;
  }

  private async run<T>(action: string, mergeUndoGroup: boolean, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.apis.excel.run({ delayForCellEdit: true, ...(mergeUndoGroup ? { mergeUndoGroup: true } : {}) }, batch);
    } catch (e) {
      throw toPerfError(e, action);
    }
  }
}
