import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromXlsx } from '../host/office/double-from-xlsx';
import type { ExcelDouble, ExcelDoubleOptions } from '../host/office/excel-double';
import { officeHostOver } from '../host/office/office-view';
import { excelPaneOver } from '../../src/taskpane/excel/excel-pane';
import { envOf } from './helpers-env';

export { envOf };
import type { RankedView } from '../../src/taskpane/browser/rank-view';
import type { PaneController } from '../../src/taskpane/browser/controller';
import { addCopyToDouble } from './double-copy';

const FIXTURES = path.resolve(__dirname, '../fixtures');

/** A fixture's input.xlsx loaded into an Excel double. */
export async function doubleOf(fixture: string, options?: ExcelDoubleOptions): Promise<ExcelDouble> {
  addCopyToDouble();
  return fromXlsx(new Uint8Array(readFileSync(path.join(FIXTURES, fixture, 'input.xlsx'))), options);
}

/** The Excel pane over the double, through the Office.js host; it checks for a cell edit after 20 ms. */
export function paneOver(double: ExcelDouble) {
  return excelPaneOver(officeHostOver(double), envOf(double), 20);
}

/** Let Excel's events (delivered after the request that caused them) and the work they start run. */
export async function settle(ms = 30): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, ms / 3));
}

export function rankedView(c: PaneController): RankedView {
  const v = c.state.view;
  if (!v?.ok) throw new Error(`not ranked: ${JSON.stringify(v && !v.ok ? v.problems : v)}`);
  return v;
}

/** The 0-based row of the first cell of the sheet that holds `text`. */
export function rowHolding(double: ExcelDouble, sheet: string, text: string): number {
  const row = double.valuesOf(sheet).findIndex((r) => r.includes(text));
  if (row < 0) throw new Error(`${sheet} has no ${text}`);
  return row;
}
