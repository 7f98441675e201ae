/**
 * Worksheet.copy (ExcelApi 1.7) and Range.copyFrom(…, "Values") (ExcelApi 1.9) for the Excel
 * double, which does not have them yet (asked of its owner): what 转为数值 uses, modelled on
 * Excel — the copy goes after the sheet as "名称 (2)" with its cells, merges, formats and
 * sheet-scoped names (PERF's mark among them); pasting values keeps each cell's value and
 * drops its formula.
 */
import { DoubleRange, DoubleWorksheet } from '../host/office/double-objects';
import { newSheet, type DoubleSheet } from '../host/office/excel-double';

type Patched = { copy?: unknown; copyFrom?: unknown };

export function addCopyToDouble(): void {
  const ws = DoubleWorksheet.prototype as unknown as Patched & DoubleWorksheet;
  if (ws.copy) return;
  (ws as Patched).copy = function (this: DoubleWorksheet, position = 'None', relativeTo?: DoubleWorksheet): DoubleWorksheet {
    let made: DoubleSheet | null = null;
    this.context.enqueue('Worksheet.copy', position, () => {
      const list = this.context.double.workbook.sheets;
      const source = this.sheet();
      let name = '';
      for (let n = 2; !name || list.some((s) => s.name.toUpperCase() === name.toUpperCase()); n++) name = `${source.name.slice(0, 26)} (${n})`;
      made = { ...structuredClone({ ...source, columnWidths: [...source.columnWidths], rowHeights: [...source.rowHeights] }), id: newSheet('x').id, name } as unknown as DoubleSheet;
      made.columnWidths = new Map(source.columnWidths);
      made.rowHeights = new Map(source.rowHeights);
      const after = position === 'After' && relativeTo ? list.indexOf(relativeTo.sheet()) + 1 : list.length;
      list.splice(after, 0, made);
    });
    return new DoubleWorksheet(this.context, () => made);
  };
  const range = DoubleRange.prototype as unknown as Patched & DoubleRange;
  (range as Patched).copyFrom = function (this: DoubleRange, source: DoubleRange, copyType = 'All'): void {
    this.context.enqueue('Range.copyFrom', copyType, () => {
      if (copyType !== 'Values') throw new Error(`the double copies values only, not ${copyType}`);
      const from = source.target();
      const to = this.target();
      for (let r = from.rect.top; r <= from.rect.bottom; r++) {
        for (let c = from.rect.left; c <= from.rect.right; c++) {
          const cell = from.sheet.cells[r]?.[c];
          const row = (to.sheet.cells[to.rect.top + r - from.rect.top] ??= []);
          row[to.rect.left + c - from.rect.left] = cell ? { ...cell, formula: undefined } : undefined;
        }
      }
    });
  };
}
