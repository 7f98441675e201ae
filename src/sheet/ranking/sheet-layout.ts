import type { CellStyle, PlanCell, PrintSetup } from '../plan';

/** Shared layout of PERF's printed sheets: title rows, print setup, the signature line. */
export const SIGNATURE_LINE = '制表：                    审核：                    日期：';

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
export function lineRow(value: string, style: CellStyle, width: number): PlanCell[] {
  return [cell(value, style), ...Array.from({ length: width - 1 }, () => cell(null, style))];
}

/** "2026-11-22 09:30" in local time: when a sheet was made. */
export function madeAt(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** Number format that shows exactly the decimals a value has ("0.000" for 89.996), or `decimals` when fixed. */
export function totalFormat(decimalPlaces: number, fixed: number | null): string {
  const n = fixed ?? decimalPlaces;
  return n === 0 ? '0' : `0.${'0'.repeat(n)}`;
}
