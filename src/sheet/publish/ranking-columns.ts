import type { Dec } from '../../engine/decimal';
import { toExcelFast } from '../../engine/fixed';
import type { CellStyle, PlanCell } from '../plan';
import { totalFormat } from '../ranking/sheet-layout';
import type { RankingResult, UnitResult } from '../ranking/types';
import { awardsText } from '../ranking/awards-text';

export const NOT_RANKED = '—';
export const NOT_SCORED = '未计分';

/** Which optional columns 排名 shows. */
export interface Shown {
  categoryColumn: boolean;
  awarded: boolean;
  remarks: boolean;
  noted: boolean;
}

/**
 * What the groups of one 排名 share: each decimal turned into a number once (a column repeats its
 * scores), each total's format found once (units with the same total share its decimal).
 */
export class SharedCells {
  private readonly numbers = new Map<Dec, number>();
  private readonly formats = new Map<Dec, string>();
  readonly width: number;
  readonly known: number;
  readonly scoreNumbers: Float64Array;

  constructor(
    result: RankingResult,
    readonly shown: Int32Array,
    readonly optional: Shown,
    readonly notes: string[],
    private readonly fixed: number | null = result.scheme.decimals,
  ) {
    this.scoreNumbers = result.scoreNumbers;
    this.width = result.components.length;
    this.known = result.scoreNumbers.length;
  }

  numberOf(d: Dec | null): number {
    if (d === null) return NaN;
    let n = this.numbers.get(d);
    if (n === undefined) this.numbers.set(d, (n = toExcelFast(d)));
    return n;
  }

  formatOf(d: Dec): string {
    let f = this.formats.get(d);
    if (f === undefined) this.formats.set(d, (f = totalFormat(d.decimalPlaces(), this.fixed)));
    return f;
  }
}

/**
 * The columns of one group of 排名 (a category, or all units), filled one unit at a time: a small
 * method that V8 optimises once and keeps, where one loop in the sheet's builder was re-optimised
 * on every run. Each list is born holding its final kind of value.
 */
export class GroupColumns {
  readonly ranks: PlanCell['value'][];
  readonly names: string[];
  readonly categories: string[];
  // numbers as doubles, NaN for a blank (see BlockColumn.values)
  readonly scores: Float64Array[];
  readonly deductions: Float64Array;
  readonly bonuses: Float64Array;
  readonly totals: PlanCell['value'][];
  readonly totalStyles: (CellStyle | undefined)[];
  readonly totalFormats: (string | undefined)[];
  readonly grades: string[];
  readonly awards: string[];
  readonly remarks: string[];
  readonly notes: string[];

  constructor(
    readonly n: number,
    shownCount: number,
    optional: Shown,
  ) {
    // a column the sheet leaves out is never made
    const texts = (shown = true) => (shown ? new Array<string>(n).fill('') : []);
    this.ranks = new Array<PlanCell['value']>(n).fill(null);
    this.names = texts();
    this.categories = texts(optional.categoryColumn);
    this.scores = Array.from({ length: shownCount }, () => new Float64Array(n));
    this.deductions = new Float64Array(n);
    this.bonuses = new Float64Array(n);
    this.totals = new Array<PlanCell['value']>(n).fill(null);
    this.totalStyles = new Array<CellStyle | undefined>(n).fill(undefined);
    this.totalFormats = new Array<string | undefined>(n).fill(undefined);
    this.grades = texts();
    this.awards = texts(optional.awarded);
    this.remarks = texts(optional.remarks);
    this.notes = texts(optional.noted);
  }

  /** Unit `u` (the result's unit `index`) at place `k` of the group. */
  put(k: number, u: UnitResult, index: number, shared: SharedCells): void {
    const { categoryColumn, awarded, remarks, noted } = shared.optional;
    this.ranks[k] = u.rank ?? NOT_RANKED;
    this.names[k] = u.name;
    if (categoryColumn) this.categories[k] = u.category;
    // without the fast path's doubles, every score from the unit's decimals (else readScores)
    if (shared.known === 0) {
      const { shown } = shared;
      for (let j = 0; j < shown.length; j++) this.scores[j]![k] = shared.numberOf(u.scores[shown[j]!] ?? null);
    }
    this.deductions[k] = shared.numberOf(u.deduction);
    this.bonuses[k] = shared.numberOf(u.bonus);
    if (u.total === null) {
      this.totals[k] = NOT_SCORED;
      this.totalStyles[k] = 'integer';
    } else {
      this.totals[k] = shared.numberOf(u.total);
      this.totalFormats[k] = shared.formatOf(u.total);
    }
    this.grades[k] = u.grade ?? '';
    if (awarded) this.awards[k] = awardsText(u.awards);
    if (remarks) this.remarks[k] = u.remark ?? '';
    if (noted) this.notes[k] = shared.notes[index]!;
  }

  /**
   * The scores as the fast path read them, doubles already, read in the order the group lists
   * its units, each unit's side by side; NaN (a row the fast path did not read): from the
   * unit's decimals. Each double is stored by its own statement: a value that is either a
   * double or a NaN constant or a call's result is one V8 boxes, a heap number per score.
   */
  readScores(order: number[], units: readonly UnitResult[], shared: SharedCells): void {
    const { shown, scoreNumbers, width, known } = shared;
    const scores = this.scores;
    for (let k = 0; k < order.length; k++) {
      const at = order[k]! * width;
      const read = at + width <= known;
      for (let j = 0; j < shown.length; j++) {
        if (read) {
          const x = scoreNumbers[at + shown[j]!]!;
          if (x === x) {
            scores[j]![k] = x;
            continue;
          }
        }
        scores[j]![k] = shared.numberOf(units[order[k]!]!.scores[shown[j]!] ?? null);
      }
    }
  }
}
