/**
 * The ranking as plain data: what the worker posts back (Decimal objects do not survive
 * structured cloning) and what every step of the pane shows.
 */
import { show, type Dec } from '../../engine/decimal';
import { showFast } from '../../engine/fixed';
import type { WritePlan } from '../../sheet/plan';
import { contribution } from '../../sheet/ranking/components';
import type { SheetData } from '../../sheet/source-table';
import { readReportLines, type ReadReport } from '../../sheet/table/read-report';
import type { Warning } from '../../sheet/warning';
import { runRanking } from '../../workflow/rank';
import { PANE_SCHEME_FILE } from './adapter';
import { explained, noteText } from '../../sheet/ranking/notes';

export type { ReadReport };

export interface ComponentView {
  header: string;
  /** "80%" or "30分". */
  weight: string;
  /** 0-based column of the summary sheet. */
  col: number;
}

export interface UnitView {
  /** 0-based sheet row of the unit in the summary table. */
  row: number;
  name: string;
  category: string;
  total: string | null;
  grade: string | null;
  rank: number | null;
  awards: string[];
  excluded: boolean;
  veto: boolean;
  notes: string[];
  /** Per component, as RankView.components: the score read and what it adds to the total. */
  scores: (string | null)[];
  contributions: (string | null)[];
  deduction: string | null;
  bonus: string | null;
}

export interface RankedView {
  ok: true;
  sheet: string;
  units: UnitView[];
  components: ComponentView[];
  hasCategory: boolean;
  categories: string[];
  /** Band labels, best first. */
  grades: string[];
  warnings: Warning[];
  summary: string[];
  schemeSource: string;
  read: ReadReport;
  readLines: string[];
  plan: WritePlan;
}

export interface FailedView {
  ok: false;
  problems: Warning[];
  read: ReadReport | null;
  readLines: string[];
}

export type RankView = RankedView | FailedView;

export interface RankRequest {
  /** The pane's edited scheme as 方案.json text; absent: the workbook's 方案 sheet, else the defaults. */
  schemeText?: string;
  /** The sheet the clerk chose to rank; absent: the one sheet that holds a summary table. */
  sheet?: string;
  /** Milliseconds since the epoch: when the run happens, for the printed sheets. */
  now: number;
}


/** runRanking over the sheets, as plain data. */
export function rankView(sheets: SheetData[], request: RankRequest): RankView {
  const outcome = runRanking(sheets, {
    schemeFile: request.schemeText === undefined ? undefined : { name: PANE_SCHEME_FILE, text: request.schemeText },
    sheet: request.sheet,
    now: new Date(request.now),
  });
  const readLines = outcome.read ? readReportLines(outcome.read) : [];
  if (!outcome.ok) return { ok: false, problems: outcome.problems, read: outcome.read, readLines };
  const r = outcome.result;
  // units share their scores' and totals' decimals (one per value): each is written out once
  const shown = new Map<Dec, string>();
  const text = (d: Dec | null): string | null => {
    if (d === null) return null;
    let t = shown.get(d);
    if (t === undefined) shown.set(d, (t = showFast(d)));
    return t;
  };
  const added = r.components.map(() => new Map<Dec, string>());
  const contributionText = (i: number, s: Dec | null): string | null => {
    if (s === null) return null;
    let t = added[i]!.get(s);
    if (t === undefined) added[i]!.set(s, (t = show(contribution(r.components[i]!, s))));
    return t;
  };
  return {
    ok: true,
    sheet: r.sheet,
    units: r.units.map((u) => ({
      row: u.row,
      name: u.name,
      category: u.category,
      total: text(u.total),
      grade: u.grade,
      rank: u.rank,
      awards: u.awards,
      excluded: u.excluded,
      veto: u.veto,
      notes: explained(u.notes).map(noteText),
      scores: u.scores.map(text),
      contributions: u.scores.map((s, i) => contributionText(i, s)),
      deduction: text(u.deduction),
      bonus: text(u.bonus),
    })),
    components: r.components.map((c) => ({ header: c.header, weight: `${show(c.weight)}${c.unit === 'percent' ? '%' : '分'}`, col: c.col })),
    hasCategory: r.hasCategory,
    categories: r.categories,
    grades: r.scheme.bands.map((b) => b.label),
    warnings: outcome.warnings,
    summary: r.summary,
    schemeSource: r.schemeSource,
    read: outcome.read,
    readLines,
    plan: outcome.plan,
  };
}
