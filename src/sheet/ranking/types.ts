import type { Bands } from '../../engine/bands';
import type { Dec } from '../../engine/decimal';
import type { AwardLine } from '../../engine/awards/types';
import type { Scheme } from '../../engine/scheme/types';
import type { SourceTable } from '../source-table';
import type { Warning } from '../warning';
import type { UnitNote } from './notes';
import type { PieceColumn } from '../piece-column';

/** A component used in the total: the column it is read from and its weight. */
export interface UsedComponent {
  name: string;
  /** Header as the sheet shows it. */
  header: string;
  /** How the scheme block names it with its weight: the header when it shows the weight, else "名称 80%". */
  label: string;
  col: number;
  unit: 'percent' | 'points';
  /** Percent of the total ("80" = 80%) or points of the full score. */
  weight: Dec;
}

/** One unit (one data row) after the whole pipeline. */
export interface UnitResult {
  /** 0-based sheet row of the unit. */
  row: number;
  name: string;
  /** '' when the sheet has no category column. */
  category: string;
  /** Component scores as read, in the order of RankingResult.components; null = blank. */
  scores: (Dec | null)[];
  /** Deduction after its cap (a magnitude), null when the sheet has no deduction column. */
  deduction: Dec | null;
  bonus: Dec | null;
  /** The total used (after rounding); null when the unit could not be scored. */
  total: Dec | null;
  gradeIndex: number | null;
  grade: string | null;
  /** Displayed rank (scheme method) within the category. */
  rank: number | null;
  /** Competition place within the category (what awards count). */
  place: number | null;
  veto: boolean;
  excluded: boolean;
  awards: string[];
  /** What happened on the way, as data (noteText makes each a sentence). */
  notes: UnitNote[];
  /**
   * The place of the unit's tie when that tie is its only note, else undefined: what 排名 posts
   * (并列第N名), read without making the note (UnitRecord makes a tie note when its notes are read).
   */
  readonly loneTiePlace?: number;
  /**
   * The sentence of that tie (noteText of the note) as the next row of a column of pieces, when
   * it is the only note (true; else nothing is written): what 核对 explains, no text made per unit.
   */
  loneTieInto?(out: PieceColumn): boolean;
  /** The clerk's 备注 for this unit, as typed (for the clerk's check sheet; not computed). */
  remark: string | null;
}

export interface RankingResult {
  sheet: string;
  table: SourceTable;
  scheme: Scheme;
  bands: Bands;
  components: UsedComponent[];
  hasCategory: boolean;
  /** Category names in the order they first appear in the source. */
  categories: string[];
  units: UnitResult[];
  /** Each unit's name (units[i].name), by unit: unit i is the table's row i. */
  names: readonly string[];
  /**
   * Each unit's scores as the doubles Excel shows (toExcel of UnitResult.scores), unit i's at
   * i × components.length; NaN where the fast path did not read the row (then from the decimals);
   * empty without the fast path. A sheet lists 100,000 × 7 scores without a decimal per cell.
   */
  scoreNumbers: Float64Array;
  /**
   * The deduction and bonus amounts the fast path read, as the doubles Excel shows: unit i's for
   * table column adjustmentColumns[j] at i × adjustmentColumns.length + j; NaN for a blank and
   * where the fast path did not read the row. The 校验快照 lists them without reading a cell again.
   */
  adjustmentNumbers: Float64Array;
  adjustmentColumns: Int32Array;
  warnings: Warning[];
  awardLines: AwardLine[];
  /** Sentences about the run as a whole: distribution, award settings, no award rule … */
  summary: string[];
  /** Where the scheme came from: "默认方案", "方案工作表", "scheme.json". */
  schemeSource: string;
}
