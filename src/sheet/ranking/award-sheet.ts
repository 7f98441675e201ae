import { toExcel } from '../../engine/decimal';
import type { SheetPlan } from '../plan';
import { cell, finishSheet, printSetup, startSheet, totalFormat } from './sheet-layout';
import type { RankingResult } from './types';

/** The 表彰名单 sheet: grouped by award, in rank order, with how each count was reached. */
export function awardSheetPlan(result: RankingResult, now: Date, name = '表彰名单'): SheetPlan {
  const header = ['奖项', '序号', '单位', ...(result.hasCategory ? ['类别'] : []), '总分', '等次', '名次', '说明'];
  const frame = startSheet(`${result.sheet} 表彰名单`, result.sheet, now, header);
  const { rows, wide, headerRow, merges } = frame;


  if (result.scheme.awards.length === 0) {
    for (const s of result.summary) wide(s, 'warning');
    wide('可在“方案”工作表中设置奖项规则，或在命令行用 --awards 指定。', 'note');
  }
  const unitOf = new Map(result.units.map((u, id) => [id, u]));
  for (const line of result.awardLines) {
    const scope = line.kind === 'places' ? line.groupLabel : line.area ?? line.groupLabel;
    wide(`${line.award}${scope ? ` · ${scope}` : ''}：${line.countShown}${line.orderedBy ? `，按${line.orderedBy}` : ''}`, 'subtitle');
    line.recipients.forEach((r, i) => {
      const u = unitOf.get(r.id);
      const notes = [
        r.shared ? '并列共享名额' : '',
        r.passedFrom ? `由 ${r.passedFrom} 顺延` : '',
        r.value !== null ? `${line.orderedBy}：${r.value.toFixed()}` : '',
      ].filter((s) => s !== '');
      rows.push([
        cell(line.award),
        cell(i + 1, 'integer'),
        cell(r.name),
        ...(result.hasCategory ? [cell(r.category)] : []),
        cell(toExcel(r.total), 'number', totalFormat(r.total.decimalPlaces(), result.scheme.decimals)),
        cell(u?.grade ?? ''),
        cell(r.position, 'integer'),
        cell(notes.join('；'), 'note'),
      ]);
    });
    if (line.recipients.length === 0) wide('（无获奖单位）', 'note');
    for (const e of line.events) wide(e, 'note');
  }
  if (result.scheme.awards.length > 0) for (const s of result.summary) wide(s, 'scheme');

  const widths = [14, 6, 24, ...(result.hasCategory ? [22] : []), 10, 8, 6, 40];
  const heights = finishSheet(frame, widths);
  return {
    name,
    kind: 'awards',
    rows,
    merges,
    columnWidths: widths,
    rowHeights: heights,
    freeze: { rows: headerRow + 1, columns: 0 },
    print: printSetup(headerRow, 'portrait'),
  };
}
