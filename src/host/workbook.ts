import type { WritePlan, WriteReport } from '../sheet/plan';
import type { SheetData } from '../sheet/source-table';

/**
 * What every host offers the workflow: the sheets as plain values, and a write plan
 * applied with PERF's target rule (a clerk's sheet is never replaced). The .xlsx host
 * and the Office.js host implement it; nothing above this line knows which one runs.
 */
export interface Workbook {
  /** Every sheet in workbook order, as it stands now (after any plan applied). */
  readSheets(): Promise<SheetData[]>;
  /** Write the plan's sheets; the report says where each went and why a name changed. */
  apply(plan: WritePlan): Promise<WriteReport>;
}

/** A workbook held as a file: its bytes can be offered for download or saving. */
export interface FileWorkbook extends Workbook {
  /** The workbook with every applied plan, as .xlsx/.xlsm bytes. */
  toBytes(): Promise<Uint8Array>;
}
