/**
 * Ribbon commands, in the shared runtime (taskpane.html loads this bundle, which shares its
 * webpack runtime with the pane's: one ExcelPane for both). 一键排名 runs without the pane;
 * 绩效考评助手 opens it. The work loads on the first press, not with the page.
 */
import { registerCommands } from './register';

Office.onReady(() => {
  registerCommands(Office, () => import(/* webpackChunkName: "excel-pane" */ '../taskpane/excel/session').then((m) => m.paneInExcel()));
});
