import { toExcel } from '../../engine/decimal';
import type { SheetPlan } from '../plan';
import { cell, totalFormat } from '../ranking/sheet-layout';
import type { RankingResult } from '../ranking/types';
import { PostedFrame, postedPrint, type PostedContext } from './posted-frame';
import { ruleLine } from './rule-line';

/** Places an award line gave fewer than its count: the posted list says so in one line, 核对 says why. */
export function vacantPlaces(line: RankingResult['awardLines'][number]): number {
  return Math.max(0, line.count - line.recipients.length);
}

/** 表彰名单, as posted: the winners only, by award and place; a vacancy is one line. */
export function awardSheetPlan(result: RankingResult, ctx: PostedContext, title: string, name = '表彰名单'): SheetPlan {
  const header = ['奖项', '序号', '单位', ...(result.hasCategory ? ['类别'] : []), '总分', '等次', '名次'];
  const frame = new PostedFrame(title, header);
  const unitOf = new Map(result.units.map((u, id) => [id, u]));
  if (result.awardLines.length === 0) frame.wide('本次考评未设奖项。', 'scheme');
  for (const line of result.awardLines) {
    const scope = line.kind === 'places' ? (result.hasCategory ? line.groupLabel : '') : (line.area ?? '');
    frame.wide(`${line.award}${scope ? `（${scope}）` : ''}`, 'subtitle');
    line.recipients.forEach((r, i) => {
      frame.rows.push([
        cell(line.award),
        cell(i + 1, 'integer'),
        cell(r.name),
        ...(result.hasCategory ? [cell(r.category)] : []),
        cell(toExcel(r.total), 'number', totalFormat(r.total.decimalPlaces(), result.scheme.decimals)),
        cell(unitOf.get(r.id)?.grade ?? '', 'integer'),
        cell(r.position, 'integer'),
      ]);
    });
    const vacant = vacantPlaces(line);
    if (vacant > 0) frame.wide(`${line.award}空缺 ${vacant} 名`, 'scheme');
  }
  frame.close(ctx, ruleLine(result));
  const widths = [16, 6, 26, ...(result.hasCategory ? [22] : []), 10, 8, 8];
  return {
    name,
    kind: 'awards',
    rows: frame.rows,
    merges: frame.merges,
    columnWidths: widths,
    rowHeights: frame.heights(widths),
    freeze: { rows: frame.headerRow + 1, columns: 0 },
    print: postedPrint(frame.headerRow, frame.width, ctx),
  };
}
