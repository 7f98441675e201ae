import { CellValue, readCell } from '../../engine/cell';
import { fromExcel, plain } from '../../engine/decimal';
import { canonicalCount } from '../../engine/scheme/access';

/** A cell as the text a clerk sees: numbers in decimal form, non-breaking and ideographic spaces trimmed. */
export function rawText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? plain(fromExcel(v)) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).replace(/[\u00A0\u3000]/g, ' ').trim();
}

/** A number written in a scheme cell as a decimal string; a percentage as "40%"; other text as written (validation names it). */
export function decimalText(v: CellValue): string {
  const c = readCell(v);
  if (c.kind === 'number') return c.percent ? `${plain(c.value.times(100))}%` : plain(c.value);
  return rawText(v);
}

/** A place count as the scheme stores it: "2", "40%". */
export function countText(v: CellValue): string {
  const c = readCell(v);
  if (c.kind === 'number' && c.percent) return `${plain(c.value.times(100))}%`;
  return canonicalCount(c.kind === 'number' ? plain(c.value) : rawText(v));
}
