import type { OfficeSettings } from '../../engine/scheme/office';
import type { WritePlan } from '../plan';
import { awardSheetPlan } from '../publish/award-sheet';
import { checkSheetPlan, type SchemeOrigin } from '../publish/check-sheet';
import { postedTitles, type PostedContext } from '../publish/posted-frame';
import { rankingSheetPlan } from '../publish/ranking-sheet';
import { snapshotOf, verificationCode, type Sha256 } from '../publish/snapshot';
import type { ReadReport } from '../table/read-report';
import type { RankingResult } from './types';

export interface PlanContext {
  now: Date;
  read: ReadReport;
  office: OfficeSettings;
  /** Where a later check finds the scheme again: the 方案 sheet, or the copy kept on 核对. */
  origin: SchemeOrigin;
  /** A faster SHA-256 from the host for the 校验码 (same code); else the host-free one. */
  digest?: Sha256;
}

/** The sheets of the one-click ranking: 排名 and 表彰名单 (posted), 核对 (the clerk's, not posted). */
export function rankingPlan(result: RankingResult, ctx: PlanContext): WritePlan {
  const snapshot = snapshotOf(result);
  const code = verificationCode(snapshot, ctx.digest);
  const base = ctx.office.title ?? result.table.title ?? `${result.sheet}绩效考评`;
  const titles = postedTitles(base);
  const posted: PostedContext = { title: base, office: ctx.office, code, now: ctx.now };
  return {
    sheets: [
      rankingSheetPlan(result, posted, titles.ranking),
      awardSheetPlan(result, posted, titles.awards),
      checkSheetPlan({ result, read: ctx.read, code, snapshot, origin: ctx.origin, now: ctx.now }),
    ],
  };
}
