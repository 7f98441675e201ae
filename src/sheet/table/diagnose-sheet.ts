import type { SheetData } from '../source-table';
import { draftColumns } from './draft-columns';
import { HEADER_SEARCH_ROWS } from './find-table';
import { headerCells, looksLikeSubHeader } from './header-layout';
import { isEmptySheet } from './grid';

/**
 * Why a sheet holds no summary table, for the clerk: the row that came closest to a
 * header, the headers seen there, and what was missing (a unit column, a score column).
 */
export function diagnoseSheet(sheet: SheetData): string {
  if (isEmptySheet(sheet)) return `工作表“${sheet.name}”是空的`;
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  let best: { row: number; seen: string[]; hasUnit: boolean; hasScore: boolean; known: number } | null = null;
  for (let row = 0; row < last; row++) {
    for (const twoRow of looksLikeSubHeader(sheet, row) ? [false, true] : [false]) {
      const drafts = draftColumns(headerCells(sheet, row, twoRow));
      if (drafts.length === 0) continue;
      const known = drafts.filter((d) => d.role !== null).length;
      const hasUnit = drafts.some((d) => d.role === 'unit');
      const hasScore = drafts.some((d) => d.role === 'total' || d.role === 'component' || d.group?.text.weight !== undefined);
      const score = known + (hasUnit ? 1 : 0) + (hasScore ? 1 : 0);
      if (!best || score > best.known) best = { row, seen: drafts.map((d) => d.header), hasUnit, hasScore, known: score };
    }
  }
  if (!best || best.known === 0) return `工作表“${sheet.name}”前 ${last} 行中没有可识别的表头`;
  const missing = [!best.hasUnit ? '单位列' : '', !best.hasScore ? '得分列（总分或写明权重的分项）' : ''].filter(Boolean).join('和');
  const seen = best.seen.slice(0, 12).map((h) => `“${h}”`).join('、') + (best.seen.length > 12 ? ' 等' : '');
  return `工作表“${sheet.name}”第 ${best.row + 1} 行最像表头（${seen}），但缺少${missing}`;
}
