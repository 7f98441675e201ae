import { invalid } from '../errors';
import { canonicalCount, canonicalNumber, canonicalShare } from './access';
import { DISTRIBUTION_DEFAULTS, defaultScheme } from './defaults';
import { Choice, METHOD_WORDS, ROUNDING_WORDS, SCOPE_WORDS, TIES_WORDS, VACANCY_WORDS, VETO_WORDS, WEIGHT_UNIT_WORDS, choiceOf } from './words';
import type {
  AwardRule,
  AwardSettings,
  AwardTier,
  ComponentRule,
  DistributionRule,
  PlaceCount,
  RankPoints,
  RatingShare,
  Scheme,
  SchemeBand,
  TierPoints,
} from './types';

/**
 * The scheme as a JSON file (perf scheme export|import): pretty, keys in a fixed order,
 * Chinese kept as is, numbers as decimal strings. Reading checks the shape and names the
 * JSON path of anything wrong; values (a weight that is not a number, an unknown method)
 * are left for validateScheme to report.
 */
export const SCHEME_VERSION = 1;

export function schemeToJson(s: Scheme): string {
  return JSON.stringify(shapeScheme(s), null, 2) + '\n';
}

export function schemeFromJson(text: string): Scheme {
  return readSchemeJson(text).scheme;
}

/**
 * A scheme file, and what the reader passed over: a file from a newer PERF (a higher
 * version) may carry blocks this version does not know; they are left out with a
 * sentence each, and the rules it knows are read as usual.
 */
export function readSchemeJson(text: string): { scheme: Scheme; passedOver: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw invalid(`方案文件不是有效的 JSON（${(e as Error).message}）：请用 perf scheme export 重新导出，或检查是否缺少逗号、引号或括号`);
  }
  const version = raw !== null && typeof raw === 'object' ? (raw as Obj).version : undefined;
  passedOver = typeof version === 'number' && version > SCHEME_VERSION ? [] : null;
  try {
    return { scheme: shapeScheme(raw), passedOver: passedOver ?? [] };
  } finally {
    passedOver = null;
  }
}

/** While a newer file is read: the unknown keys passed over (else null: an unknown key is a mistake). */
let passedOver: string[] | null = null;

type Obj = Record<string, unknown>;

const HINT = '请用 perf scheme export 导出的文件作为样例修改';

function fail(path: string, message: string): never {
  throw invalid(`方案文件中 ${path || '（根）'} ${message}：${HINT}`);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return '数组';
  if (typeof v === 'object') return '对象';
  if (typeof v === 'string') return `文字 ${JSON.stringify(v)}`;
  return `${typeof v === 'number' ? '数字' : typeof v === 'boolean' ? '布尔值' : typeof v} ${String(v)}`;
}

/** Keys starting with $ or _ are annotations (e.g. "$schema", "_说明"), ignored. Any other unknown key is a mistake worth stopping for. */
function object(v: unknown, path: string, known: readonly string[]): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(path, `应为对象 {…}，实际是${typeName(v)}`);
  const o = v as Obj;
  for (const k of Object.keys(o)) {
    if (k.startsWith('$') || k.startsWith('_') || known.includes(k)) continue;
    if (passedOver) {
      passedOver.push(`方案文件中 ${join(path, k)} 是较新版本 PERF 的设置，本版本不认识，已忽略：请升级 PERF 以使用它`);
      continue;
    }
    fail(join(path, k), `是不认识的项（可用的项：${known.join('、')}）。如是注释，请以 _ 开头命名`);
  }
  return o;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function has(o: Obj, k: string): boolean {
  return o[k] !== undefined;
}

function text(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, `应为文字，实际是${typeName(v)}`);
  return v;
}

/** A number as a decimal string; JSON numbers are accepted and written back as strings. */
function decimal(v: unknown, path: string): string {
  if (typeof v === 'number' && Number.isFinite(v)) return canonicalNumber(String(v));
  if (typeof v !== 'string') fail(path, `应为数字（写成文字，如 "80"），实际是${typeName(v)}`);
  return canonicalNumber(v);
}

function nullable<T>(v: unknown, read: (v: unknown) => T): T | null {
  return v === null ? null : read(v);
}

function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, `应为 true 或 false，实际是${typeName(v)}`);
  return v;
}

function int(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(path, `应为整数，实际是${typeName(v)}`);
  return v;
}

function list<T>(v: unknown, path: string, read: (item: unknown, path: string) => T): T[] {
  if (!Array.isArray(v)) fail(path, `应为数组 […]，实际是${typeName(v)}`);
  return v.map((item, i) => read(item, `${path}[${i}]`));
}

/** A setting's word: its id, label or an alias (the one word table, words.ts) becomes the id; anything else stays for validateScheme to report. */
function word<T extends string>(choices: readonly Choice<T>[], v: unknown, path: string): T {
  const t = text(v, path);
  return choiceOf(choices, t) ?? (t as T);
}

function texts(v: unknown, path: string): string[] {
  return list(v, path, text);
}

function shapeScheme(v: unknown): Scheme {
  const d = defaultScheme();
  const o = object(v, '', [
    'version', 'name', 'fullScore', 'weightUnit', 'components', 'bands', 'deductionCap', 'bonusCap',
    'decimals', 'ranking', 'veto', 'categories', 'awards', 'awardSettings', 'distribution', 'ratingShares', 'tierPoints', 'rankPoints',
  ]);
  if (has(o, 'version')) {
    const version = int(o.version, 'version');
    if (version < 1) throw invalid(`方案文件的版本是 ${version}，不是 PERF 导出的版本号（从 1 开始）：${HINT}`);
  }
  const ranking = has(o, 'ranking') ? object(o.ranking, 'ranking', ['method', 'byCategory', 'tieBreak']) : {};
  const veto = has(o, 'veto') ? object(o.veto, 'veto', ['effect']) : {};
  return {
    version: 1,
    name: has(o, 'name') ? text(o.name, 'name') : d.name,
    fullScore: has(o, 'fullScore') ? decimal(o.fullScore, 'fullScore') : d.fullScore,
    weightUnit: has(o, 'weightUnit') ? word(WEIGHT_UNIT_WORDS, o.weightUnit, 'weightUnit') : d.weightUnit,
    components: has(o, 'components') ? list(o.components, 'components', shapeComponent) : d.components,
    bands: has(o, 'bands') ? list(o.bands, 'bands', shapeBand) : d.bands,
    deductionCap: has(o, 'deductionCap') ? nullable(o.deductionCap, (x) => decimal(x, 'deductionCap')) : d.deductionCap,
    bonusCap: has(o, 'bonusCap') ? nullable(o.bonusCap, (x) => decimal(x, 'bonusCap')) : d.bonusCap,
    decimals: has(o, 'decimals') ? nullable(o.decimals, (x) => int(x, 'decimals')) : d.decimals,
    ranking: {
      method: has(ranking, 'method') ? word(METHOD_WORDS, ranking.method, 'ranking.method') : d.ranking.method,
      byCategory: has(ranking, 'byCategory') ? bool(ranking.byCategory, 'ranking.byCategory') : d.ranking.byCategory,
      tieBreak: has(ranking, 'tieBreak') ? texts(ranking.tieBreak, 'ranking.tieBreak') : d.ranking.tieBreak,
    },
    veto: { effect: has(veto, 'effect') ? word(VETO_WORDS, veto.effect, 'veto.effect') : d.veto.effect },
    categories: has(o, 'categories') ? texts(o.categories, 'categories') : d.categories,
    awards: has(o, 'awards') ? list(o.awards, 'awards', shapeAward) : d.awards,
    awardSettings: shapeAwardSettings(o.awardSettings, d.awardSettings),
    distribution: has(o, 'distribution') ? list(o.distribution, 'distribution', shapeDistribution) : d.distribution,
    // optional tables: absent stays absent (the built-in shares, the sheet's own points)
    ...(has(o, 'ratingShares') ? { ratingShares: list(o.ratingShares, 'ratingShares', shapeRatingShare) } : {}),
    ...(has(o, 'tierPoints') ? { tierPoints: list(o.tierPoints, 'tierPoints', shapeTierPoints) } : {}),
    ...(has(o, 'rankPoints') ? { rankPoints: list(o.rankPoints, 'rankPoints', shapeRankPoints) } : {}),
  };
}

function shapeRatingShare(v: unknown, path: string): RatingShare {
  const o = object(v, path, ['rating', 'share']);
  if (!has(o, 'rating')) fail(join(path, 'rating'), '缺少（每行定性评价都要有评价，如 "较好"）');
  if (!has(o, 'share')) fail(join(path, 'share'), '缺少（每行定性评价都要有比例，如 "80%"）');
  return { rating: text(o.rating, join(path, 'rating')), share: canonicalShare(decimal(o.share, join(path, 'share'))) };
}

function shapeTierPoints(v: unknown, path: string): TierPoints {
  const o = object(v, path, ['tier', 'points']);
  if (!has(o, 'tier')) fail(join(path, 'tier'), '缺少（每个档次都要有名称，如 "一档"）');
  if (!has(o, 'points')) fail(join(path, 'points'), '缺少（每个档次都要有分值，如 "100"）');
  return { tier: text(o.tier, join(path, 'tier')), points: decimal(o.points, join(path, 'points')) };
}

function shapeRankPoints(v: unknown, path: string): RankPoints {
  const o = object(v, path, ['rank', 'points']);
  if (!has(o, 'rank')) fail(join(path, 'rank'), '缺少（每行都要有名次，如 1）');
  if (!has(o, 'points')) fail(join(path, 'points'), '缺少（每个名次都要有分值，如 "100"）');
  return { rank: int(o.rank, join(path, 'rank')), points: decimal(o.points, join(path, 'points')) };
}

function shapeComponent(v: unknown, path: string): ComponentRule {
  const o = object(v, path, ['name', 'weight', 'column', 'children']);
  if (!has(o, 'name')) fail(join(path, 'name'), '缺少（每个考核构成都要有名称）');
  if (!has(o, 'weight')) fail(join(path, 'weight'), '缺少（每个考核构成都要有权重或分值）');
  const c: ComponentRule = { name: text(o.name, join(path, 'name')), weight: decimal(o.weight, join(path, 'weight')) };
  if (has(o, 'column')) c.column = text(o.column, join(path, 'column'));
  if (has(o, 'children')) {
    const children = list(o.children, join(path, 'children'), shapeComponent);
    if (children.length > 0) c.children = children;
  }
  return c;
}

function shapeBand(v: unknown, path: string): SchemeBand {
  const o = object(v, path, ['label', 'min', 'max']);
  if (!has(o, 'label')) fail(join(path, 'label'), '缺少（每个等次都要有名称）');
  const b: SchemeBand = {
    label: text(o.label, join(path, 'label')),
    min: has(o, 'min') ? nullable(o.min, (x) => decimal(x, join(path, 'min'))) : null,
  };
  if (has(o, 'max') && o.max !== null) b.max = decimal(o.max, join(path, 'max'));
  return b;
}

function count(v: unknown, path: string): PlaceCount {
  return canonicalCount(decimal(v, path));
}

function shapeCount(v: unknown, path: string): PlaceCount | Record<string, PlaceCount> {
  if (typeof v === 'string' || typeof v === 'number') return count(v, path);
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const out: Record<string, PlaceCount> = {};
    for (const [k, c] of Object.entries(v as Obj)) out[k] = count(c, `${path}.${k}`);
    return out;
  }
  fail(path, `应为名额（如 "2" 或 "40%"）或按类别的名额（如 {"经济调节和经济管理类": "40%"}），实际是${typeName(v)}`);
}

function shapeTier(v: unknown, path: string): AwardTier {
  const o = object(v, path, ['name', 'count', 'minGrade']);
  if (!has(o, 'name')) fail(join(path, 'name'), '缺少（每个奖项都要有名称）');
  if (!has(o, 'count')) fail(join(path, 'count'), '缺少（每个奖项都要有名额）');
  return {
    name: text(o.name, join(path, 'name')),
    count: shapeCount(o.count, join(path, 'count')),
    minGrade: has(o, 'minGrade') ? nullable(o.minGrade, (x) => text(x, join(path, 'minGrade'))) : null,
  };
}

function shapeAward(v: unknown, path: string): AwardRule {
  const kind = v !== null && typeof v === 'object' ? (v as Obj).kind : undefined;
  if (kind === 'places') {
    const o = object(v, path, ['kind', 'categories', 'tiers']);
    return {
      kind: 'places',
      categories: has(o, 'categories') ? texts(o.categories, join(path, 'categories')) : [],
      tiers: has(o, 'tiers') ? list(o.tiers, join(path, 'tiers'), shapeTier) : [],
    };
  }
  if (kind === 'single') {
    const o = object(v, path, ['kind', 'name', 'area', 'eligible', 'count', 'minGrade', 'rankBy']);
    if (!has(o, 'name')) fail(join(path, 'name'), '缺少（每个单项奖都要有名称）');
    if (!has(o, 'count')) fail(join(path, 'count'), '缺少（每个单项奖都要有名额）');
    return {
      kind: 'single',
      name: text(o.name, join(path, 'name')),
      ...(has(o, 'area') ? { area: text(o.area, join(path, 'area')) } : {}),
      eligible: has(o, 'eligible') ? texts(o.eligible, join(path, 'eligible')) : [],
      count: count(o.count, join(path, 'count')),
      minGrade: has(o, 'minGrade') ? nullable(o.minGrade, (x) => text(x, join(path, 'minGrade'))) : null,
      rankBy: has(o, 'rankBy') ? nullable(o.rankBy, (x) => text(x, join(path, 'rankBy'))) : null,
    };
  }
  fail(join(path, 'kind'), `应为 "places"（按名次的奖项，如一等奖、综合奖）或 "single"（单项奖），实际是${typeName(kind)}`);
}

function shapeAwardSettings(v: unknown, d: AwardSettings): AwardSettings {
  if (v === undefined) return d;
  const o = object(v, 'awardSettings', ['quotaRounding', 'vacancy', 'exclusive', 'maxSinglePerUnit']);
  return {
    quotaRounding: has(o, 'quotaRounding') ? word(ROUNDING_WORDS, o.quotaRounding, 'awardSettings.quotaRounding') : d.quotaRounding,
    vacancy: has(o, 'vacancy') ? word(VACANCY_WORDS, o.vacancy, 'awardSettings.vacancy') : d.vacancy,
    exclusive: has(o, 'exclusive') ? bool(o.exclusive, 'awardSettings.exclusive') : d.exclusive,
    maxSinglePerUnit: has(o, 'maxSinglePerUnit') ? nullable(o.maxSinglePerUnit, (x) => int(x, 'awardSettings.maxSinglePerUnit')) : d.maxSinglePerUnit,
  };
}

function shapeDistribution(v: unknown, path: string): DistributionRule {
  const o = object(v, path, ['grade', 'maxShare', 'scope', 'rounding', 'ties']);
  if (!has(o, 'grade')) fail(join(path, 'grade'), '缺少（强制分布要写明限制哪个等次）');
  if (!has(o, 'maxShare')) fail(join(path, 'maxShare'), '缺少（强制分布要写明比例上限，如 "20%"）');
  return {
    grade: text(o.grade, join(path, 'grade')),
    maxShare: decimal(o.maxShare, join(path, 'maxShare')),
    scope: has(o, 'scope') ? word(SCOPE_WORDS, o.scope, join(path, 'scope')) : DISTRIBUTION_DEFAULTS.scope,
    rounding: has(o, 'rounding') ? word(ROUNDING_WORDS, o.rounding, join(path, 'rounding')) : DISTRIBUTION_DEFAULTS.rounding,
    ties: has(o, 'ties') ? word(TIES_WORDS, o.ties, join(path, 'ties')) : DISTRIBUTION_DEFAULTS.ties,
  };
}
