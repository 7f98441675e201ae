import { cellAddress } from '../sheet/address';
import type { SheetData } from '../sheet/source-table';
import { SECTION_SUBTOTAL_HEADERS, SECTION_SUBTOTAL_ITEM, SECTION_SUBTOTAL_TITLE } from '../templates/section-subtotals';
import type { SourceItem } from './extract';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * PERF's own 任务分解表 (the template), recognised exactly: its 科室小计（百分制） block gives
 * each section's 业绩, one row per 科室. Null for any other sheet (read as the clerk's own).
 */
export function templateSubtotals(sheet: SheetData): SourceItem | null {
  const rows = sheet.values;
  const title = rows.findIndex((r) => r !== undefined && text(r?.[0]) === SECTION_SUBTOTAL_TITLE);
  if (title < 0) return null;
  const header = title + 1;
  if (!SECTION_SUBTOTAL_HEADERS.every((h, c) => text(rows[header]?.[c]) === h)) return null;
  const entries: SourceItem['entries'] = [];
  for (let r = header + 1; r < rows.length && text(rows[r]?.[0]) !== ''; r++) {
    entries.push({
      unitText: text(rows[r]![0]),
      unitCell: cellAddress(sheet.name, r, 0),
      category: null,
      categoryCell: '',
      value: rows[r]![1] ?? null,
      cell: cellAddress(sheet.name, r, 1),
    });
  }
  return { sheet: sheet.name, header: SECTION_SUBTOTAL_ITEM, headerCell: cellAddress(sheet.name, header, 1), entries };
}
