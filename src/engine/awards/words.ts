import type { Bands } from '../bands';
import { gradeRank } from '../bands';
import { invalid } from '../errors';
import { parsePlaceCount, quotaShown } from '../quota';
import type { QuotaRounding } from '../scheme/types';
import type { AwardUnit } from './types';

/** The name of a category on the award list; '' (no category column) is all units. */
export function categoryLabel(category: string): string {
  return category === '' ? '全部单位' : category;
}

export function gradeName(gradeIndex: number | null, bands: Bands): string {
  return gradeIndex === null ? '未定等次' : (bands[gradeIndex]?.label ?? '未定等次');
}

/** A tier's minimum grade as a band index; null = any grade. */
export function minGradeIndex(label: string | null, bands: Bands, what: string): number | null {
  if (label === null || label.trim() === '') return null;
  const i = gradeRank(label, bands);
  if (i < 0)
    throw invalid(`${what}的最低等次“${label}”不是现有等次（${bands.map((b) => b.label).join('、')}）：请改为其中之一`);
  return i;
}

export function exclusionText(u: AwardUnit): string {
  return u.excludedReason ? `取消评优（${u.excludedReason}）` : '取消评优';
}

/** Why a unit's grade does not reach a minimum: "等次为良好，未达到一等奖要求的优秀". */
export function underGradedText(u: AwardUnit, award: string, minIndex: number | null, bands: Bands): string {
  return `等次为${gradeName(u.gradeIndex, bands)}，未达到${award}要求的${gradeName(minIndex, bands)}`;
}

export function names(units: readonly { name: string }[]): string {
  return units.map((u) => u.name).join('、');
}

/** Names shown for a group before "等 N 个单位": a note must not grow with the size of a tie. */
export const NAMES_SHOWN = 3;

/**
 * The others of a group, for one member's note: a few names, and how many there are in all
 * ("甲、乙、丙 等 9 个单位"). Linear in what it shows, not in the group.
 */
export function othersIn<T extends { id: number; name: string }>(group: readonly T[], self: number): string {
  const shown = group.slice(0, NAMES_SHOWN + 1).filter((u) => u.id !== self).slice(0, NAMES_SHOWN);
  const count = group.length - 1;
  return count > shown.length ? `${names(shown)} 等 ${count} 个单位` : names(shown);
}

/** A whole group named in one line: every name up to ten, then the first ten and the count. */
export function groupNames(units: readonly { name: string }[]): string {
  return units.length > 10 ? `${names(units.slice(0, 10))} 等 ${units.length} 个单位` : names(units);
}

/** Same name as a clerk writes it, ignoring full-width forms and spaces: the one key in cell.ts. */
export { textKey as nameKey } from '../cell';

/**
 * A place count read and explained for the award list:
 * "经济调节和经济管理类 7 个单位 × 40% = 2.8 → 3 名（四舍五入）", or "1 名" for a fixed count.
 */
export function readCount(
  text: string,
  size: number,
  mode: QuotaRounding,
  who: string,
  what: string,
): { count: number; shown: string } {
  let parsed;
  try {
    parsed = parsePlaceCount(text, size, mode);
  } catch (e) {
    throw invalid(`${what}的名额：${(e as Error).message}`);
  }
  if (parsed.share === null) return { count: parsed.count, shown: `${parsed.count} 名` };
  return { count: parsed.count, shown: `${who} ${quotaShown(size, parsed.share, mode, { of: '个单位', unit: '名' })}` };
}
