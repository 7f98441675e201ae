import { D, show, sum } from '../../engine/decimal';
import { invalid } from '../../engine/errors';
import type { ColumnRole } from '../source-table';
import type { DraftColumn } from './draft-columns';
import type { Weight } from './header-text';
import { roleOfName } from './header-roles';
import { weightText } from './weight-text';

/** What a sub-column of a weighted group ends up as. */
export interface SettledColumn {
  draft: DraftColumn;
  role: ColumnRole | null;
  weight?: Weight;
  /** Why a column takes no part, when a rule set it aside. */
  ignored?: string;
}

const SUBTOTAL = /小计|合计|汇总|折算|得分$|总分$/;

/**
 * Settle the weights of a two-row header so that no weight is counted twice.
 * A group header that carries a weight (业绩(60%)) is the group's share of the total:
 * - sub-column weights that add up to the group's weight are already shares of the total
 *   (民主评估(15%) over 市级(5%) 县区(3%) 部门(3%) 乡镇(2%) 群众(2%));
 * - percentages that add up to 100% are shares within the group: each counts group × sub;
 * - anything else stops the run with the group, its sub-columns and their sum.
 * A weighted group whose sub-columns carry no weight is scored by its subtotal column
 * (小计/合计/…得分): that column takes the group's weight and the parts before it are
 * shown only. With one sub-column, that column is the group's score. Several unweighted
 * sub-columns and no subtotal would need a guess, so the run stops and says what to add.
 * A subtotal next to weighted sub-columns is never counted (it would count them twice).
 * Under a group, a 合计/得分合计 column is that group's subtotal, never the table's total.
 */
export function settleGroups(drafts: DraftColumn[], groupAt: (start: number) => string): SettledColumn[] {
  const settled: SettledColumn[] = drafts.map((d) => ({
    draft: d,
    role: d.group && d.role === 'total' ? null : d.role,
    weight: d.role === 'component' ? d.text.weight : undefined,
  }));
  const groups = new Map<number, SettledColumn[]>();
  for (const s of settled) {
    if (!s.draft.group) continue;
    const list = groups.get(s.draft.group.start) ?? [];
    list.push(s);
    groups.set(s.draft.group.start, list);
  }
  for (const children of groups.values()) settleGroup(children, groupAt);
  return settled;
}

function settleGroup(children: SettledColumn[], groupAt: (start: number) => string): void {
  const groupText = children[0]!.draft.group!.text;
  const groupWeight = groupText.weight;
  if (!groupWeight || roleOfName(groupText.name, true) !== 'component') return;
  const label = `${groupAt(children[0]!.draft.group!.start)} 表头“${groupText.display}”`;
  const weighted = children.filter((c) => c.role === 'component' && c.weight);
  if (weighted.length === 0) {
    const subtotals = children.filter((c) => c.role === null && SUBTOTAL.test(c.draft.text.name));
    const scoring = subtotals.length === 1 ? subtotals[0] : children.length === 1 && children[0]!.role === null ? children[0] : undefined;
    if (!scoring) {
      const names = children.map((c) => c.draft.text.display).join('、');
      throw invalid(
        `${label}下有多列（${names}），都没有写权重，也没有‘小计’列，无法知道怎样算出这一组的得分：` +
          `请在各子列表头写上组内权重（如‘重点工作(50%)’，合计 100%），或在组内加一列‘小计’`,
      );
    }
    scoring.role = 'component';
    scoring.weight = groupWeight;
    for (const c of children)
      if (c !== scoring && c.role === null) {
        c.role = 'other';
        c.ignored = `组“${groupText.display}”按小计列“${scoring.draft.text.display}”计分，这一列只列出`;
      }
    return;
  }
  for (const c of children)
    if (c.role === null && SUBTOTAL.test(c.draft.text.name)) {
      c.role = 'other';
      c.ignored = '组内各列已写权重，这一列是它们的小计，不再重复计算';
    }
  const parts = weighted.map((c) => `${c.draft.text.name} ${weightText(c.weight!)}`).join(' + ');
  if (weighted.some((c) => c.weight!.unit !== groupWeight.unit)) {
    throw invalid(
      `${label}的权重写的是${unitWord(groupWeight)}，其下子列（${parts}）却有${unitWord(weighted.find((c) => c.weight!.unit !== groupWeight.unit)!.weight!)}：` +
        `请统一写成百分比或分值`,
    );
  }
  const total = sum(weighted.map((c) => new D(c.weight!.value)));
  if (total.eq(groupWeight.value)) return;
  if (groupWeight.unit === 'percent' && total.eq(100)) {
    for (const c of weighted) {
      c.weight = { unit: 'percent', value: show(new D(groupWeight.value).mul(c.weight!.value).div(100)) };
    }
    return;
  }
  const whole = groupWeight.unit === 'percent' ? '也不等于 100%（组内的比例）' : '';
  throw invalid(
    `${label}下各子列的权重合计为 ${weightText({ unit: groupWeight.unit, value: show(total) })}（${parts}），` +
      `既不等于该组的 ${weightText(groupWeight)}（子列已是占总分的权重）${whole ? '，' + whole : ''}：请检查这些子列表头中的权重`,
  );
}

function unitWord(w: Weight): string {
  return w.unit === 'percent' ? '百分比' : '分值';
}
