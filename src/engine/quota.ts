import { normaliseText, parseNumericText } from './cell';
import { D, Dec, excelNumberText, show } from './decimal';
import { invalid } from './errors';
import type { QuotaRounding } from './scheme/types';

/** How a rounding mode is said on a sheet. */
export const QUOTA_ROUNDING_LABEL: Record<QuotaRounding, string> = {
  'half-up': '四舍五入',
  down: '向下取整',
  up: '向上取整',
};

function roundWhole(d: Dec, mode: QuotaRounding): Dec {
  const r = mode === 'half-up' ? D.ROUND_HALF_UP : mode === 'down' ? D.ROUND_DOWN : D.ROUND_UP;
  return d.toDecimalPlaces(0, r);
}

function checkRounding(mode: string): QuotaRounding {
  if (mode === 'half-up' || mode === 'down' || mode === 'up') return mode;
  throw invalid(`名额取整方式 “${mode}” 无法识别：请用 half-up（四舍五入）、down（向下取整）或 up（向上取整）`);
}

/**
 * Number of places: count × share, rounded half up (四舍五入, never banker's), down or up.
 * 7 × 40% = 2.8 → 3; 10 × 25% = 2.5 → 3.
 */
export function quota(count: Dec | number, share: Dec, mode: QuotaRounding = 'half-up'): number {
  const n = typeof count === 'number' ? new D(count) : count;
  if (!n.isFinite() || !n.isInteger() || n.isNegative())
    throw invalid(`参评单位数 ${typeof count === 'number' ? excelNumberText(count) : show(count)} 不是非负整数：请填写参评单位的个数，例如 7`);
  if (!share.isFinite() || share.isNegative() || share.gt(1))
    throw invalid(`比例 ${show(share.times(100))}% 不在 0%～100% 之间：请填写例如 40% 或 0.4`);
  return roundWhole(n.times(share), checkRounding(mode)).toNumber();
}

/** "40%" for 0.4. */
export function showPercent(share: Dec): string {
  return `${show(share.times(100))}%`;
}

/**
 * The one wording of a quota: "7 × 40% = 2.8 → 3（四舍五入）"; "10 × 30% = 3" when nothing was
 * rounded. `words` name what is counted: { of: '个单位', unit: '名' } gives
 * "7 个单位 × 40% = 2.8 → 3 名（四舍五入）", as the award list prints it.
 */
export function quotaShown(count: number, share: Dec, mode: QuotaRounding, words: { of?: string; unit?: string } = {}): string {
  const exact = new D(count).times(share);
  const places = quota(count, share, mode);
  const of = words.of ? ` ${words.of}` : '';
  const unit = words.unit ? ` ${words.unit}` : '';
  const head = `${count}${of} × ${showPercent(share)} = `;
  if (exact.eq(places)) return `${head}${places}${unit}`;
  return `${head}${show(exact)} → ${places}${unit}（${QUOTA_ROUNDING_LABEL[mode]}）`;
}

/** "2名", "２ 个" → "2": a place count without its unit word. */
export function withoutCountUnit(text: string): string {
  return normaliseText(text).replace(/\s*[名个]$/, '');
}

/**
 * A place count as a scheme or a tier row writes it: a whole number of places ("2", "２名"),
 * or a share of the category's units ("40%", "40％", or a fraction such as 0.4 — what a cell
 * formatted as a percentage holds). `categorySize` is the number of units of the category listed.
 * `share` is the share that was applied (null for a fixed count).
 */
export function parsePlaceCount(
  text: string,
  categorySize: number,
  mode: QuotaRounding = 'half-up',
): { count: number; shown: string; share: Dec | null } {
  const raw = withoutCountUnit(String(text));
  const n = parseNumericText(raw);
  const fix = '应写成名额数（如 2）或比例（如 40%）';
  if (!n) throw invalid(`名额 “${text}” 不是数字：${fix}`);
  if (n.value.isNegative()) throw invalid(`名额 “${text}” 是负数：${fix}`);
  if (n.percent || (n.value.gt(0) && n.value.lt(1))) {
    if (n.value.gt(1)) throw invalid(`名额比例 “${text}” 超过 100%：${fix}`);
    const count = quota(categorySize, n.value, mode);
    return { count, shown: quotaShown(categorySize, n.value, mode), share: n.value };
  }
  if (!n.value.isInteger()) throw invalid(`名额 “${text}” 不是整数：${fix}`);
  const count = n.value.toNumber();
  return { count, shown: `${count}`, share: null };
}
