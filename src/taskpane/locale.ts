export type PaneLocale = 'zh-CN' | 'en-US';

/**
 * Chinese first: English only when the language we know (Office's display
 * language inside Excel, else the browser's) is English.
 */
export function pickLocale(officeLanguage: string | undefined, browserLanguages: readonly string[]): PaneLocale {
  const known = officeLanguage ? [officeLanguage] : browserLanguages;
  const first = known.find((lang) => /^(zh|en)\b/i.test(lang));
  return first && /^en\b/i.test(first) ? 'en-US' : 'zh-CN';
}
