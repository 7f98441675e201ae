import { invalid } from '../engine/errors';
import type { WritePlan } from '../sheet/plan';
import type { SheetData } from '../sheet/source-table';
import { loadScheme } from '../workflow/load-scheme';
import { templatePlan } from './index';
import type { TemplateDefinition, TemplateOptions } from './model';

/**
 * A template to insert into an open workbook (the Excel pane's 插入模板). One with planOn (every
 * template that writes a 方案) is built on the workbook's own 方案 sheet: its 方案 is rewritten
 * with every rule, 公示设置 and 单位名册 kept (任务分解表 and 领导评估 add a lookup table it lacks),
 * so that inserting it never puts the template's sample scheme in place of the office's. A 方案 with cells
 * PERF cannot read is not rewritten (their values would be lost): the clerk is asked to correct it first.
 */
export function templatePlanInto(t: TemplateDefinition, options: TemplateOptions, sheets: SheetData[]): WritePlan {
  const loaded = loadScheme(sheets, undefined, {});
  if (!loaded.fromSheet) return templatePlan(t, options);
  if (!t.planOn) {
    const plan = templatePlan(t, options);
    // the 方案 template is a sample scheme: written over the office's 方案 it would replace every rule the clerk set
    if (plan.sheets.some((s) => s.kind === 'scheme'))
      throw invalid(
        `工作簿中已有${loaded.source}：插入“${t.name}”模板会用示例方案替换它，原有的权重、等次、奖项、公示设置和单位名册都会丢失，所以没有插入。` +
          '要修改规则，请在“方案”步骤中编辑，或直接改“方案”工作表；要从示例方案重新开始，请先把现有的“方案”工作表改名或删除，再插入模板。',
      );
    return plan;
  }
  if (loaded.errors.length > 0) {
    const more = loaded.errors.length > 1 ? `等 ${loaded.errors.length} 处` : '';
    throw invalid(
      `插入“${t.name}”要建在${loaded.source}的方案上（方案表会按原有规则重写），但方案表有无法读取的内容（${loaded.errors[0]!.message}${more}）：请先改正方案表，再插入模板`,
    );
  }
  return templatePlan(t, options, { scheme: loaded.scheme, settings: loaded.settings });
}
