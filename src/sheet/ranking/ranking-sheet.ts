import { noteText } from './notes';
import { Dec, toExcel } from '../../engine/decimal';
import type { PlanCell, SheetPlan } from '../plan';
import { warningLine } from '../warning';
import { describeScheme } from './scheme-summary';
import { cell, finishSheet, printSetup, startSheet, totalFormat } from './sheet-layout';
import type { RankingResult, UnitResult } from './types';

const num = (d: Dec | null, fmt?: string): PlanCell => (d === null ? cell(null, 'number') : cell(toExcel(d), 'number', fmt));

function byRank(a: UnitResult, b: UnitResult): number {
  if (a.rank === null || b.rank === null) return a.rank === null ? (b.rank === null ? a.row - b.row : 1) : -1;
  return a.rank - b.rank || a.row - b.row;
}

/** The 排名 sheet: one row per unit, grouped by category (source order), then by rank. */
export function rankingSheetPlan(result: RankingResult, now: Date, name = '排名'): SheetPlan {
  const hasDeduction = result.units.some((u) => u.deduction !== null);
  const hasBonus = result.units.some((u) => u.bonus !== null);
  const header = [
    '排名',
    '单位',
    ...(result.hasCategory ? ['类别'] : []),
    ...result.components.map((c) => c.header),
    ...(hasDeduction ? ['扣分'] : []),
    ...(hasBonus ? ['加分'] : []),
    '总分',
    '等次',
    '奖项',
    '说明',
  ];
  const frame = startSheet(`${result.sheet} 绩效考评排名`, result.sheet, now, header);
  const { rows, merges, wide, headerRow, width } = frame;


  const totalDecimals = (d: Dec) => totalFormat(d.decimalPlaces(), result.scheme.decimals);
  const grouped = result.categories.map((c) => result.units.filter((u) => u.category === c).sort(byRank));
  grouped.forEach((units, i) => {
    if (result.hasCategory) wide(`${result.categories[i]}（${units.length} 个单位）`, 'subtitle');
    for (const u of units) {
      rows.push([
        u.rank === null ? cell('未排名', 'warning') : cell(u.rank, 'integer'),
        cell(u.name),
        ...(result.hasCategory ? [cell(u.category)] : []),
        ...u.scores.map((s) => num(s)),
        ...(hasDeduction ? [num(u.deduction)] : []),
        ...(hasBonus ? [num(u.bonus)] : []),
        u.total === null ? cell('未计分', 'warning') : num(u.total, totalDecimals(u.total)),
        cell(u.grade ?? '', u.grade ? 'text' : 'warning'),
        cell(u.awards.join('、')),
        cell(u.notes.map(noteText).join('；'), 'note'),
      ]);
    }
  });

  rows.push([]);
  wide('计算方案', 'header');
  for (const line of describeScheme(result)) wide(line, 'scheme');
  for (const line of result.summary) wide(line, 'scheme');
  if (result.warnings.length > 0) {
    rows.push([]);
    wide(`需要核对的问题（${result.warnings.length} 条）`, 'header');
    for (const w of result.warnings) wide(warningLine(w), 'warning');
  }
  const widths = [6, 20, ...(result.hasCategory ? [22] : []), ...result.components.map(() => 11), ...(hasDeduction ? [7] : []), ...(hasBonus ? [7] : []), 10, 7, 12, 40];
  const heights = finishSheet(frame, widths);
  return {
    name,
    kind: 'ranking',
    rows,
    merges,
    columnWidths: widths,
    rowHeights: heights,
    freeze: { rows: headerRow + 1, columns: 0 },
    print: printSetup(headerRow, width > 9 ? 'landscape' : 'portrait'),
  };
}

