import { Cell, CellValue, normaliseText, parseNumericText, quote, readCell } from './cell';
import { matchKey } from './match';
import { D, Dec, show } from './decimal';
import { invalid, notEntered } from './errors';

/** A qualitative rating and the share of the points it earns (0.8 = 80%). */
export interface RatingEntry {
  label: string;
  share: Dec;
}
export type RatingTable = readonly RatingEntry[];

const FOUR_LEVELS = [new D(1), new D('0.8'), new D('0.6'), new D(0)];
const entries = (labels: string[]): RatingEntry[] => labels.map((label, i) => ({ label, share: FOUR_LEVELS[i] }));

/** 好/较好/一般/差, A/B/C/D and 优/良/中/差, each 100% / 80% / 60% / 0% (差 is 0 in both scales that use it). */
export const DEFAULT_RATING_TABLE: RatingTable = Object.freeze([
  ...entries(['好', '较好', '一般', '差']),
  ...entries(['A', 'B', 'C', 'D']),
  ...entries(['优', '良', '中']),
]);

const key = matchKey;

function tableText(table: RatingTable): string {
  return table.map((e) => `${e.label} ${show(e.share.times(100))}%`).join('、');
}

function checkTable(list: { label: string; share: Dec; percent: boolean }[], where: string): RatingTable {
  if (list.length === 0) throw invalid(`${where}为空：请写出各评价及其比例，例如 "好:100%,较好:80%,一般:60%,差:0"`);
  // Plain numbers above 1 mean the table is written in percent points (100, 80, 60, 0).
  const points = list.some((e) => !e.percent && e.share.gt(1));
  const seen = new Set<string>();
  return Object.freeze(
    list.map((e) => {
      const share = points && !e.percent ? e.share.div(100) : e.share;
      if (share.isNegative() || share.gt(1))
        throw invalid(`${where}中“${e.label}”的比例 ${show(share.times(100))}% 不在 0%～100% 之间：请填写如 80% 或 0.8`);
      if (seen.has(key(e.label))) throw invalid(`${where}中评价“${e.label}”出现了两次：每个评价只能写一次`);
      seen.add(key(e.label));
      return { label: e.label, share };
    }),
  );
}

/** A custom table written as text: "好:100%,较好:80%,一般:60%,差:0" (separators , ； 、 newline; : or =). */
export function parseRatingText(text: string): RatingTable {
  const parts = normaliseText(text)
    .split(/[,;、\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const list = parts.map((part) => {
    const m = /^(.+?)\s*[:=]\s*(.+)$/.exec(part);
    const n = m ? parseNumericText(m[2]) : null;
    if (!m || !n) throw invalid(`评价表“${part}”应写成 评价:比例，例如 "较好:80%"`);
    return { label: m[1].trim(), share: n.value, percent: n.percent };
  });
  return checkTable(list, '评价表');
}

const isNumber = (c: Cell): c is Extract<Cell, { kind: 'number' }> => c.kind === 'number';

/**
 * A custom table from a 2-column range (rating, share), either column order. A first row of two
 * headings (评价, 比例) is skipped; fully blank rows are skipped.
 */
export function ratingTableFromRows(rows: readonly (readonly CellValue[])[]): RatingTable {
  const list: { label: string; share: Dec; percent: boolean }[] = [];
  let first = true;
  rows.forEach((row, i) => {
    const a = readCell(row[0]);
    const b = readCell(row[1]);
    if (a.kind === 'blank' && b.kind === 'blank') return;
    const wasFirst = first;
    first = false;
    const shareFirst = isNumber(a) && !isNumber(b) && b.kind !== 'blank';
    const labelCell = shareFirst ? b : a;
    const shareCell = shareFirst ? a : b;
    const shareRaw = row[shareFirst ? 0 : 1];
    if (wasFirst && labelCell.kind === 'text' && shareCell.kind === 'text') return;
    if (labelCell.kind === 'blank') throw invalid(`评价表第${i + 1}行缺少评价名称：每行写 评价 和 比例`);
    const label = labelCell.kind === 'text' ? labelCell.text : labelCell.kind === 'number' ? labelCell.value.toFixed() : String(labelCell.value).toUpperCase();
    if (shareCell.kind === 'blank') throw notEntered(`评价表第${i + 1}行“${label}”的比例为空：尚未填写`);
    if (!isNumber(shareCell)) throw invalid(`评价表第${i + 1}行“${label}”的比例 ${quote(shareRaw)} 不是数字：请填写如 80% 或 0.8`);
    list.push({ label, share: shareCell.value, percent: shareCell.percent });
  });
  return checkTable(list, '评价表');
}

/** RATING: points × the share of `rating` in `table` (the default table when null). */
export function ratingScore(rating: string, points: Dec, table: RatingTable | null = null): Dec {
  if (points.isNegative()) throw invalid(`分值为 ${show(points)}，不能为负数：请填写该指标的分值（如 10）`);
  const t = table ?? DEFAULT_RATING_TABLE;
  const entry = t.find((e) => key(e.label) === key(rating));
  if (!entry) throw invalid(`评价“${rating}”不在评价表中：可用的评价有 ${tableText(t)}`);
  return points.times(entry.share);
}
