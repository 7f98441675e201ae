/**
 * The Excel pane as it renders inside Excel, over the Excel double instead of Excel: the page
 * test/excel/pane-ui.test.ts opens in Chromium. The double holds the fixture served beside
 * the page; the test plays the clerk through `window.excel` (userEdits, userSelects, editing).
 */
import { fromXlsx } from '../../host/office/double-from-xlsx';
import { officeHostOver } from '../../host/office/office-view';
import { excelPaneOver } from '../../../src/taskpane/excel/excel-pane';
import { renderPane } from '../../../src/taskpane/excel/render';
import { pickLocale } from '../../../src/taskpane/locale';
import { envOf } from '../helpers-env';
import { addCopyToDouble } from '../double-copy';

async function start() {
  addCopyToDouble();
  const bytes = new Uint8Array(await (await fetch('fixture.xlsx')).arrayBuffer());
  const excel = await fromXlsx(bytes);
  (window as unknown as { excel: typeof excel }).excel = excel;
  const pane = excelPaneOver(officeHostOver(excel), envOf(excel), 200);
  (window as unknown as { pane: typeof pane }).pane = pane;
  const locale = pickLocale(undefined, navigator.languages);
  document.documentElement.lang = locale;
  renderPane(document.getElementById('root')!, pane, locale, (then) => then());
}

void start();
