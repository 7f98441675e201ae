import type { ExcelDouble } from '../host/office/excel-double';
import type { ExcelEnv } from '../../src/taskpane/excel/excel-pane';

/** What the Excel pane is given in place of the Office globals (node and the test page alike). */
export function envOf(double: ExcelDouble): ExcelEnv {
  return {
    run: double.excel.run as unknown as ExcelEnv['run'],
    requirements: double.office.context.requirements,
    addin: double.office.addin as unknown as ExcelEnv['addin'],
  };
}
