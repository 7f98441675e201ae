import { officeSettingOfLabel, splitList } from './layout';
import type { SheetContext } from './read-context';
import { rawText } from './read-values';

/** 八、公示设置: one setting a row, found by its label; blank = the default. */
export function readOffice(ctx: SheetContext) {
  const b = ctx.blocks.get('office');
  if (!b || b.header === null) return;
  const office = ctx.settings.office;
  const seen = new Set<string>();
  for (const row of b.rows) {
    const label = rawText(ctx.cell(b, row, 'key'));
    const def = officeSettingOfLabel(label);
    if (!def) {
      if (label) ctx.warn(row, ctx.col(b, 'key'), `“${label}”不是公示设置中认识的项目：已忽略。可用的项目见 PERF 生成的方案表`);
      continue;
    }
    if (seen.has(def.key)) {
      ctx.warn(row, ctx.col(b, 'key'), `公示设置“${def.label}”写了两次：以第一次为准，这一行被忽略`);
      continue;
    }
    seen.add(def.key);
    const v = ctx.cell(b, row, 'value');
    const text = rawText(v) || null;
    switch (def.key) {
      case 'publicityFrom':
        office.publicity.from = text;
        break;
      case 'publicityTo':
        office.publicity.to = text;
        break;
      case 'publishedComponents':
        office.publishedComponents = text === null ? null : splitList(text);
        break;
      case 'publishRemarks':
        office.publishRemarks = ctx.yesNo(v, false, def.label, row, ctx.col(b, 'value'));
        break;
      default:
        office[def.key] = text;
    }
  }
}

/** 九、单位名册: each unit with its category and other names. */
export function readRoster(ctx: SheetContext) {
  const b = ctx.blocks.get('roster');
  if (!b || b.header === null) return;
  for (const row of b.rows) {
    const name = rawText(ctx.cell(b, row, 'name'));
    if (!name) {
      if (rawText(ctx.cell(b, row, 'aliases')) || rawText(ctx.cell(b, row, 'category')))
        ctx.warn(row, ctx.col(b, 'name'), '单位名册这一行没有单位名称：已忽略。请填写单位的规范名称');
      continue;
    }
    const category = rawText(ctx.cell(b, row, 'category')) || null;
    ctx.settings.roster.push({ name, category, aliases: splitList(rawText(ctx.cell(b, row, 'aliases'))) });
  }
}
