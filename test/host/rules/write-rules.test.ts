import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteRange, cellRef, columnIndex, columnLetters, inGrid, parseCellRef, parseRangeRef, rangeRef } from '../../../src/sheet/address';
import { charactersFromPoints, pixelsFromCharacters, pointsFromCharacters } from '../../../src/sheet/write/column-width';
import { decideName, refersToSheet } from '../../../src/sheet/write/defined-names';
import { checkNativeFormula, constantFormula } from '../../../src/sheet/write/formula-text';
import { listSource, validationTexts } from '../../../src/sheet/write/validation';
import { LOOKS, lookOf } from '../../../src/sheet/write/looks';
import { addRecord, mergeRecord, readRecord, recordSheet } from '../../../src/sheet/write/record';
import { rowHeightsOf } from '../../../src/sheet/write/row-heights';
import { fileFormula } from '../../../src/host/xlsx/formula-file';

describe('A1 references (src/sheet/address.ts)', () => {
  it('parses and prints cells and ranges, $ signs and all', () => {
    expect(parseCellRef('$AB$12')).toEqual({ row: 11, col: 27 });
    expect(parseCellRef('xfd1048576')).toEqual({ row: 1_048_575, col: 16_383 });
    expect(parseCellRef('A0x')).toBeNull();
    expect(parseRangeRef('C3:A1')).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(rangeRef({ top: 1, left: 1, bottom: 1, right: 1 })).toBe('B2');
    expect(absoluteRange("O'Brien", { top: 0, left: 0, bottom: 3, right: 2 })).toBe("'O''Brien'!$A$1:$C$4");
  });

  it('knows where Excel\'s grid ends', () => {
    expect(inGrid(1_048_575, 16_383)).toBe(true);
    expect(inGrid(1_048_576, 0)).toBe(false);
    expect(inGrid(0, columnIndex('XFE'))).toBe(false);
  });

  it('property: printing then parsing gives the position back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), (row, col) => {
        expect(parseCellRef(cellRef(row, col))).toEqual({ row, col });
        expect(columnIndex(columnLetters(col))).toBe(col);
      }),
    );
  });
});

describe('column widths in characters and points', () => {
  it("matches Excel's default column: 8.43 characters (stored 9.140625) is 64 pixels, 48 points", () => {
    expect(pixelsFromCharacters(9.140625)).toBe(64);
    expect(pointsFromCharacters(9.140625)).toBe(48);
    expect(pointsFromCharacters(20)).toBe(105);
  });

  it('property: points → characters → points keeps every whole pixel', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 1500 }), (px) => {
        const points = (px * 72) / 96;
        expect(pointsFromCharacters(charactersFromPoints(points))).toBeCloseTo(points, 6);
      }),
    );
  });
});

describe('looks and row heights', () => {
  it('input cells look different from computed ones and are unlocked; a cell may override its lock', () => {
    expect(LOOKS.input.fill).not.toBe(LOOKS.number.fill);
    expect(lookOf({ style: 'input' }).locked).toBe(false);
    expect(lookOf({ style: 'number' }).locked).toBe(true);
    expect(lookOf({ style: 'number', locked: false }).locked).toBe(false);
    expect(lookOf({}).locked).toBe(true);
  });

  it('gives a title row room for its font, and planned heights win', () => {
    const rows = [[{ value: '标题', style: 'title' as const }], [{ value: 'x' }], [{ value: 'y', style: 'title' as const }]];
    expect([...rowHeightsOf({ rows, rowHeights: { 1: 33, 2: 20 } })]).toEqual([
      [0, 28],
      [1, 33],
      [2, 20],
    ]);
  });
});

describe('names and formula text', () => {
  it("adds a new name, replaces PERF's earlier one, keeps the clerk's with a Chinese message", () => {
    expect(decideName('等次表', null, ['方案'], '方案')).toEqual({ action: 'add' });
    expect(decideName('等次表', "'方案'!$A$2:$B$5", ['方案'], '方案')).toEqual({ action: 'replace' });
    const keep = decideName('等次表', "'汇总'!$A$3:$A$6", ['方案'], '方案');
    expect(keep.action).toBe('keep');
    expect(keep.action === 'keep' && keep.message).toContain('名称管理器');
    expect(refersToSheet("'O''Brien'!A1+汇总!B2", ["O'Brien"])).toBe(true);
  });

  it('writes constants, list sources and file formulas', () => {
    expect(constantFormula('说"明"')).toBe('"说""明"""');
    expect(constantFormula(90)).toBe('90');
    const range = { top: 0, left: 0, bottom: 0, right: 0 };
    expect(listSource({ range, values: ['优秀', '良好'], error: '' })).toBe('优秀,良好');
    expect(() => listSource({ range, values: ['a,b'], error: '' })).toThrow(/含有逗号/);
    expect(() => listSource({ range, values: ['很'.repeat(300)], error: '' })).toThrow(/255/);
    expect(validationTexts({ range, values: [], error: '请选择' })).toEqual({ title: '输入有误', error: '请选择' });
    expect(() => validationTexts({ range, values: [], error: '很'.repeat(256) })).toThrow(/请缩短提示/);
    expect(fileFormula('RANK.EQ(A1,A:A)+IFS(A1>1,1)&"RANK.EQ(x)"')).toBe('_xlfn.RANK.EQ(A1,A:A)+_xlfn.IFS(A1>1,1)&"RANK.EQ(x)"');
    expect(fileFormula('SUM(A1:A3)')).toBe('SUM(A1:A3)');
    expect(() => checkNativeFormula('1+perf.grade(B4)', '考评表!D4')).toThrow(/PERF 函数只能在 Excel 中/);
    expect(checkNativeFormula('=SUM(A1)', 'x')).toBe('SUM(A1)');
  });
});

describe('the record', () => {
  const entry = { sheet: '汇总', cell: 'E3', what: 'formula' as const, formula: 'PERF.GRADE(D3)' };

  it('reads back what it wrote, from the sheet data any host gives', () => {
    const entries = [entry, { sheet: '综合评估汇总', cell: 'B2:B9', what: 'added' as const, value: 0, source: '模板' }, { sheet: 'x', cell: 'A1', what: 'filled' as const, value: true }];
    const plan = recordSheet(entries);
    const values = plan.rows.map((r) => r.map((c) => (c.value === '' ? null : c.value)));
    expect(readRecord([{ name: 'PERF_RECORD', values, merges: [], perfKind: 'record' }])).toEqual(entries);
    expect(readRecord([{ name: 'PERF_RECORD', values, merges: [], perfKind: null }])).toEqual([]);
  });

  it('merges by sheet, cell and what, a later entry taking the earlier one\'s place', () => {
    const later = { ...entry, cell: '$e$3', formula: 'PERF.GRADE(D4)' };
    expect(mergeRecord([entry, { ...entry, what: 'added' }], [later])).toEqual([later, { ...entry, what: 'added' }]);
    expect(addRecord({ sheets: [] }, [entry]).record).toEqual([entry]);
  });
});
