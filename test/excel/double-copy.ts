/**
 * Two things 转为数值 needs that the Excel double does not model yet (asked of its owner):
 * Range.copyFrom(…, "Values") (Paste Special → Values: each cell keeps its value and loses its
 * formula), and Worksheet.copy carrying the sheet-scoped names to the copy, as Excel does
 * (PERF's mark PERF_SHEET among them, which 转为数值 must take off the copy).
 */
import { DoubleRange, DoubleWorksheet } from '../host/office/double-objects';

let added = false;

export function addCopyToDouble(): void {
  if (added) return;
  added = true;
  const copySheet = DoubleWorksheet.prototype.copy;
  DoubleWorksheet.prototype.copy = function (this: DoubleWorksheet, ...args: Parameters<typeof copySheet>) {
    const made = copySheet.apply(this, args);
    this.context.enqueue('Worksheet.copy (names)', undefined, () => {
      made.sheet().names = structuredClone(this.sheet().names);
    });
    return made;
  };
  const copyRange = DoubleRange.prototype.copyFrom;
  DoubleRange.prototype.copyFrom = function (this: DoubleRange, source: DoubleRange | string, copyType = 'All') {
    if (copyType !== 'Values' || typeof source === 'string') return copyRange.call(this, source, copyType);
    this.context.enqueue('Range.copyFrom', { source: 'Range', copyType }, () => {
      const from = source.target();
      const to = this.target();
      for (let r = from.rect.top; r <= from.rect.bottom; r++) {
        for (let c = from.rect.left; c <= from.rect.right; c++) {
          const cell = from.sheet.cells[r]?.[c];
          const row = (to.sheet.cells[to.rect.top + r - from.rect.top] ??= []);
          if (!cell) delete row[to.rect.left + c - from.rect.left];
          else {
            const { formula: _formula, ...value } = cell;
            row[to.rect.left + c - from.rect.left] = value;
          }
        }
      }
    });
  };
}
