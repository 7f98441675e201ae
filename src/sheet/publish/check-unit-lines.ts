import type { Dec } from '../../engine/decimal';
import { showFast } from '../../engine/fixed';
import { PieceColumn } from '../piece-column';
import type { CellStyle, PieceTexts, PlanCell } from '../plan';
import { explained, noteText, type UnitNote } from '../ranking/notes';
import type { UnitResult } from '../ranking/types';
import { awardsText } from '../ranking/awards-text';
import { textWidth } from '../text-width';
import { NOT_SCORED } from './ranking-columns';

export const NOT_RANKED = '未排名';

export const UNIT_STYLES: CellStyle[] = ['integer', 'text', 'text', 'integer', 'integer', 'text', 'note', 'note'];

/**
 * 三、各单位计算说明, one unit at a time: a small method that V8 optimises once and keeps (one
 * loop in the sheet's builder was re-optimised on every run). Lists are born holding texts.
 */
export class UnitLines {
  readonly ranks: PlanCell['value'][];
  readonly names: readonly string[];
  readonly categories: string[];
  readonly totals: string[];
  readonly grades: string[];
  readonly awards: string[];
  /** As pieces: most are tie sentences, one per unit, with no text made for each. */
  private readonly explanations: PieceColumn;
  readonly remarks: string[];
  totalWidest = textWidth(NOT_SCORED);
  awardWidest = 0;
  // the units of a large tie share one note (frozen, compute.ts), and so its sentence
  private readonly shared = new Map<UnitNote, string>();
  // units with the same total share its decimal (fixedToDec): each is written out once
  private readonly shownTotals = new Map<Dec, string>();
  // a unit's awards as one text: most units have none or one, a text the run already holds
  private readonly awardWidths = new Map<string, number>();
  private readonly parts: string[] = [];

  /** `names`: the units' names, by unit (RankingResult.names): 核对's column of names, and the first pieces of its explanations. */
  constructor(units: readonly UnitResult[], names: readonly string[]) {
    const n = units.length;
    const texts = () => new Array<string>(n).fill('');
    this.ranks = new Array<PlanCell['value']>(n).fill(null);
    this.names = names;
    this.categories = texts();
    this.totals = texts();
    this.grades = texts();
    this.awards = texts();
    // a tie sentence of two or three: 5 or 9 pieces (more are grown into)
    this.explanations = new PieceColumn(this.names, n, 8);
    this.remarks = texts();
  }

  /**
   * Every unit, in sheet order. The loop is a method of its own, so that 核对's builder, run once
   * a ranking, is never worth optimising (docs/limits.md: loops run once a run).
   */
  putAll(units: readonly UnitResult[]): void {
    for (let k = 0; k < units.length; k++) this.put(k, units[k]!);
  }

  put(k: number, u: UnitResult): void {
    this.ranks[k] = u.rank ?? NOT_RANKED;
    this.categories[k] = u.category;
    this.totals[k] = u.total === null ? NOT_SCORED : this.totalText(u.total);
    this.grades[k] = u.grade ?? '';
    this.awards[k] = this.awardText(u.awards);
    // a tie alone: its sentence, without making the note
    if (u.loneTieInto?.(this.explanations) !== true) this.explanations.row(this.explanation(u.notes));
    this.remarks[k] = u.remark ?? '';
  }

  /** The columns, once every unit is put. */
  columns(): (readonly PlanCell['value'][] | PieceTexts)[] {
    return [this.ranks, this.names, this.categories, this.totals, this.grades, this.awards, this.explanations.done(), this.remarks];
  }

  private textOf(n: UnitNote): string {
    if (!Object.isFrozen(n)) return noteText(n);
    let text = this.shared.get(n);
    if (text === undefined) this.shared.set(n, (text = noteText(n)));
    return text;
  }

  private explanation(notes: UnitNote[]): string {
    if (notes.length === 0) return '';
    if (notes.length === 1 && !(notes[0]!.kind === 'tie' && notes[0]!.sharesAward)) return this.textOf(notes[0]!);
    const parts = this.parts;
    parts.length = 0;
    for (const n of explained(notes)) parts.push(this.textOf(n));
    return parts.join('；');
  }

  private totalText(d: Dec): string {
    let text = this.shownTotals.get(d);
    if (text === undefined) {
      this.shownTotals.set(d, (text = showFast(d)));
      this.totalWidest = Math.max(this.totalWidest, textWidth(text));
    }
    return text;
  }

  private awardText(awards: string[]): string {
    if (awards.length === 0) return '';
    const text = awardsText(awards);
    let width = this.awardWidths.get(text);
    if (width === undefined) this.awardWidths.set(text, (width = textWidth(text)));
    if (width > this.awardWidest) this.awardWidest = width;
    return text;
  }
}
