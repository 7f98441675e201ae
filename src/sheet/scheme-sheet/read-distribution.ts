import { DISTRIBUTION_DEFAULTS } from '../../engine/scheme/defaults';
import type { DistributionRule } from '../../engine/scheme/types';
import { ROUNDING_WORDS, SCOPE_WORDS, TIES_WORDS } from '../../engine/scheme/words';
import type { SheetContext } from './read-context';
import { decimalText, rawText } from './read-values';

/** 七、强制分布: one rule a row. */
export function readDistribution(ctx: SheetContext) {
  const b = ctx.blocks.get('distribution');
  ctx.blockPath('distribution', 'distribution');
  if (!b || b.header === null) return;
  ctx.scheme.distribution = b.rows.map((row, i): DistributionRule => {
    const p = `distribution[${i}]`;
    ctx.paths.set(p, ctx.addr(row, ctx.col(b, 'grade')));
    const grade = rawText(ctx.cell(b, row, 'grade', `${p}.grade`));
    const share = ctx.cell(b, row, 'maxShare', `${p}.maxShare`);
    const scope = ctx.cell(b, row, 'scope', `${p}.scope`);
    const rounding = ctx.cell(b, row, 'rounding', `${p}.rounding`);
    const ties = ctx.cell(b, row, 'ties', `${p}.ties`);
    return {
      grade,
      maxShare: decimalText(share),
      scope: ctx.choice(SCOPE_WORDS, scope, DISTRIBUTION_DEFAULTS.scope, '强制分布的范围', row, ctx.col(b, 'scope')),
      rounding: ctx.choice(ROUNDING_WORDS, rounding, DISTRIBUTION_DEFAULTS.rounding, '强制分布的名额取整', row, ctx.col(b, 'rounding')),
      ties: ctx.choice(TIES_WORDS, ties, DISTRIBUTION_DEFAULTS.ties, '强制分布的并列处理', row, ctx.col(b, 'ties')),
    };
  });
}
