import { MAX_SHEET_NAME } from '../../../sheet/targets';
import type { PaneState } from '../../browser/controller';

const SUFFIX = '（数值）';

/**
 * The name of a values-only copy: "排名（数值）", shortened to fit Excel's 31 characters, then
 * "排名（数值）(2)" … while the name is taken (Excel compares sheet names without case).
 */
export function valuesCopyName(sheet: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLocaleUpperCase()));
  const named = (number: string) => sheet.slice(0, MAX_SHEET_NAME - SUFFIX.length - number.length) + SUFFIX + number;
  let name = named('');
  for (let n = 2; used.has(name.toLocaleUpperCase()); n++) name = named(`(${n})`);
  return name;
}

/** Sheets offered for 转为数值: every sheet the clerk sees; the posted ones PERF wrote (排名, 表彰名单) are ticked first. */
export function copyChoices(state: PaneState): { name: string; ticked: boolean }[] {
  return state.sheets
    .filter((s) => s.perfKind !== 'record')
    .map((s) => ({ name: s.name, ticked: s.perfKind === 'ranking' || s.perfKind === 'awards' }));
}
