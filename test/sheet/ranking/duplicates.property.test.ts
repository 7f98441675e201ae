import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/engine/cell';
import { matchKey } from '../../../src/engine/match';
import { defaultScheme } from '../../../src/engine/scheme/defaults';
import { computeRanking } from '../../../src/sheet/ranking/compute';
import { chooseSummarySheet } from '../../../src/sheet/table';

/**
 * The duplicate check (a hash table of the rows' hashes in front of the exact check, read-rows.ts)
 * against the rule itself: the run stops exactly when one name comes twice in one category, as
 * the matching rule reads names and categories (spaces, full-width letters, case).
 */
const name = fc.constantFrom('甲局', '甲 局', '乙局', 'ＡＢ科', 'ab科', '丙局', '丁局', '戊局', '己局', '庚局');
const category = fc.constantFrom('一类', '一 类', '二类');

describe('the same unit twice in one category stops the run, and nothing else does', () => {
  it('random tables of names and categories', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, category), { minLength: 1, maxLength: 12 }), (rows) => {
        const keys = rows.map(([n, c]) => `${matchKey(c)}\u0000${matchKey(n)}`);
        const twice = new Set(keys).size < keys.length;
        const values = [['单位', '类别', '总分'], ...rows.map(([n, c], i) => [n, c, 60 + i])];
        const { table } = chooseSummarySheet([{ name: '汇总', values, merges: [], perfKind: null }]);
        const run = () => computeRanking(table, defaultScheme(), 'test');
        if (twice) expect(run).toThrow(/出现两次/);
        else expect(run().units).toHaveLength(rows.length);
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('one repeat among 20,000 distinct names, far apart', () => {
    const values: (string | number)[][] = [['单位', '总分']];
    for (let i = 0; i < 20_000; i++) values.push([`单位${i}`, 80]);
    values.push(['单位7', 70]);
    const { table } = chooseSummarySheet([{ name: '汇总', values, merges: [], perfKind: null }]);
    expect(() => computeRanking(table, defaultScheme(), 'test')).toThrow('汇总!A9 和 汇总!A20002：单位“单位7”出现两次');
    values.pop();
    const distinct = chooseSummarySheet([{ name: '汇总', values, merges: [], perfKind: null }]).table;
    expect(computeRanking(distinct, defaultScheme(), 'test').units).toHaveLength(20_000);
  });
});

describe('each unit’s name is read in the duplicate check’s pass as the one text rule reads it', () => {
  // plain CJK and ASCII, and what normaliseText changes: spaces at either end or doubled, full-width forms, control characters, dashes
  const piece = fc.constantFrom('甲', '局', 'a', 'B', ' ', '　', 'Ａ', '\t', '\u0001', '—', '－', '(', '（', '[', '７', 'é', '𠀀');
  it('names of every kind, as normaliseText gives them', () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (parts) => {
        // a unique suffix keeps the names distinct under the matching rule
        const raws = parts.map((p, i) => `${p.join('')}单位${'一二三四五六七八'[i]}`);
        const values = [['单位', '总分'], ...raws.map((n, i) => [n, 60 + i])];
        const { table } = chooseSummarySheet([{ name: '汇总', values, merges: [], perfKind: null }]);
        const names = computeRanking(table, defaultScheme(), 'test').units.map((u) => u.name);
        expect(names).toEqual(table.rows.map((r) => normaliseText(String(r.cells[0]))));
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
