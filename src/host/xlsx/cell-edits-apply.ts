import { invalid } from '../../engine/errors';
import type { SheetCellEdits } from '../../sheet/plan';
import { editWorksheetCells } from './cell-edits';
import type { Package } from './package';
import type { WorkbookInfo } from './workbook-info';
import { toBytes } from './xml';

/**
 * A plan's cell edits rendered into the existing sheets they name, before the package
 * changes (a plan PERF cannot write leaves the workbook as it was): each edited part's
 * new bytes and its sheetId.
 */
export function renderCellEdits(pkg: Package, info: WorkbookInfo, edits: SheetCellEdits[], fileName?: string): { path: string; bytes: Uint8Array; sheetId: number }[] {
  const changed: { path: string; bytes: Uint8Array; sheetId: number }[] = [];
  for (const e of edits) {
    if (e.cells.length === 0) continue;
    const sheet = info.sheets.find((s) => s.name === e.sheet) ?? info.sheets.find((s) => s.name.toUpperCase() === e.sheet.toUpperCase());
    if (!sheet || sheet.type !== 'worksheet' || !sheet.path || !pkg.has(sheet.path)) {
      throw invalid(`工作簿${fileName ? `“${fileName}”` : ''}中没有可以填写的工作表“${e.sheet}”：PERF 没有写入任何内容。请确认工作表名称`);
    }
    const before = changed.find((c) => c.path === sheet.path);
    const xml = before ? new TextDecoder().decode(before.bytes) : pkg.text(sheet.path)!;
    const bytes = toBytes(editWorksheetCells(xml, sheet.path, sheet.name, e.cells));
    if (before) before.bytes = bytes;
    else changed.push({ path: sheet.path, bytes, sheetId: sheet.sheetId });
  }
  return changed;
}
