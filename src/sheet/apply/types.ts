import type { CellRange, CellWrite } from '../plan';
import type { Warning } from '../warning';

/** What a cell 套用 adds holds: a new column's header, or a formula of one of these kinds. */
export type AddedKind = 'header' | 'score' | 'subtotal' | 'total' | 'grade' | 'rank';

/** One cell 套用 will add: what the host writes, and what the clerk is told about it. */
export interface AddedCell extends CellWrite {
  kind: AddedKind;
  /** The cell is in a column 套用 adds (it gets its look from the column to its left). */
  newColumn: boolean;
  /** The row's unit or task, for the preview ("东城区"); '' for a header. */
  label: string;
}

/** A column 套用 fills: one the sheet has (its empty cells), or one it adds to the right. */
export interface AppliedColumn {
  kind: Exclude<AddedKind, 'header'>;
  /** The header as the sheet shows it, or the one 套用 writes. */
  header: string;
  /** 0-based. */
  column: number;
  isNew: boolean;
  /** How the cells compute, in the clerk's words ("指标考核×80% + 公众评议×20% − 扣分（最多 3 分），保留 2 位小数"). */
  how: string;
}

/** What 套用 would add to one sheet, before the clerk confirms. */
export interface ApplyProposal {
  sheet: string;
  /** 综合评估汇总 (a summary: total, grade, rank) or 任务分解表 (task scores and subtotals). */
  kind: 'summary' | 'tasks';
  columns: AppliedColumn[];
  cells: AddedCell[];
  /** Header areas of added columns merged down a two-row header, as the column to their left is. */
  merges?: CellRange[];
  /** What 套用 does not add, and why (a formula no spreadsheet can compute the way PERF does, a full cell…). */
  notes: string[];
  warnings: Warning[];
  /** Where the scheme came from ("默认方案", "工作表“方案”"). */
  schemeSource: string;
}

/** The record's source for cells 套用 added: undo takes back the entries with this source. */
export const APPLY_SOURCE = '套用到现有表格';
