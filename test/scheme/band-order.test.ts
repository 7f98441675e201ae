import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBandsText } from '../../src/engine/bands';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { applySchemeFlags } from '../../src/engine/scheme/flags';
import { locateInFlags, locateInJson } from '../../src/engine/scheme/locate';
import type { Scheme } from '../../src/engine/scheme/types';
import { validateScheme } from '../../src/engine/scheme/validate';
import { cellAddress } from '../../src/sheet/address';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { planToSheet, rowWhere, setCell } from './fixtures';

const at = (r: number, c: number) => cellAddress('方案', r, c);

function withFlags(flags: { bands: string }) {
  return validateScheme(applySchemeFlags(defaultScheme(), flags), locateInFlags(flags));
}

describe('bands are written best first; their lower bounds must fall in that order', () => {
  it('--bands "优秀:90,良好:95,差" would make 良好 the top grade: an error naming the flag and the band', () => {
    const { errors } = withFlags({ bands: '优秀:90,良好:95,差' });
    expect(errors).toEqual([
      {
        cell: '',
        message: expect.stringMatching(
          /^--bands 第2项（良好） 等次“良好”的下限 95 高于写在它前面的“优秀”的下限 90（--bands 第1项（优秀））：等次须从好到差书写.*“良好”会成为比“优秀”更好的等次/,
        ),
      },
    ]);
  });

  it('--bands abc: one band grades every unit the same, an error', () => {
    const { errors } = withFlags({ bands: 'abc' });
    expect(errors).toEqual([{ cell: '', message: expect.stringMatching(/^--bands 只有一个等次“abc”：所有单位都会评为“abc”。请至少写两个等次/) }]);
  });

  it('--bands with the bottom band written first, or a broken band, stops with the flag named', () => {
    expect(withFlags({ bands: '差,优秀:90,良好:80' }).errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^--bands 第1项（差） 等次“差”没有下限，是最低等次，却写在“优秀”前面/),
    ]);
    expect(() => applySchemeFlags(defaultScheme(), { bands: '优秀:九十,差' })).toThrow(/--bands 中等次“优秀”的分数线 “九十” 不是数字/);
    expect(() => applySchemeFlags(defaultScheme(), { bands: '优秀:90,良好:80' })).toThrow(/--bands “优秀:90,良好:80”缺少最低等次/);
  });

  it('on the 方案 sheet: a row out of order is an error naming its cell', () => {
    const sheet = planToSheet(schemeToSheetPlan(defaultScheme()));
    const good = rowWhere(sheet, 0, '良好');
    setCell(sheet, at(good, 1), 95);
    const read = schemeFromSheet(sheet);
    const { errors } = validateScheme(read.scheme, read.locate);
    expect(errors.map((e) => e.cell)).toEqual([at(good, 1)]);
    expect(errors[0].message).toContain(`等次“良好”的下限 95 高于写在它前面的“优秀”的下限 90（${at(rowWhere(sheet, 0, '优秀'), 1)}）`);
  });

  it('in a JSON file: the file and the path', () => {
    const s: Scheme = { ...defaultScheme(), bands: [{ label: '合格', min: '60' }, { label: '优秀', min: '90' }, { label: '不合格', min: null }] };
    const { errors } = validateScheme(s, locateInJson('县.json'));
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^方案文件 县\.json 中 bands\[1\]\.min 等次“优秀”的下限 90 高于写在它前面的“合格”的下限 60/)]);
  });

  it('any written order is accepted exactly when the bounds fall strictly, best first', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 }), (mins) => {
        const bands = [...mins.map((m, i) => ({ label: `档${i}`, min: String(m) })), { label: '末档', min: null }];
        const errors = validateScheme({ ...defaultScheme(), bands }).errors;
        const descending = mins.every((m, i) => i === 0 || m < mins[i - 1]);
        expect(errors.length === 0).toBe(descending);
      }),
      { numRuns: 200 },
    );
  });

  it('PERF.GRADE text is unchanged: any order is still accepted and sorted by bound', () => {
    expect(parseBandsText('良好:80,优秀:90,较差').map((b) => b.label)).toEqual(['优秀', '良好', '较差']);
  });
});
