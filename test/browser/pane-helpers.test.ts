import { describe, expect, it } from 'vitest';
import { columnIndex, parseCellRef } from '../../src/taskpane/browser/cell-ref';
import { fileKind, resultFileName } from '../../src/taskpane/browser/file-kind';

describe('cell addresses in messages', () => {
  it('reads the sheet and A1 cell, quoted names and ranges included', () => {
    expect(parseCellRef('汇总!D7')).toEqual({ sheet: '汇总', row: 6, col: 3 });
    expect(parseCellRef("'Sheet 1'!AA10")).toEqual({ sheet: 'Sheet 1', row: 9, col: 26 });
    expect(parseCellRef("'O''Brien'!$B$5:F5")).toEqual({ sheet: "O'Brien", row: 4, col: 1 });
    expect(parseCellRef('')).toBeNull();
    expect(parseCellRef('方案文件 scheme.json 中 bands[0]')).toBeNull();
    expect(parseCellRef('汇总!D0')).toBeNull();
    expect(columnIndex('Z')).toBe(25);
  });
});

describe('file names', () => {
  it('knows what to open and what to turn away', () => {
    expect(fileKind('汇总.XLSX')).toBe('xlsx');
    expect(fileKind('汇总.xlsm')).toBe('xlsm');
    expect(fileKind('汇总.xls')).toBe('save-as-xlsx');
    expect(fileKind('汇总.et')).toBe('save-as-xlsx');
    expect(fileKind('汇总.csv')).toBe('save-as-xlsx');
    expect(fileKind('汇总.pdf')).toBe('unknown');
  });

  it('names the result after the original', () => {
    expect(resultFileName('汇总表.xlsx')).toBe('汇总表-排名.xlsx');
    expect(resultFileName('宏.v2.xlsm')).toBe('宏.v2-排名.xlsm');
  });
});
