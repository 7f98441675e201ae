import type { CellStyle, PlanCell } from '../plan';

/** Shared cell helpers of PERF's printed sheets. */
export function cell(value: PlanCell['value'], style: CellStyle = 'text', numFmt?: string): PlanCell {
  return numFmt ? { value, style, numFmt } : { value, style };
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
