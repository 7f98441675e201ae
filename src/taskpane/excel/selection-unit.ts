import { matchKey } from '../../engine/match';
import type { PaneState } from '../browser/controller';

/** Column B: the unit's name on 排名 and on 表彰名单 (src/sheet/publish). */
const NAME_COLUMN = 1;

/**
 * 说明 follows the selection: the unit (its 0-based row of the summary table) whose row the
 * clerk selected, on the summary table itself or on a 排名 / 表彰名单 sheet PERF wrote; null
 * for any other cell (a header, a heading, another sheet).
 */
export function unitAtSelection(state: PaneState, sheet: string, row: number): number | null {
  const view = state.view;
  if (!view?.ok) return null;
  if (sheet === view.sheet) return view.units.find((u) => u.row === row)?.row ?? null;
  const posted = state.sheets.find((s) => s.name === sheet && (s.perfKind === 'ranking' || s.perfKind === 'awards'));
  const name = posted?.values[row]?.[NAME_COLUMN];
  if (!posted || typeof name !== 'string' || name.trim() === '') return null;
  const named = view.units.filter((u) => matchKey(u.name) === matchKey(name));
  if (named.length <= 1) return named[0]?.row ?? null;
  // the same name in two categories: the 类别 column beside it, else the category heading above the row
  const beside = posted.values[row]?.[NAME_COLUMN + 1];
  const byColumn = named.find((u) => typeof beside === 'string' && matchKey(beside) === matchKey(u.category));
  if (byColumn) return byColumn.row;
  for (let r = row - 1; r >= 0; r--) {
    const heading = posted.values[r]?.[0];
    if (typeof heading !== 'string') continue;
    const under = named.find((u) => u.category !== '' && heading.startsWith(`${u.category}（`));
    if (under) return under.row;
  }
  return null;
}
