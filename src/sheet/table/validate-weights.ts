import { D, show, sum } from '../../engine/decimal';
import { invalid } from '../../engine/errors';
import type { SourceColumn, SourceTable } from '../source-table';
import { headerText } from './header-text';
import { weightText } from './weight-text';

export interface WeightCheck {
  unit: 'percent' | 'points';
  /** Sum of the components' weights: "100" (percent) or the full score (points). */
  sum: string;
}

/**
 * The components' weights must make the whole: percentages sum to 100, points to the
 * full score, and not both kinds at once. Returns null when the table has no components.
 */
export function validateWeights(table: SourceTable, fullScore = '100'): WeightCheck | null {
  const components = table.columns.filter((c) => c.role === 'component' && c.weight);
  if (components.length === 0) return null;
  const unit = components[0]!.weight!.unit;
  if (components.some((c) => c.weight!.unit !== unit)) {
    const list = components.map((c) => `${componentLabel(c)} ${weightText(c.weight!)}`).join('，');
    throw invalid(
      `表头中的权重有的写成百分比、有的写成分值（${list}）：请统一写成百分比（合计 100%）或分值（合计 ${fullScore}分）`,
    );
  }
  const total = sum(components.map((c) => new D(c.weight!.value)));
  const target = unit === 'percent' ? new D(100) : new D(fullScore);
  if (!total.eq(target) && components.some((c) => c.weight!.bare)) {
    const list = components.map((c) => `“${c.header}”`).join('、');
    const first = components[0]!;
    throw invalid(
      `表头 ${list} 中的数字合计为 ${show(total)}，既不是满分 ${fullScore} 分的分值，也不是合计 100% 的权重，无法知道怎样算总分：` +
        `如果是分值，请写成“${first.name}(${first.weight!.value}分)”等（合计 ${fullScore} 分）；如果是权重，请写成“${first.name}(${first.weight!.value}%)”等（合计 100%）`,
    );
  }
  if (!total.eq(target)) {
    const parts = components.map((c) => `${componentLabel(c)} ${weightText(c.weight!)}`).join(' + ');
    const got = weightText({ unit, value: show(total) });
    throw invalid(
      unit === 'percent'
        ? `各项权重合计为 ${got}（${parts}），应为 100%：请检查表头中的权重`
        : `各项分值合计为 ${got}（${parts}），应为满分 ${fullScore}分：请检查表头中的分值`,
    );
  }
  return { unit, sum: show(total) };
}

/** "指标考核", or "民主评估/市级" for a sub-column. */
export function componentLabel(c: SourceColumn): string {
  return c.group ? `${headerText(c.group).name}/${c.name}` : c.name;
}
