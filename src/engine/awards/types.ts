import type { Dec } from '../decimal';
import type { Bands } from '../bands';
import type { AwardRule, AwardSettings } from '../scheme/types';

/** A unit as the award engine sees it; the ranking core computes every field. */
export interface AwardUnit {
  id: number;
  name: string;
  /** Category name; '' when the sheet has no category column (all units together). */
  category: string;
  /** null = not scored: never awarded, never takes a place. */
  total: Dec | null;
  /** Band index of the final grade (0 = best); null when not scored. */
  gradeIndex: number | null;
  /** Competition place within the category (1 + units strictly ahead); null when not ranked. */
  place: number | null;
  /** 取消评优 or a veto that cancels eligibility. */
  excluded: boolean;
  excludedReason?: string;
  /** Values of named columns, for 单项奖 ranked by a column (blank = null). */
  columns: Record<string, Dec | null>;
}

export interface AwardInput {
  units: AwardUnit[];
  rules: AwardRule[];
  settings: AwardSettings;
  bands: Bands;
}

/** A unit that received the award of a line. */
export interface AwardRecipient {
  id: number;
  name: string;
  category: string;
  /** Place within the category (place awards), or position in the award's order (单项奖, competition style). */
  position: number;
  total: Dec;
  /** The rankBy column's value for a 单项奖 ranked by a column; null otherwise. */
  value: Dec | null;
  /** Shares the award with units tied at the cut, beyond the count. */
  shared: boolean;
  /** Got it because a better-placed unit was passed over (顺延). */
  passedFrom: string | null;
}

/** A place of the count that no unit received. */
export interface AwardVacancy {
  /** The place (place awards) or null (单项奖 with too few candidates). */
  place: number | null;
  /** The unit that held the place but could not receive it; null when no unit held it. */
  unitId: number | null;
  unitName: string | null;
  reason: string;
}

/** A unit passed over (顺延): its award went to `toName`, or to nobody. */
export interface AwardPass {
  fromId: number;
  fromName: string;
  reason: string;
  toId: number | null;
  toName: string | null;
}

/** A unit on the eligible list that was not a candidate, and why. */
export interface AwardNonCandidate {
  id: number;
  name: string;
  reason: string;
}

/**
 * One award in one category: what the award list (表彰名单) prints for it.
 * `events` holds every Chinese sentence worth printing under the block (count computation,
 * ties shared, vacancies, passes, exclusivity moves, names not found).
 */
export interface AwardLine {
  kind: 'places' | 'single';
  award: string;
  /** 单项奖's area (方面), or null. */
  area: string | null;
  /** Category of a place award; null for a 单项奖 (drawn across its eligible list). */
  category: string | null;
  /** How the group is named on the sheet: the category, "全部单位", or the 单项奖's area. */
  groupLabel: string;
  ruleIndex: number;
  tierIndex: number | null;
  /** The count as the scheme wrote it ("2", "40%"). */
  countText: string;
  /** The number of places it produced. */
  count: number;
  /** How the count was computed: "经济调节和经济管理类 7 个单位 × 40% = 2.8 → 3 名（四舍五入）" or "1 名". */
  countShown: string;
  /** The window of places (place awards, nominal); null for a 单项奖. */
  window: { from: number; to: number } | null;
  /** What the order is by: "名次" or "总分" or the column's header. */
  orderedBy: string;
  recipients: AwardRecipient[];
  vacancies: AwardVacancy[];
  passes: AwardPass[];
  notCandidates: AwardNonCandidate[];
  events: string[];
}

export interface AwardOutcome {
  /** Every unit's awards (place awards first, then 单项奖 in rule order); get gives [] for none, and only units with some are listed. */
  awards: Map<number, string[]>;
  /** Every unit's award notes (Chinese sentences); get gives [] for none, and only units with some are listed. */
  notes: Map<number, string[]>;
  lines: AwardLine[];
  /** Sentences about the whole run (no rule set, the vacancy and exclusivity settings applied, …). */
  summary: string[];
}
