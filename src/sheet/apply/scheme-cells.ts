import { absoluteRange } from '../address';
import { findBlocks } from '../scheme-sheet/read-blocks';
import { SheetContext } from '../scheme-sheet/read-context';
import { rawText } from '../scheme-sheet/read-values';
import { settingOfLabel } from '../scheme-sheet/layout';
import type { SheetData } from '../source-table';

/**
 * The value cells of a workbook's 方案 sheet that 套用's formulas read, found as PERF's 方案
 * reader finds them (the 基本设置 row by its label, the first one when written twice), as
 * '方案'!$B$9. A setting the sheet lacks has no cell: its formula keeps the scheme's constant.
 */
export interface SchemeCells {
  /** By the setting's JSON path ("ranking.byCategory"). */
  setting(path: string): string | null;
  /**
   * The bands as a two-column range, label then lower bound, best first ('方案'!$A$22:$B$25),
   * when 三、等次 has them that way (adjacent columns, no blank row between): what the grade
   * formula reads as PERF_等次表.
   */
  bands: string | null;
}

export function schemeCellsOf(sheet: SheetData): SchemeCells {
  const ctx = new SheetContext(sheet);
  findBlocks(ctx);
  const block = ctx.blocks.get('settings');
  const cells = new Map<string, string>();
  const key = block?.columns.get('key');
  const value = block?.columns.get('value');
  if (block && key !== undefined && value !== undefined) {
    for (const row of block.rows) {
      const def = settingOfLabel(rawText(ctx.raw(row, key)));
      if (def && !cells.has(def.path)) cells.set(def.path, absoluteRange(sheet.name, { top: row, left: value, bottom: row, right: value }));
    }
  }
  return { setting: (path) => cells.get(path) ?? null, bands: bandsRange(ctx, sheet.name) };
}

function bandsRange(ctx: SheetContext, sheet: string): string | null {
  const block = ctx.blocks.get('bands');
  const label = block?.columns.get('label');
  const min = block?.columns.get('min');
  if (!block || label === undefined || min !== label + 1) return null;
  const rows = block.rows.filter((r) => rawText(ctx.raw(r, label)) !== '');
  if (rows.length === 0 || rows.some((r, i) => i > 0 && r !== rows[i - 1]! + 1)) return null;
  return absoluteRange(sheet, { top: rows[0]!, left: label, bottom: rows[rows.length - 1]!, right: min });
}
