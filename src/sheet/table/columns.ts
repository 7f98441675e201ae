import type { SourceColumn } from '../source-table';
import type { Warning } from '../warning';
import type { DraftColumn } from './draft-columns';
import { settleGroups, type SettledColumn } from './group-weights';

/** Where header cells are, for messages: a column's own header cell, a group's header cell. */
export interface HeaderAddresses {
  column: (d: DraftColumn) => string;
  group: (start: number) => string;
}

/**
 * The table's columns from its header drafts: group weights settled, one unit,
 * one category and one total column (others become 'other', with a warning),
 * anything without a header word 'other'.
 */
export function finishColumns(
  drafts: DraftColumn[],
  at: HeaderAddresses,
): { columns: SourceColumn[]; warnings: Warning[] } {
  const settled = settleGroups(drafts, at.group);
  const where = at.column;
  const warnings: Warning[] = [];
  keepOne(settled, 'unit', 'first', '单位名称', where, warnings);
  keepOne(settled, 'category', 'first', '类别', where, warnings);
  keepOne(settled, 'total', 'last', '总分', where, warnings);
  const columns = settled.map((s) => toColumn(s));
  return { columns, warnings };
}

const NOT_A_SCORE = '序号、排名、等次、备注、说明一类的列，不是得分';
const NO_HEADER_WORD = '表头不是 PERF 认识的词（单位、类别、总分、带权重的得分、扣分、加分、一票否决、取消评优）';

function toColumn(s: SettledColumn): SourceColumn {
  const d = s.draft;
  const role = s.role ?? 'other';
  const column: SourceColumn = { index: d.index, header: d.header, name: d.text.name, role };
  if (role === 'component' && s.weight) column.weight = s.weight;
  if ((role === 'deduction' || role === 'bonus') && d.text.cap !== undefined) column.cap = d.text.cap;
  if (d.group) column.group = d.group.text.display;
  if (role === 'other') column.ignored = s.ignored ?? (s.role === 'other' ? NOT_A_SCORE : NO_HEADER_WORD);
  return column;
}

function keepOne(
  settled: SettledColumn[],
  role: 'unit' | 'category' | 'total',
  which: 'first' | 'last',
  what: string,
  where: (d: DraftColumn) => string,
  warnings: Warning[],
): void {
  const found = settled.filter((s) => s.role === role);
  if (found.length < 2) return;
  const kept = which === 'first' ? found[0]! : found[found.length - 1]!;
  for (const s of found)
    if (s !== kept) {
      s.role = 'other';
      s.ignored = `已按“${kept.draft.header}”作${what}`;
    }
  const list = found.map((s) => `${where(s.draft)}“${s.draft.header}”`).join('、');
  warnings.push({
    cell: where(kept.draft),
    message:
      `表头中有多列可作${what}（${list}），按${which === 'first' ? '第一列' : '最后一列'}“${kept.draft.header}”作${what}，其余列不参与计算：` +
      `如果不对，请修改多余列的表头`,
  });
}
