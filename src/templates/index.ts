import { invalid } from '../engine/errors';
import { matchKey } from '../engine/match';
import type { WritePlan } from '../sheet/plan';
import type { TemplateBase, TemplateDefinition, TemplateOptions } from './model';
import { SCHEME_TEMPLATE } from './scheme-template';
import { SUMMARY_TEMPLATE } from './summary';
import { TASK_TEMPLATE } from './task-breakdown';
import { EFFICIENCY_TEMPLATE } from './office-efficiency';
import { LEDGER_TEMPLATE } from './inspection-ledger';
import { DEMOCRATIC_TEMPLATE } from './democratic';
import { LEADERS_TEMPLATE } from './leaders';

export type { TemplateBase, TemplateDefinition, TemplateOptions, TemplateVariant } from './model';
export { templatePlanInto } from './into-workbook';

/** The template set, in the order an office works through it. */
export const TEMPLATES: readonly TemplateDefinition[] = [
  SCHEME_TEMPLATE,
  TASK_TEMPLATE,
  EFFICIENCY_TEMPLATE,
  LEDGER_TEMPLATE,
  DEMOCRATIC_TEMPLATE,
  LEADERS_TEMPLATE,
  SUMMARY_TEMPLATE,
];

/** The template a clerk named (its name or an alias, by the one matching rule), or a Chinese message listing them. */
export function findTemplate(name: string): TemplateDefinition {
  const key = matchKey(name);
  const found = TEMPLATES.find((t) => [t.name, ...t.aliases].some((n) => matchKey(n) === key));
  if (!found) throw invalid(`没有名为“${name}”的模板。可用的模板：${TEMPLATES.map((t) => t.name).join('、')}（perf template --list 列出各模板的用途）`);
  return found;
}

/**
 * The write plan of a template: its variant's sheets, protected when asked (input cells stay editable);
 * built on a workbook's own 方案 (`base`) when the template can be (see TemplateDefinition.planOn).
 */
export function templatePlan(t: TemplateDefinition, options: TemplateOptions = {}, base?: TemplateBase): WritePlan {
  const variant = options.variant ?? t.variants[0]?.id ?? '';
  if (t.variants.length > 0 && !t.variants.some((v) => v.id === variant))
    throw invalid(
      `模板“${t.name}”没有变体“${variant}”。可用的变体：\n${t.variants.map((v) => `  ${v.id}　${v.label}`).join('\n')}`,
    );
  const plan = base && t.planOn ? t.planOn(variant, base) : t.plan(variant);
  if (options.password !== undefined && !options.protect) throw invalid('设了密码但没有要求保护：请同时加上 --protect，或去掉 --password');
  if (!options.protect) return plan;
  const protection = options.password ? { password: options.password } : {};
  return { ...plan, sheets: plan.sheets.map((s) => (s.visibility && s.visibility !== 'visible' ? s : { ...s, protection })) };
}

/** One line per template, its name first, then what it is for (perf template --list). */
export function templateList(): string[] {
  return TEMPLATES.map((t) => {
    const variants = t.variants.length > 1 ? `（变体：${t.variants.map((v) => v.id).join('、')}）` : '';
    return `${t.name}　${t.purpose}${variants}`;
  });
}
