import { toExcelFast } from '../../engine/fixed';
import type { SheetPlan } from '../plan';
import { totalFormat } from '../ranking/sheet-layout';
import type { RankingResult } from '../ranking/types';
import { PostedFrame, type PostedContext } from './posted-frame';
import { ruleLine } from './rule-line';
import { fitWidth } from '../text-width';

/** Places an award line gave fewer than its count: the posted list says so in one line, 核对 says why. */
export function vacantPlaces(line: RankingResult['awardLines'][number]): number {
  return Math.max(0, line.count - line.recipients.length);
}

/** 表彰名单, as posted: the winners only, by award and place; a vacancy is one line. */
export function awardSheetPlan(result: RankingResult, ctx: PostedContext, title: string, name = '表彰名单'): SheetPlan {
  // each block's heading names the award (and the category of a place award): only a 单项奖, drawn across categories, lists them
  const categoryColumn = result.hasCategory && result.awardLines.some((l) => l.kind === 'single');
  const header = ['序号', '单位', ...(categoryColumn ? ['类别'] : []), '总分', '等次', '名次'];
  const frame = new PostedFrame(title, header);
  if (result.awardLines.length === 0) frame.wide('本次考评未设奖项。', 'scheme');
  for (const line of result.awardLines) {
    const scope = line.kind === 'places' ? (result.hasCategory ? line.groupLabel : '') : (line.area ?? '');
    frame.heading(`${line.award}${scope ? `（${scope}）` : ''}`);
    const won = line.recipients;
    frame.block(
      [
        { style: 'integer', values: won.map((_, i) => i + 1) },
        { style: 'text', values: won.map((r) => r.name) },
        ...(categoryColumn ? [{ style: 'text' as const, values: won.map((r) => r.category) }] : []),
        { style: 'number', values: Float64Array.from(won, (r) => toExcelFast(r.total)), numFmts: won.map((r) => totalFormat(r.total.decimalPlaces(), result.scheme.decimals)) },
        { style: 'integer', values: won.map((r) => result.units[r.id]?.grade ?? '') },
        { style: 'integer', values: won.map((r) => r.position) },
      ],
      won.length,
    );
    const vacant = vacantPlaces(line);
    if (vacant > 0) frame.wide(`${line.award}空缺 ${vacant} 名`, 'scheme');
  }
  frame.close(ctx, ruleLine(result));
  const names = result.awardLines.flatMap((l) => l.recipients.map((r) => r.name));
  const widths = [6, fitWidth(names, 12, 26), ...(categoryColumn ? [fitWidth(result.categories, 6, 22)] : []), 10, 8, 8];
  return frame.plan(name, 'awards', widths, ctx);
}
