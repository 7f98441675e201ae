/**
 * The scheme (方案): everything about an evaluation that is not arithmetic.
 * One model for the command line, the 方案 sheet, the JSON file and the task pane.
 * JSON-serialisable: every number is a decimal string ("80", "0.5", "40%") so that
 * nothing is lost to binary floating point on the way through a file.
 *
 * Order of application (fixed): total → rounding → grade → veto effect →
 * forced distribution → ranking → awards.
 */
export type RankMethod = 'competition' | 'dense';
export type QuotaRounding = 'half-up' | 'down' | 'up';
export type VetoEffect = 'downgrade' | 'exclude' | 'both';

export interface SchemeBand {
  label: string;
  /** Lower bound, inclusive, as a decimal string; null for the bottom band. */
  min: string | null;
  /**
   * Upper bound, exclusive, when the office wrote one (the 方案 sheet's 上限 column).
   * Never used to grade: bands are lower-bound only. Validation checks it against the
   * next better band's lower bound and reports an overlap (error) or a gap (warning).
   */
  max?: string;
}

/**
 * A component of the total. `weight` is in the scheme's `weightUnit`:
 * percent of the total ("80" means 80%), or points of the full score.
 * Children split their parent's weight (their weights sum to the parent's).
 * `column` is the header text to match when it differs from `name`.
 */
export interface ComponentRule {
  name: string;
  weight: string;
  column?: string;
  children?: ComponentRule[];
}

/** A count of places: a whole number ("2") or a share of the category's units ("40%"). */
export type PlaceCount = string;

export interface AwardTier {
  name: string;
  /** One count for every category, or a count per category name. */
  count: PlaceCount | Record<string, PlaceCount>;
  /** Lowest grade that may receive it (a band label); null = any grade. */
  minGrade: string | null;
}

/**
 * Place awards (一等奖 1, 二等奖 2, 三等奖 2; 综合奖 40%/20%/20% per category): windows of
 * places within each category, in order. A place is 1 + the units strictly ahead.
 */
export interface PlaceAwardRule {
  kind: 'places';
  /** Limit the rule to these categories; empty = every category. */
  categories: string[];
  tiers: AwardTier[];
}

/**
 * A single-item award (单项奖), e.g. 招商引资奖: its own eligible units, count and
 * minimum grade, ranked by total or by a named column (the contribution to that area).
 */
export interface SingleAwardRule {
  kind: 'single';
  name: string;
  /** The area (方面) it belongs to, for the award list; optional. */
  area?: string;
  /** Unit names that may receive it; empty = every unit. */
  eligible: string[];
  count: PlaceCount;
  minGrade: string | null;
  /** Header of the column to rank by; null = the unit's total. */
  rankBy: string | null;
}

export type AwardRule = PlaceAwardRule | SingleAwardRule;

export interface AwardSettings {
  quotaRounding: QuotaRounding;
  /** A place whose unit is under-graded or excluded: left empty (default, as the seeds read) or passed down. */
  vacancy: 'empty' | 'pass-down';
  /** 综合奖 (place awards) and 单项奖 are not given to the same unit (不兼得). */
  exclusive: boolean;
  /** How many 单项奖 one unit may hold; null = no limit (the seeds are silent). */
  maxSinglePerUnit: number | null;
}

/** Forced distribution: at most `maxShare` of the units (per category or overall) get `grade`. */
export interface DistributionRule {
  grade: string;
  maxShare: string;
  scope: 'category' | 'all';
  rounding: QuotaRounding;
  /** Units tied at the cut: all keep the grade (include) or all lose it (exclude). */
  ties: 'include' | 'exclude';
}

/** A qualitative rating and the share of a task's points it earns (定性评价折算): "80%" (or "0.8"). */
export interface RatingShare {
  rating: string;
  share: string;
}

/** The points a leader's tier earns a county (seed 002 四(三)5: 对号到三个等次，相应赋分). */
export interface TierPoints {
  tier: string;
  points: string;
}

/** The points a rank position earns a department (seed 002 四(三)5: 由市绩效办统一设定排名对应的分值). */
export interface RankPoints {
  /** 1 = first place. */
  rank: number;
  points: string;
}

export interface Scheme {
  version: 1;
  name: string;
  /** Full score the components' points must add up to (when weightUnit is points). */
  fullScore: string;
  weightUnit: 'percent' | 'points';
  /** Empty: take the components and weights from the sheet's headers. */
  components: ComponentRule[];
  /** Best first, as written: each lower bound below the one before it, the bottom band (min null) last. */
  bands: SchemeBand[];
  deductionCap: string | null;
  bonusCap: string | null;
  /** Round totals half up to this many decimals before grading and ranking; null = keep all. */
  decimals: number | null;
  ranking: {
    method: RankMethod;
    byCategory: boolean;
    /** Headers of columns that break ties, in order (e.g. "重点工作目标"). */
    tieBreak: string[];
  };
  veto: { effect: VetoEffect };
  /** Category names the office uses; empty = whatever the data has. */
  categories: string[];
  awards: AwardRule[];
  awardSettings: AwardSettings;
  distribution: DistributionRule[];
  /**
   * Optional: 定性评价 → share of the points; absent = the built-in 好/较好/一般/差 = 100/80/60/0%.
   * On the 方案 sheet as PERF_评价比例, which the task sheets' formulas look the rating up in.
   */
  ratingShares?: RatingShare[];
  /** Optional: 档次 → points of the leader evaluation (counties); on 方案 as PERF_档次分值. */
  tierPoints?: TierPoints[];
  /** Optional: 名次 → points of the leader evaluation (departments); on 方案 as PERF_名次分值. */
  rankPoints?: RankPoints[];
}
