import type { CellStyle, PlanCell, PrintSetup, SheetPlan } from '../plan';

/** Shared layout of PERF's printed sheets: title rows, print setup, the signature line. */
const SIGNATURE_LINE = '制表：                    审核：                    日期：';

export function printSetup(headerRow: number, orientation: PrintSetup['orientation']): PrintSetup {
  return {
    paper: 'A4',
    orientation,
    fitToWidth: true,
    repeatRows: [headerRow, headerRow],
    footer: { left: '制表：', center: '审核：', right: '日期：' },
  };
}

export function cell(value: PlanCell['value'], style: CellStyle = 'text', numFmt?: string): PlanCell {
  return numFmt ? { value, style, numFmt } : { value, style };
}

/** A row holding one value in its first cell, blanks after it, `width` cells long. */
function lineRow(value: string, style: CellStyle, width: number): PlanCell[] {
  return [cell(value, style), ...Array.from({ length: width - 1 }, () => cell(null, style))];
}

/** "2026-11-22 09:30" in local time: when a sheet was made. */
function madeAt(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** Number format that shows exactly the decimals a value has ("0.000" for 89.996), or `decimals` when fixed. */
export function totalFormat(decimalPlaces: number, fixed: number | null): string {
  const n = fixed ?? decimalPlaces;
  return n === 0 ? '0' : `0.${'0'.repeat(n)}`;
}

/** Width of text in character cells: CJK and full-width characters count two. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

const LINE_HEIGHT = 15;

/**
 * Heights for rows whose wrapped text needs more than one line, so that printed
 * headers and notes never overlap (hosts do not re-measure rows PERF writes).
 * Merged rows are measured against the width of all columns.
 */
export function rowHeights(rows: PlanCell[][], widths: number[], mergedRows: Set<number>): Record<number, number> {
  const out: Record<number, number> = {};
  const total = widths.reduce((a, b) => a + b, 0);
  rows.forEach((row, r) => {
    let lines = 1;
    row.forEach((c, i) => {
      if (typeof c.value !== 'string' || c.value === '') return;
      const width = mergedRows.has(r) ? total : (widths[i] ?? 10);
      lines = Math.max(lines, Math.ceil(textWidth(c.value) / Math.max(1, width - 1)));
    });
    if (lines > 1) out[r] = lines * LINE_HEIGHT + 3;
  });
  return out;
}

/**
 * The frame of PERF's printed sheets: a title and a "where from, when" line merged
 * across the table, then the header row. `wide` adds a line merged across the table.
 */
export function startSheet(title: string, sourceSheet: string, now: Date, header: string[]) {
  const width = header.length;
  const rows: PlanCell[][] = [];
  const merges: SheetPlan['merges'] = [];
  const wide = (value: string, style: CellStyle) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: width - 1 });
    rows.push(lineRow(value, style, width));
  };
  wide(title, 'title');
  wide(`来源：工作表“${sourceSheet}”　生成时间：${madeAt(now)}　由 PERF 绩效考评助手生成`, 'subtitle');
  const headerRow = rows.length;
  rows.push(header.map((h) => cell(h, 'header')));
  return { rows, merges, wide, headerRow, width };
}

/** Close a sheet: the signature line, and the heights its wrapped rows need. */
export function finishSheet(frame: ReturnType<typeof startSheet>, widths: number[]): Record<number, number> {
  frame.rows.push([]);
  frame.wide(SIGNATURE_LINE, 'footer');
  const heights = rowHeights(frame.rows, widths, new Set(frame.merges.map((m) => m.top)));
  heights[0] = 28;
  return heights;
}
