import { VETO_WORDS } from '../../engine/scheme/words';
import { textConstant, type Operand } from './operand';
import { yesCondition } from './yes-condition';

/**
 * Conditions on 方案 settings, for formulas that follow the 方案 sheet as it is edited
 * (a template's summary, 套用 onto a workbook with a 方案 sheet). Each reads the setting
 * cell as PERF's 方案 reader does, so the native result and the one-click ranking agree.
 */

/** 分类排名 says 是 (blank and the no-words are 否, as the reader takes them). */
export function byCategoryCondition(cell: Operand): string {
  return yesCondition(cell);
}

/**
 * 一票否决效果 lowers the grade: every effect but 取消评优资格 (降低一个等次, 降低一个等次并
 * 取消评优资格, and blank, which the reader takes as the default 降低一个等次).
 */
export function vetoDowngradesCondition(cell: Operand): string {
  const exclude = VETO_WORDS.find((w) => w.value === 'exclude')!.aliases.map(textConstant).join(',');
  return `ISNA(MATCH(TRIM(${cell}&""),{${exclude}},0))`;
}
