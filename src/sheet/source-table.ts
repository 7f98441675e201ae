import type { CellValue } from '../engine/cell';
import type { Warning } from './warning';
import type { Weight } from './table/header-text';

/** A worksheet as every host hands it to the sheet layer: plain values, 0-based. */
export interface SheetData {
  name: string;
  /**
   * Rows of raw values; merged areas hold their value in the top-left cell only.
   * Sparse: a row without values may be a hole (undefined), a row ends at its last
   * value, and blanks read as null or as holes. Size follows the cells that hold
   * values, not their positions: visit rows with forEach/for-in (they skip holes),
   * never with a counter up to `values.length` times the width.
   */
  values: CellValue[][];
  merges: MergeRange[];
  /**
   * Set when the sheet carries PERF's mark (PERF owns it). 'unknown' is a mark of a kind
   * this version does not know (written by a newer PERF): still PERF's, never replaced
   * by this version and never read as the clerk's summary.
   */
  perfKind: PerfSheetKind | 'unknown' | null;
}

/** The kinds of sheet this version of PERF writes and owns. */
export type PerfSheetKind = 'ranking' | 'awards' | 'scheme' | 'check' | 'record' | 'collect';

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type ColumnRole =
  | 'unit'
  | 'category'
  | 'total'
  | 'component'
  | 'deduction'
  | 'bonus'
  | 'veto'
  | 'exclude'
  | 'other';

/** A column of the clerk's summary table, with the role its header gives it. */
export interface SourceColumn {
  /** 0-based column index in the sheet. */
  index: number;
  /** Header as shown; for a two-row header "组标题/子标题". */
  header: string;
  /** Header without its weight: "指标考核(80%)" → "指标考核". */
  name: string;
  role: ColumnRole;
  /**
   * For components: the weight written in the header, as the share of the total it
   * carries after group weights are applied. percent: "80" means 80%; points: the
   * column already holds a score out of that many points.
   */
  weight?: Weight;
  /** The group header above it in a two-row header. */
  group?: string;
  /**
   * For deductions and bonuses: a cap written in the header ("察访核验扣分(最多3分)",
   * "扣分（扣满3分为止）") as a decimal string, "3".
   */
  cap?: string;
  /** For columns that take no part ('other'): why, in the clerk's words. */
  ignored?: string;
}

export interface SourceRow {
  /** 0-based sheet row. */
  row: number;
  /** The whole row of raw values, indexed like the sheet's columns. */
  cells: CellValue[];
}

/** The summary table found on a sheet: its columns and its data rows (stray rows left out). */
export interface SourceTable {
  sheet: string;
  /** 0-based rows that make the header (one or two). */
  headerRows: number[];
  columns: SourceColumn[];
  rows: SourceRow[];
  /** Rows passed over (合计, 小计, 平均, 备注, blank), with the reason. */
  skipped: { row: number; reason: string }[];
  warnings: Warning[];
  /** The clerk's own title above the header ("2025年度县（区）政府绩效评估汇总表"), when there is one. */
  title?: string;
  /** How bare numbers in component headers ("重点工作(80)") were read; absent when there were none. */
  bareWeights?: 'points' | 'percent';
}
