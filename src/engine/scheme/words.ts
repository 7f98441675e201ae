import { matchKey } from '../match';
import { QUOTA_ROUNDING_LABEL } from '../quota';
import type { DistributionRule, QuotaRounding, RankMethod, Scheme, VetoEffect } from './types';

/**
 * The words for each setting with a fixed set of values: the id stored in the scheme
 * (and the JSON file, and the command line), the label written on the 方案 sheet, and
 * the other ways clerks write it. One table for the sheet, the flags, the scheme JSON,
 * the PERF functions and the messages; words are compared by matchKey.
 */
export interface Choice<T extends string> {
  value: T;
  label: string;
  aliases: readonly string[];
  /** The number a PERF function argument may give instead (PERF.RANK's method 0/1). */
  code?: number;
  /** What it means, for messages: "1,2,2,4". */
  hint?: string;
}

export type WeightUnit = Scheme['weightUnit'];
export type Vacancy = Scheme['awardSettings']['vacancy'];
export type Scope = DistributionRule['scope'];
export type Ties = DistributionRule['ties'];

export const METHOD_WORDS: readonly Choice<RankMethod>[] = [
  {
    value: 'competition',
    label: '竞争排名',
    aliases: ['竞争排名', '标准排名', '美式排名', '并列占位', 'rank', 'rank.eq', '1,2,2,4'],
    code: 0,
    hint: '并列占位，1,2,2,4',
  },
  {
    value: 'dense',
    label: '中国式排名',
    aliases: ['中国式排名', '中国式', '中式排名', '密集排名', '连续排名', '并列不占位', '1,2,2,3'],
    code: 1,
    hint: '并列不占位，1,2,2,3',
  },
];

export const WEIGHT_UNIT_WORDS: readonly Choice<WeightUnit>[] = [
  { value: 'percent', label: '百分比', aliases: ['百分比', '%', '权重', '比例', '百分制权重'] },
  { value: 'points', label: '分值', aliases: ['分值', '分', '分数', '赋分'] },
];

export const VETO_WORDS: readonly Choice<VetoEffect>[] = [
  { value: 'downgrade', label: '降低一个等次', aliases: ['降低一个等次', '降一个等次', '降一等次', '降等', '降级', '降低等次'] },
  { value: 'exclude', label: '取消评优资格', aliases: ['取消评优资格', '取消评优', '取消评先评优', '取消评先评优资格', '不得评优'] },
  {
    value: 'both',
    label: '降低一个等次并取消评优资格',
    aliases: ['降低一个等次并取消评优资格', '降等并取消评优', '降级并取消评优', '降一等次并取消评优', '两者', '两者都'],
  },
];

export const ROUNDING_WORDS: readonly Choice<QuotaRounding>[] = [
  { value: 'half-up', label: QUOTA_ROUNDING_LABEL['half-up'], aliases: ['四舍五入', 'halfup', 'round'], code: 0 },
  { value: 'down', label: QUOTA_ROUNDING_LABEL.down, aliases: ['向下取整', '向下', '去尾', '舍去', 'floor'], code: 1 },
  { value: 'up', label: QUOTA_ROUNDING_LABEL.up, aliases: ['向上取整', '向上', '进一', '进一法', 'ceil', 'ceiling'], code: 2 },
];

export const VACANCY_WORDS: readonly Choice<Vacancy>[] = [
  { value: 'empty', label: '留空', aliases: ['留空', '空缺', '不顺延'] },
  { value: 'pass-down', label: '顺延', aliases: ['顺延', '依次顺延', '递补', 'passdown'] },
];

export const SCOPE_WORDS: readonly Choice<Scope>[] = [
  { value: 'category', label: '按类别', aliases: ['按类别', '各类别', '分类别', '分类', '每个类别'] },
  { value: 'all', label: '全部单位', aliases: ['全部单位', '全部', '统一', '不分类'] },
];

export const TIES_WORDS: readonly Choice<Ties>[] = [
  { value: 'include', label: '并列均保留', aliases: ['并列均保留', '均保留', '保留', '都保留'] },
  { value: 'exclude', label: '并列均不保留', aliases: ['并列均不保留', '均不保留', '不保留', '都不保留'] },
];


/**
 * The id for a word as written: the id itself ("dense"), the label or an alias, with or
 * without a trailing explanation in parentheses ("竞争排名（1,2,2,4）"). null when unknown.
 */
export function choiceOf<T extends string>(choices: readonly Choice<T>[], raw: string): T | null {
  const k = matchKey(raw);
  const bare = k.replace(/\(.*\)$/, '');
  for (const c of choices) {
    const all = [c.value, c.label, ...c.aliases].map(matchKey);
    if (all.includes(k) || all.includes(bare)) return c.value;
  }
  return null;
}

/** The label of an id; an unknown id is shown as is (validation reports it). */
export function labelOf<T extends string>(choices: readonly Choice<T>[], value: T): string {
  return choices.find((c) => c.value === value)?.label ?? String(value);
}

/** "竞争排名（competition）、中国式排名（dense）": the allowed values, Chinese first, for messages. */
export function choicesText<T extends string>(choices: readonly Choice<T>[]): string {
  return choices.map((c) => `${c.label}（${c.value}）`).join('、');
}

/** "0 或 竞争排名（并列占位，1,2,2,4）、1 或 中国式排名（…）": what a PERF function argument takes. */
export function codesText<T extends string>(choices: readonly Choice<T>[]): string {
  return choices.map((c) => `${c.code !== undefined ? `${c.code} 或 ` : ''}${c.label}${c.hint ? `（${c.hint}）` : ''}`).join('、');
}

/** The id of a PERF function's code (0, 1, 2), or null. */
export function choiceOfCode<T extends string>(choices: readonly Choice<T>[], code: number): T | null {
  return choices.find((c) => c.code === code)?.value ?? null;
}

/** "竞争排名、中国式排名": the labels, for messages on the sheet. */
export function labelsText<T extends string>(choices: readonly Choice<T>[]): string {
  return choices.map((c) => c.label).join('、');
}

export function isChoice<T extends string>(choices: readonly Choice<T>[], v: unknown): v is T {
  return choices.some((c) => c.value === v);
}
