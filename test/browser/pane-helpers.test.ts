import { describe, expect, it } from 'vitest';
import { columnIndex } from '../../src/sheet/address';
import { parseCellRef } from '../../src/taskpane/browser/cell-ref';
import { fileKind, resultFileName } from '../../src/taskpane/browser/file-kind';
import { cellText, columnWidths, mergeIndex, rowsInView, ROW_HEIGHT } from '../../src/taskpane/browser/ui/grid-layout';

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

describe('the sheet preview grid', () => {
  const sheet = {
    name: '汇总',
    values: [['白莲镇2025年度村（居）绩效考评结果汇总表'], ['序号', '村(居)', '指标考核(80%)'], [1, '白莲社区居委会', 93.60000000000001]],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    perfKind: null,
  };

  it('renders only the rows in view, keeping a merged title whose top is scrolled past', () => {
    const rows = rowsInView(ROW_HEIGHT * 500, ROW_HEIGHT * 10, 10_000, [{ top: 480, left: 0, bottom: 520, right: 1 }], 2);
    expect(rows[0]).toBe(480);
    expect(rows.slice(1)).toEqual(Array.from({ length: 15 }, (_, i) => 498 + i));
  });

  it('sizes columns by their widest cell, Chinese counted double, titles left to span', () => {
    const [a, b] = columnWidths(sheet);
    expect(a).toBeLessThan(80);
    expect(b).toBeGreaterThan(100); // 白莲社区居委会, 7 Chinese characters
  });

  it('hides the cells under a merge and shows numbers as Excel does', () => {
    expect(mergeIndex(sheet.merges).covered).toEqual(new Set(['0,1', '0,2']));
    expect(cellText(93.60000000000001)).toBe('93.6');
    expect(cellText(null)).toBe('');
  });
});
