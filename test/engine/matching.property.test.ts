/**
 * Issue 7: every place that compares clerk text agrees. A clerk's word and the same word typed
 * with spaces (ASCII, ideographic, non-breaking, tabs), full-width letters and digits, other case
 * and other brackets is the same word for the functions, the scheme validator, the 方案 reader,
 * the command-line flags, the ranking core and the award engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeRank } from '../../src/engine/bands';
import type { CellValue } from '../../src/engine/cell';
import { DEFAULT_RATING_TABLE, ratingScore } from '../../src/engine/rating';
import { D } from '../../src/engine/decimal';
import { sameName } from '../../src/engine/scheme/access';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { applySchemeFlags } from '../../src/engine/scheme/flags';
import { validateScheme } from '../../src/engine/scheme/validate';
import { METHOD_WORDS, ROUNDING_WORDS, VETO_WORDS, choiceOf } from '../../src/engine/scheme/words';
import { NO_WORDS, YES_WORDS, readYesNo } from '../../src/engine/yesno';
import { award, grade, quota, ranks, rating } from '../../src/functions/functions';
import { computeRanking } from '../../src/sheet/ranking/compute';
import { rankingJson } from '../../src/sheet/ranking/result-json';
import { BLOCKS, columnOfHeader, settingOfLabel, SETTINGS } from '../../src/sheet/scheme-sheet/layout';
import { chooseSummarySheet } from '../../src/sheet/table';

const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const CJK = '一二三类优秀良好甲乙丙部门局';
const SPACES = [' ', '\u3000', '\u00A0', '\t'];
const BRACKETS: Record<string, string[]> = { '(': ['（', '【', '[', '〔'], ')': ['）', '】', ']', '〕'] };

/** The same text as a clerk might type it: per character full width, other case, other bracket, spaces around. */
function retype(s: string, ops: readonly number[]): string {
  let out = SPACES[ops[0] % 4].repeat(ops[0] % 2);
  [...s].forEach((ch, i) => {
    const op = ops[(2 * i + 1) % ops.length];
    const space = ops[(2 * i + 2) % ops.length];
    let c = ch;
    if (op % 2 === 1 && /[A-Za-z]/.test(c)) c = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
    if (op >= 4 && BRACKETS[c]) c = BRACKETS[c][op % 4];
    else if ((op === 2 || op === 3) && c >= '!' && c <= '~') c = String.fromCharCode(c.charCodeAt(0) + 0xfee0);
    out += c + (space >= 6 ? SPACES[space - 6] : '');
  });
  return out;
}

const ops = fc.array(fc.nat(9), { minLength: 1, maxLength: 24 });

/** A clerk's name: CJK first and last (so it never reads as a number), ASCII, CJK and brackets between. */
const name = fc
  .tuple(fc.constantFrom(...CJK), fc.array(fc.constantFrom(...ASCII, ...CJK, '(', ')'), { maxLength: 6 }), fc.constantFrom(...CJK))
  .map(([a, m, z]) => a + m.join('') + z);

/** A word and the same word retyped. */
const pair = (word: fc.Arbitrary<string>) => fc.tuple(word, ops).map(([w, o]) => [w, retype(w, o)] as const);

function rankSheet(values: CellValue[][], scheme = defaultScheme()) {
  const { table } = chooseSummarySheet([{ name: '汇总', values, merges: [], perfKind: null }]);
  return rankingJson(computeRanking(table, scheme, 'test'));
}

const RUNS = { numRuns: 150, seed: 7 };

describe('the one matching rule, in every place that compares clerk text', () => {
  it('names: the validator, the award engine, PERF.RANKS and the ranking core all see one name', () => {
    fc.assert(
      fc.property(pair(name), ([word, typed]) => {
        expect(sameName(word, typed)).toBe(true);
        // PERF.RANKS groups and the ranking sheet's categories
        expect(ranks([[90], [80]], [[word], [typed]])).toEqual([[1], [2]]);
        const json = rankSheet([['单位', '类别', '总分'], ['甲', word, 90], ['乙', typed, 80]]);
        expect(json.units.map((u) => [u.category, u.rank])).toEqual([[word, 1], [word, 2]]);
      }),
      RUNS,
    );
  });

  it('grade labels: PERF.GRADE/AWARD, scheme validation and the award computation read a minimum grade alike', () => {
    fc.assert(
      fc.property(pair(name), ([word, typed]) => {
        const bands = [{ label: word, min: new D(90) }, { label: '其他', min: null }];
        expect(gradeRank(typed, bands)).toBe(0);
        expect(grade([[95]], [[`${word}:90,其他`]])).toBe(word);
        expect(award(1, typed, [['一等奖', 1, word]], undefined, [[`${word}:90,其他`]])).toBe('一等奖');
        const s = defaultScheme();
        s.bands = [{ label: word, min: '90' }, { label: '其他', min: null }];
        s.awards = [{ kind: 'places', categories: [], tiers: [{ name: '一等奖', count: '1', minGrade: typed }] }];
        expect(validateScheme(s).errors).toEqual([]);
        expect(rankSheet([['单位', '总分'], ['甲', 95]], s).units[0].awards).toEqual(['一等奖']);
      }),
      RUNS,
    );
  });

  it('setting words: the functions, the 方案 sheet, --method/--quota-rounding and scheme JSON share one table', () => {
    const words = (choices: typeof METHOD_WORDS | typeof ROUNDING_WORDS | typeof VETO_WORDS) =>
      fc.constantFrom(...choices.flatMap((c) => [c.value, c.label, ...c.aliases].map((w) => [w, c.value] as const)));
    fc.assert(
      fc.property(words(METHOD_WORDS), words(ROUNDING_WORDS), words(VETO_WORDS), ops, (m, q, v, o) => {
        expect(choiceOf(METHOD_WORDS, retype(m[0], o))).toBe(m[1]);
        expect(choiceOf(ROUNDING_WORDS, retype(q[0], o))).toBe(q[1]);
        expect(choiceOf(VETO_WORDS, retype(v[0], o))).toBe(v[1]);
        const flagged = applySchemeFlags(defaultScheme(), { method: retype(m[0], o), 'quota-rounding': retype(q[0], o) });
        expect([flagged.ranking.method, flagged.awardSettings.quotaRounding]).toEqual([m[1], q[1]]);
        expect(ranks([[90], [90], [80]], undefined, retype(m[0], o))).toEqual(m[1] === 'dense' ? [[1], [1], [2]] : [[1], [1], [3]]);
        expect(quota(7, 0.3, retype(q[0], o))).toBe({ 'half-up': 2, down: 2, up: 3 }[q[1] as 'half-up' | 'down' | 'up']);
      }),
      RUNS,
    );
  });

  it('ratings, yes/no words and 方案 headers', () => {
    const ratingLabel = fc.constantFrom(...DEFAULT_RATING_TABLE.map((e) => e.label));
    const yesNo = fc.constantFrom(...YES_WORDS.map((w) => [w, true] as const), ...NO_WORDS.map((w) => [w, false] as const));
    const header = fc.constantFrom(...BLOCKS.flatMap((b) => b.columns.flatMap((c) => [c.header, ...c.aliases].map((h) => [b, h, c.key] as const))));
    const setting = fc.constantFrom(...SETTINGS.flatMap((s) => [s.label, ...s.aliases].map((l) => [l, s.path] as const)));
    fc.assert(
      fc.property(ratingLabel, yesNo, header, setting, ops, (label, [yn, yes], [block, h, key], [l, p], o) => {
        const share = DEFAULT_RATING_TABLE.find((e) => e.label === label)!.share;
        expect(ratingScore(retype(label, o), new D(10)).eq(share.times(10))).toBe(true);
        expect(rating(retype(label, o), 10)).toBe(share.times(10).toNumber());
        expect(readYesNo(retype(yn, o), '是否', { reasons: false }).yes).toBe(yes);
        expect(grade(95, undefined, retype(yn, o))).toBe(yes ? '良好' : '优秀');
        expect(columnOfHeader(block, retype(h, o))).toBe(key);
        expect(settingOfLabel(retype(l, o))?.path).toBe(p);
      }),
      RUNS,
    );
  });
});
