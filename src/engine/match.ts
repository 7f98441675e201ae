/**
 * The one rule for reading and comparing what a clerk typed. Every place that compares
 * clerk text (function arguments, the scheme validator, the 方案 reader, the ranking core,
 * the award engine) goes through matchKey, so "一 类", "一类", "Ａ类" and "a类" mean the
 * same wherever they are written.
 */

/**
 * Text as clerks type it, made plain: full-width letters, digits and signs (９０, ％, －, ：)
 * become ASCII (NFKC), the Unicode minus signs and the ideographic space are folded, and
 * surrounding space is trimmed. Inner spaces and case are kept (this is what is shown).
 */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
    .replace(/[\u00A0\u3000]/g, ' ')
    .trim();
}

const OPEN = /[[{【〔〖「『〈《［｛]/g;
const CLOSE = /[\]}】〕〗」』〉》］｝]/g;

/**
 * The key two texts are the same under: normaliseText, then every space removed, every kind
 * of bracket written as ( ), and case ignored. "一 类" = "一类"; "优 秀" = "优秀";
 * "Dense" = "dense"; "竞争排名【1,2,2,4】" = "竞争排名（1,2,2,4）".
 */
export function matchKey(s: string): string {
  return normaliseText(s).replace(/\s+/g, '').replace(OPEN, '(').replace(CLOSE, ')').toLowerCase();
}

/** Whether a clerk wrote the same thing twice (see matchKey). */
export function sameText(a: string, b: string): boolean {
  return matchKey(a) === matchKey(b);
}
