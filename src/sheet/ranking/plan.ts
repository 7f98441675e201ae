import type { WritePlan } from '../plan';
import { awardSheetPlan } from './award-sheet';
import { rankingSheetPlan } from './ranking-sheet';
import type { RankingResult } from './types';

/** Both output sheets of the one-click ranking: 排名 and 表彰名单. */
export function rankingPlan(result: RankingResult, now: Date): WritePlan {
  return { sheets: [rankingSheetPlan(result, now), awardSheetPlan(result, now)] };
}
