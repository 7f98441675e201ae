import { describe, expect, it } from 'vitest';
import {
  cappedFormula,
  competitionRankFormula,
  denseRankFormula,
  formulaReferences,
  gradeFormula,
  ledgerDeductionFormula,
  occurrenceDeductionFormula,
  weightedTotalFormula,
} from '../../src/sheet/native';
import { checkNativeFormula } from '../../src/sheet/write/formula-text';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { nativeFormulas } from './native-sample';

const refs = (f: string) => formulaReferences(f).cells.map((c) => (c.sheet ? `${c.sheet}!${c.ref}` : c.ref));

describe('native formula text (parsed: the right cells and names)', () => {
  it('a weighted total rounds to the 方案 decimals (6 when blank) after deduction and bonus, each capped by 方案', () => {
    const f = nativeFormulas(3);
    const r = formulaReferences(f.total);
    expect(r.functions[0]).toBe('IF');
    expect(r.functions).toContain('ROUND');
    expect(refs(f.total).sort()).toEqual(['C3', 'C3:D3', 'D3', 'E3', 'E3', 'F3', 'F3'].sort());
    expect(new Set(r.names)).toEqual(new Set(['PERF_扣分上限', 'PERF_加分上限', 'PERF_保留小数']));
    // ROUND is the outermost arithmetic: nothing is added after rounding
    expect(f.total).toMatch(/,ROUND\(.*,IF\(PERF_保留小数="",6,PERF_保留小数\)\)\)$/);
    expect(() => checkNativeFormula(f.total, 'test')).not.toThrow();
  });

  it('percent weights divide by 100; points weights add the scores', () => {
    expect(weightedTotalFormula({ scores: 'C5:I5', weights: '$C$3:$I$3', unit: 'percent', decimals: 2 })).toBe('ROUND(SUMPRODUCT(C5:I5,$C$3:$I$3)/100,2)');
    expect(weightedTotalFormula({ scores: 'C5:D5', unit: 'points', decimals: null })).toBe('ROUND(SUM(C5:D5),6)');
    expect(
      weightedTotalFormula({ terms: [{ score: 'C5', weight: "'方案'!$B$20" }, { score: 'D5', weight: '20' }], unit: 'percent', decimals: 1 }),
    ).toBe("ROUND((C5*'方案'!$B$20+D5*20)/100,1)");
  });

  it('a cap sums a blank deduction to 0 first (MIN would skip the blank and deduct the cap)', () => {
    expect(cappedFormula('E5', '3')).toBe('MIN(SUM(E5),3)');
    expect(cappedFormula('E5', null)).toBe('SUM(E5)');
    expect(cappedFormula('E5', { cell: 'PERF_扣分上限' })).toBe('IF(PERF_扣分上限="",SUM(E5),MIN(SUM(E5),PERF_扣分上限))');
    expect(ledgerDeductionFormula({ units: '台账!$C$4:$C$50', points: '台账!$E$4:$E$50', unit: 'B5', cap: '3' })).toBe(
      'MIN(SUMIF(台账!$C$4:$C$50,B5,台账!$E$4:$E$50),3)',
    );
    expect(occurrenceDeductionFormula({ counts: ['C5', 'D5', 'E5'], each: '0.5', cap: null })).toBe('SUM(C5,D5,E5)*0.5');
    expect(() => cappedFormula('E5', '3分')).toThrow();
  });

  it('a grade from PERF_等次表 counts the lower bounds above the rounded total; a veto moves one band down', () => {
    const f = nativeFormulas(4).grade;
    const r = formulaReferences(f);
    expect(r.names.every((n) => n === 'PERF_等次表' || n === 'PERF_保留小数')).toBe(true);
    expect(refs(f).sort()).toEqual(['G4', 'H4', 'H4'].sort());
    expect(f).toContain('COUNTIF(INDEX(PERF_等次表,0,2),">"&ROUND(H4,IF(PERF_保留小数="",6,PERF_保留小数)))+1+(G4="是")');
    expect(f).toContain('MIN(ROWS(PERF_等次表),');
  });

  it('an inline grade is a LOOKUP over the ascending bounds, the bottom band open below', () => {
    expect(gradeFormula({ value: 'H4', decimals: 2, bands: { inline: defaultScheme().bands } })).toBe(
      'IF(H4="","",LOOKUP(ROUND(H4,2),{-1E+307,60,80,90},{"较差","一般","良好","优秀"}))',
    );
    const vetoed = gradeFormula({ value: 'H4', decimals: 2, bands: { inline: defaultScheme().bands }, veto: 'G4="是"' });
    expect(vetoed).toBe('IF(H4="","",INDEX({"优秀","良好","一般","较差"},MIN(4,1+(ROUND(H4,2)<90)+(ROUND(H4,2)<80)+(ROUND(H4,2)<60)+(G4="是"))))');
  });

  it('ranks compare within the row’s category over the same rows', () => {
    const r = { value: 'H5', values: '$H$2:$H$9', category: 'B5', categories: '$B$2:$B$9' };
    expect(competitionRankFormula(r)).toBe('IF(H5="","",COUNTIFS($B$2:$B$9,B5,$H$2:$H$9,">"&H5)+1)');
    expect(denseRankFormula(r)).toBe(
      'IF(H5="","",SUMPRODUCT(($B$2:$B$9=B5)*ISNUMBER($H$2:$H$9)*($H$2:$H$9>H5)/COUNTIFS($B$2:$B$9,$B$2:$B$9&"",$H$2:$H$9,$H$2:$H$9&""))+1)',
    );
    expect(competitionRankFormula({ value: 'H5', values: '$H$2:$H$9' })).toBe('IF(H5="","",COUNTIFS($H$2:$H$9,">"&H5)+1)');
    expect(refs(denseRankFormula({ value: 'H5', values: '$H$2:$H$9' }))).toEqual(['H5', '$H$2:$H$9', '$H$2:$H$9', 'H5', '$H$2:$H$9', '$H$2:$H$9']);
  });

  it('the reference reader skips text and array constants and reads quoted sheet names', () => {
    const r = formulaReferences(`IF('方案 (2)'!$B$5="A1",SUM(汇总!C3:D4),{1,2})+LOG10(X1)+PERF_满分`);
    expect(r.cells.map((c) => [c.sheet, c.ref])).toEqual([
      ['方案 (2)', '$B$5'],
      ['汇总', 'C3:D4'],
      [null, 'X1'],
    ]);
    expect(r.functions).toEqual(['IF', 'SUM', 'LOG10']);
    expect(r.names).toEqual(['PERF_满分']);
  });
});
