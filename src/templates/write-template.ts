import { applyPlan } from '../host/xlsx';
import type { WriteReport } from '../sheet/plan';
import { blankWorkbook } from './blank-workbook';
import { templatePlan, type TemplateDefinition, type TemplateOptions } from './index';

/** A template as a new .xlsx file (the command line and the browser version). */
export async function templateWorkbook(t: TemplateDefinition, options: TemplateOptions = {}): Promise<{ bytes: Uint8Array; report: WriteReport }> {
  return applyPlan(await blankWorkbook(), templatePlan(t, options), `${t.name}.xlsx`);
}
