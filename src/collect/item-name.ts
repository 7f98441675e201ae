import type { CellValue } from '../engine/cell';
import { matchKey } from '../engine/match';
import { headerText } from '../sheet/table';

/** Words after an indicator's name that say "its score", not which indicator: 遵纪守法得分 = 遵纪守法. */
const SCORE_SUFFIX = /(评估得分|考核得分|考评得分|评价得分|自评得分|最终得分|得分|评分|分数|分值|成绩)$/;

/** Headers that name no indicator at all: the file name must say which one it is. */
const GENERIC = new Set(['', '得分', '评分', '分数', '分值', '成绩', '考核得分', '评估得分', '考评得分', '评价得分', '自评得分', '最终得分', '总分', '合计', '得分合计']);

/**
 * The key an indicator is matched under, from a header: its weight taken out (the ranking's
 * header reading), a score suffix taken off, then the one matching rule. "遵纪守法得分(1分)"
 * and "遵纪守法（1分）" are the same item.
 */
export function itemKey(header: CellValue): string {
  const name = headerText(header).name;
  const stripped = name.replace(SCORE_SUFFIX, '');
  return matchKey(stripped === '' ? name : stripped);
}

/** Whether a header says only "a score" (得分, 分数): the indicator is named elsewhere. */
export function isGenericScoreHeader(header: CellValue): boolean {
  return GENERIC.has(matchKey(headerText(header).name));
}

/** A file's name without folders and extension: "2025/监察局-共性目标.xlsx" → "监察局-共性目标". */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}
