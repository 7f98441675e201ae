import { normaliseText } from '../cell';
import { QUOTA_ROUNDING_LABEL } from '../quota';
import type { DistributionRule, QuotaRounding, RankMethod, Scheme, VetoEffect } from './types';

/**
 * The words for each setting with a fixed set of values: the id stored in the scheme
 * (and the JSON file, and the command line), the label written on the 方案 sheet, and
 * the other ways clerks write it. One table for the sheet, the flags and the messages.
 */
export interface Choice<T extends string> {
  value: T;
  label: string;
  aliases: readonly string[];
}

export type WeightUnit = Scheme['weightUnit'];
export type Vacancy = Scheme['awardSettings']['vacancy'];
export type Scope = DistributionRule['scope'];
export type Ties = DistributionRule['ties'];

export const METHOD_WORDS: readonly Choice<RankMethod>[] = [
  { value: 'competition', label: '竞争排名', aliases: ['竞争排名', '标准排名', '美式排名', 'rank', 'rank.eq', '1,2,2,4'] },
  { value: 'dense', label: '中国式排名', aliases: ['中国式排名', '中式排名', '密集排名', '连续排名', '1,2,2,3'] },
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
  { value: 'half-up', label: QUOTA_ROUNDING_LABEL['half-up'], aliases: ['四舍五入', 'halfup', 'round'] },
  { value: 'down', label: QUOTA_ROUNDING_LABEL.down, aliases: ['向下取整', '去尾', '舍去', 'floor'] },
  { value: 'up', label: QUOTA_ROUNDING_LABEL.up, aliases: ['向上取整', '进一', '进一法', 'ceil', 'ceiling'] },
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

function key(s: string): string {
  return normaliseText(s).toLowerCase().replace(/\s+/g, '');
}

/**
 * The id for a word as written: the id itself ("dense"), the label or an alias, with or
 * without a trailing explanation in parentheses ("竞争排名（1,2,2,4）"). null when unknown.
 */
export function choiceOf<T extends string>(choices: readonly Choice<T>[], raw: string): T | null {
  const k = key(raw);
  const bare = k.replace(/\(.*\)$/, '');
  for (const c of choices) {
    const all = [c.value, c.label, ...c.aliases].map(key);
    if (all.includes(k) || all.includes(bare)) return c.value;
  }
  return null;
}

/** The label of an id; an unknown id is shown as is (validation reports it). */
export function labelOf<T extends string>(choices: readonly Choice<T>[], value: T): string {
  return choices.find((c) => c.value === value)?.label ?? String(value);
}

/** "competition（竞争排名）或 dense（中国式排名）": the allowed values, for messages. */
export function choicesText<T extends string>(choices: readonly Choice<T>[]): string {
  return choices.map((c) => `${c.value}（${c.label}）`).join('、');
}

/** "竞争排名、中国式排名": the labels, for messages on the sheet. */
export function labelsText<T extends string>(choices: readonly Choice<T>[]): string {
  return choices.map((c) => c.label).join('、');
}

export function isChoice<T extends string>(choices: readonly Choice<T>[], v: unknown): v is T {
  return choices.some((c) => c.value === v);
}
