import type { CellValue } from '../../engine/cell';
import { defaultScheme } from '../../engine/scheme/defaults';
import { METHOD_WORDS, ROUNDING_WORDS, VACANCY_WORDS, VETO_WORDS, WEIGHT_UNIT_WORDS } from '../../engine/scheme/words';
import { SETTINGS, settingOfLabel, splitList } from './layout';
import type { SheetContext } from './read-context';
import { decimalText, rawText } from './read-values';

/** 一、基本设置: one setting a row, found by its label. */
export function readSettings(ctx: SheetContext) {
  const b = ctx.blocks.get('settings');
  if (!b) return;
  ctx.blockPath('name', 'settings');
  const seen = new Set<string>();
  for (const row of b.rows) {
    const labelRaw = ctx.cell(b, row, 'key');
    const label = rawText(labelRaw);
    const def = settingOfLabel(label);
    if (!def) {
      if (label) ctx.warn(row, ctx.col(b, 'key'), `“${label}”不是认识的设置项：已忽略。可用的设置项见 PERF 生成的方案表`);
      continue;
    }
    if (seen.has(def.path)) {
      ctx.warn(row, ctx.col(b, 'key'), `设置项“${def.label}”写了两次：以第一次为准，这一行被忽略`);
      continue;
    }
    seen.add(def.path);
    const v = ctx.cell(b, row, 'value', def.path);
    applySetting(ctx, def.path, def.label, v, row, ctx.col(b, 'value'));
  }
  for (const def of SETTINGS)
    if (!seen.has(def.path)) {
      ctx.blockPath(def.path, 'settings');
      ctx.warn(b.title.row, b.title.col, `基本设置中没有“${def.label}”一行：按默认值处理。如需设置，请添加这一行`);
    }
}

function applySetting(ctx: SheetContext, path: string, label: string, v: CellValue, row: number, col: number) {
  const s = ctx.scheme;
  const d = defaultScheme();
  switch (path) {
    case 'name':
      s.name = rawText(v);
      return;
    case 'fullScore':
      s.fullScore = decimalText(v);
      return;
    case 'weightUnit':
      s.weightUnit = ctx.choice(WEIGHT_UNIT_WORDS, v, d.weightUnit, label, row, col);
      return;
    case 'decimals':
      s.decimals = ctx.wholeOrBlank(v, label, '请填写 0 到 10 之间的整数（如 2），不舍入请留空', row, col);
      return;
    case 'ranking.method':
      s.ranking.method = ctx.choice(METHOD_WORDS, v, d.ranking.method, label, row, col);
      return;
    case 'ranking.byCategory':
      s.ranking.byCategory = ctx.yesNo(v, d.ranking.byCategory, label, row, col);
      return;
    case 'ranking.tieBreak':
      s.ranking.tieBreak = splitList(rawText(v));
      return;
    case 'deductionCap':
      s.deductionCap = rawText(v) === '' ? null : decimalText(v);
      return;
    case 'bonusCap':
      s.bonusCap = rawText(v) === '' ? null : decimalText(v);
      return;
    case 'veto.effect':
      s.veto.effect = ctx.choice(VETO_WORDS, v, d.veto.effect, label, row, col);
      return;
    case 'awardSettings.quotaRounding':
      s.awardSettings.quotaRounding = ctx.choice(ROUNDING_WORDS, v, d.awardSettings.quotaRounding, label, row, col);
      return;
    case 'awardSettings.vacancy':
      s.awardSettings.vacancy = ctx.choice(VACANCY_WORDS, v, d.awardSettings.vacancy, label, row, col);
      return;
    case 'awardSettings.exclusive':
      s.awardSettings.exclusive = ctx.yesNo(v, d.awardSettings.exclusive, label, row, col);
      return;
    case 'awardSettings.maxSinglePerUnit': {
      const n = ctx.wholeOrBlank(v, label, '请填写 1 或更大的整数，不限请留空', row, col);
      s.awardSettings.maxSinglePerUnit = n;
      return;
    }
  }
}
