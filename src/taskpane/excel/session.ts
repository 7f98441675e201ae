/**
 * The one Excel pane of the shared runtime: the ribbon's commands and the task pane use the
 * same (commands.js and taskpane.js share one webpack runtime, so this module exists once).
 * Loaded on first use, not with the page: the custom functions do not wait for it.
 */
import { OfficeWorkbook } from '../../host/office';
import { excelPaneOver, type ExcelPane } from './excel-pane';
import { workerRanker } from './worker-ranker';

let pane: ExcelPane | null = null;

/** The pane over the workbook Excel has open (after Office.onReady). */
export function paneInExcel(): ExcelPane {
  pane ??= excelPaneOver(OfficeWorkbook.inExcel(), { run: Excel.run, requirements: Office.context.requirements, addin: Office.addin }, undefined, workerRanker());
  return pane;
}
