import type { ColumnRole } from '../source-table';
import { isBlank } from './grid';
import type { HeaderCell } from './header-layout';
import { headerText, type HeaderText } from './header-text';
import { roleOfName } from './header-roles';

/** A column as its header reads, before group weights are settled. role null: no header word. */
export interface DraftColumn {
  index: number;
  text: HeaderText;
  /** "组标题/子标题" for a grouped column, else the header as shown. */
  header: string;
  role: ColumnRole | null;
  group?: { start: number; text: HeaderText };
  /** Header written on the second row of a two-row header. */
  fromSecondRow?: boolean;
}

/** Roles a sub-column with no header word of its own takes from its group ("扣分" over "察访核验", "其他"). */
const INHERITED: ReadonlySet<ColumnRole> = new Set(['deduction', 'bonus', 'veto', 'exclude']);

export function draftColumns(cells: HeaderCell[]): DraftColumn[] {
  const drafts: DraftColumn[] = [];
  const groupsWithSubs = new Set(cells.filter((c) => c.groupStart !== undefined && !isBlank(c.sub)).map((c) => c.groupStart));
  for (const cell of cells) {
    // A merged header over columns with nothing under them reads as one column (its first).
    if (cell.groupStart !== undefined && !groupsWithSubs.has(cell.groupStart)) {
      if (cell.col !== cell.groupStart) continue;
    }
    if (cell.groupStart === undefined || !groupsWithSubs.has(cell.groupStart)) {
      if (isBlank(cell.top)) continue;
      const text = headerText(cell.top);
      // a number is no header word (roleOfName of its text is null): the data rows the header search passes are mostly numbers
      const role = typeof cell.top === 'number' ? null : roleOfName(text.name, text.weight !== undefined);
      drafts.push({ index: cell.col, text, header: text.display, role, ...(cell.secondRowOnly ? { fromSecondRow: true } : {}) });
      continue;
    }
    if (isBlank(cell.sub)) continue;
    const groupText = headerText(cell.top);
    const text = headerText(cell.sub);
    const groupRole = roleOfName(groupText.name, groupText.weight !== undefined);
    let role = roleOfName(text.name, text.weight !== undefined);
    // Under a group, 部门/县区/乡镇 name rater groups, not the units ranked.
    if (role === 'unit' || role === 'category') role = null;
    if (role === null && groupRole !== null && INHERITED.has(groupRole)) role = groupRole;
    const header = `${groupText.display}/${text.display}`;
    drafts.push({ index: cell.col, text, header, role, group: { start: cell.groupStart, text: groupText } });
  }
  return drafts;
}

/**
 * How much a header looks like the summary table's header: the number of
 * recognised columns, or 0 when it lacks a unit column or a total or weighted score column.
 * A weighted group header counts as a score column (its sub-columns may carry no words).
 */
export function headerScore(drafts: DraftColumn[]): number {
  const hasUnit = drafts.some((d) => d.role === 'unit');
  // A sheet of deductions alone (单位 | 扣分 | 原因) is a register, not the summary.
  const hasScore = drafts.some(
    (d) => d.role === 'total' || d.role === 'component' || (d.group !== undefined && d.group.text.weight !== undefined),
  );
  if (!hasUnit || !hasScore) return 0;
  return drafts.filter((d) => d.role !== null).length;
}
