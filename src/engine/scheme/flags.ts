import { Band, bandsOfText, orderBands } from '../bands';
import { normaliseText, parseNumericText } from '../cell';
import { plain } from '../decimal';
import { invalid, isPerfError } from '../errors';
import { matchKey } from '../match';
import { canonicalCount, placeCountOf } from './access';
import type { AwardTier, PlaceAwardRule, Scheme } from './types';
import { METHOD_WORDS, ROUNDING_WORDS, choiceOf, choicesText } from './words';

export { bandsOf } from './access';

export type SchemeFlag = 'bands' | 'method' | 'deduction-cap' | 'bonus-cap' | 'decimals' | 'awards' | 'quota-rounding';

/** Words that switch a cap off on the command line. */
const NONE = new Set(['none', '无', '不设', '不限', 'null']);

/**
 * Apply command-line flags to a scheme; each flag overrides one setting, the rest of the
 * scheme stays. --awards replaces the place-award rules (一等奖…, 综合奖) and keeps the
 * 单项奖; --bands keeps the order written. Throws PerfError with a Chinese message for a bad
 * value. Pure: returns a new scheme. Name the flags in messages with locateInFlags.
 */
export function applySchemeFlags(scheme: Scheme, flags: Partial<Record<SchemeFlag, string>>): Scheme {
  const s: Scheme = structuredClone(scheme);
  if (flags.bands !== undefined)
    s.bands = bandsFlag(flags.bands).map((b) => ({ label: b.label, min: b.min === null ? null : plain(b.min) }));
  if (flags.method !== undefined) {
    const m = choiceOf(METHOD_WORDS, flags.method);
    if (!m) throw invalid(`--method 的值 “${flags.method}” 无法识别：请写 ${choicesText(METHOD_WORDS)}`);
    s.ranking.method = m;
  }
  if (flags['deduction-cap'] !== undefined) s.deductionCap = cap(flags['deduction-cap'], '--deduction-cap', '扣分上限');
  if (flags['bonus-cap'] !== undefined) s.bonusCap = cap(flags['bonus-cap'], '--bonus-cap', '加分上限');
  if (flags.decimals !== undefined) s.decimals = decimals(flags.decimals);
  if (flags['quota-rounding'] !== undefined) {
    const q = choiceOf(ROUNDING_WORDS, flags['quota-rounding']);
    if (!q) throw invalid(`--quota-rounding 的值 “${flags['quota-rounding']}” 无法识别：请写 ${choicesText(ROUNDING_WORDS)}`);
    s.awardSettings.quotaRounding = q;
  }
  if (flags.awards !== undefined) {
    const rule = parseAwardsText(flags.awards);
    s.awards = [rule, ...s.awards.filter((a) => a.kind !== 'places')];
  }
  return s;
}

/**
 * --bands in the order written: validateScheme checks that the bounds fall in that order
 * (best first) and that there are at least two bands, naming the flag through locateInFlags.
 */
export function bandsFlag(raw: string): Band[] {
  let bands: Band[];
  try {
    bands = bandsOfText(raw);
  } catch (e) {
    if (!isPerfError(e)) throw e;
    throw invalid(`--bands 中${e.message}`);
  }
  orderBands(bands, `--bands “${raw}”`);
  return bands;
}

function cap(raw: string, flag: string, what: string): string | null {
  if (NONE.has(matchKey(raw))) return null;
  const n = parseNumericText(raw);
  if (!n || n.percent || n.value.isNegative())
    throw invalid(`${flag} 的值 “${raw}” 不是${what}：请写 0 或正数（如 ${flag} 3），不设上限请写 none`);
  return plain(n.value);
}

function decimals(raw: string): number {
  const n = parseNumericText(raw);
  if (!n || n.percent || !n.value.isInteger() || n.value.isNegative() || n.value.gt(10))
    throw invalid(`--decimals 的值 “${raw}” 无法使用：请写 0 到 10 之间的整数，如 --decimals 2（总分四舍五入保留两位小数后再评等次和排名）`);
  return n.value.toNumber();
}

/**
 * "一等奖:1:优秀,二等奖:2:良好,三等奖:2:良好" → one place-award rule; a count may be a share
 * ("综合奖:20%:优秀"); the minimum grade may be left out ("一等奖:1"). Whether the grade is a
 * band of the scheme is checked by validateScheme.
 */
export function parseAwardsText(text: string): PlaceAwardRule {
  const parts = normaliseText(text)
    .split(/[,;、\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) throw invalid('--awards 为空：请写成 奖项:名额:最低等次，例如 "一等奖:1:优秀,二等奖:2:良好"');
  const tiers: AwardTier[] = parts.map((part) => {
    const f = part.split(':').map((x) => x.trim());
    const fix = `请写成 奖项:名额:最低等次，例如 "一等奖:1:优秀" 或 "综合奖:20%:优秀"（最低等次可省略）`;
    if (f.length < 2 || f.length > 3 || !f[0]) throw invalid(`--awards 中的 “${part}” 格式不对：${fix}`);
    const count = canonicalCount(f[1]);
    try {
      placeCountOf(count);
    } catch (e) {
      throw invalid(`--awards 中“${f[0]}”的名额 “${f[1]}” 无法使用：${(e as Error).message}`);
    }
    return { name: f[0], count, minGrade: f[2] ? f[2] : null };
  });
  return { kind: 'places', categories: [], tiers };
}
