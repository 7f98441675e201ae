import type { WritePlan, WriteReport } from '../sheet/plan';
import type { SheetData } from '../sheet/source-table';

/**
 * What every host offers the workflow: the sheets as plain values, and a write plan
 * applied with PERF's target rule (a clerk's sheet is never replaced). The .xlsx host
 * and the Office.js host implement it; nothing above this line knows which one runs.
 *
 * A host only translates; the rules are host-free and shared: targets and marks
 * (src/sheet/targets.ts), the record sheet (src/sheet/write/record.ts: withRecord),
 * looks (write/looks.ts), row heights (write/row-heights.ts), column-width units
 * (write/column-width.ts), names (write/defined-names.ts), print (write/print.ts),
 * formula and list text (write/formula-text.ts, write/validation.ts), A1 text
 * (src/sheet/address.ts). Every host passes test/host/contract (describeHostContract).
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
