import { postedPlan, receivedPlan, type PostedWritePlan } from '../../sheet/plan-post';
import type { SheetData } from '../../sheet/source-table';
import { rankView, type RankedView, type RankRequest, type RankView } from '../browser/rank-view';

/** What the Excel pane posts to its ranking worker. */
export interface RankJob {
  id: number;
  sheets: SheetData[];
  request: RankRequest;
}

/** A view as posted back: its plan's big sheets as blocks (see plan-post.ts). */
export type PostedView = Exclude<RankView, RankedView> | (Omit<RankedView, 'plan'> & { plan: PostedWritePlan });

export type RankAnswer = { id: number; view: PostedView } | { id: number; error: string };

/** The worker's side: the ranking of the posted sheets, ready to post back. */
export function answerRankJob(job: RankJob): RankAnswer {
  try {
    const view = rankView(job.sheets, job.request);
    return { id: job.id, view: view.ok ? { ...view, plan: postedPlan(view.plan) } : view };
  } catch (e) {
    return { id: job.id, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The page's side: the view as rankView gave it. */
export function receivedView(view: PostedView): RankView {
  return view.ok ? { ...view, plan: receivedPlan(view.plan) } : view;
}
