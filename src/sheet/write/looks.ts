import type { CellStyle, PlanCell } from '../plan';

/**
 * How each plan style looks, as data every host applies: the .xlsx host turns it into
 * styles.xml entries, the Office.js host into range.format calls. Colours are "#RRGGBB".
 * Table cells (text, number, integer, note, input) carry thin borders on every side.
 */
export interface CellLook {
  font: { bold?: boolean; italic?: boolean; /** points; absent: the workbook's default (11) */ size?: number; color?: string };
  fill?: string;
  border?: 'thin';
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'center' | 'top';
  wrap?: boolean;
  /** Locked when the sheet is protected (Excel's default is locked). */
  locked: boolean;
}

/** The font size of the default Normal style (Calibri / 等线 11). */
export const DEFAULT_FONT_SIZE = 11;

export const LOOKS: Record<CellStyle, CellLook> = {
  title: { font: { bold: true, size: 16 }, horizontal: 'center', vertical: 'center', locked: true },
  subtitle: { font: { size: 10, color: '#595959' }, horizontal: 'left', vertical: 'center', locked: true },
  header: { font: { bold: true }, fill: '#D9E1F2', border: 'thin', horizontal: 'center', vertical: 'center', wrap: true, locked: true },
  text: { font: {}, border: 'thin', horizontal: 'left', vertical: 'center', locked: true },
  number: { font: {}, border: 'thin', horizontal: 'right', vertical: 'center', locked: true },
  integer: { font: {}, border: 'thin', horizontal: 'center', vertical: 'center', locked: true },
  note: { font: {}, border: 'thin', horizontal: 'left', vertical: 'center', wrap: true, locked: true },
  warning: { font: { color: '#C00000' }, horizontal: 'left', vertical: 'top', wrap: true, locked: true },
  scheme: { font: { size: 10 }, horizontal: 'left', vertical: 'top', wrap: true, locked: true },
  footer: { font: { size: 10, italic: true }, horizontal: 'left', vertical: 'center', locked: true },
  signature: { font: {}, horizontal: 'right', vertical: 'center', locked: true },
  // light yellow with blue text, the usual "type here" look of Excel's Input style
  input: { font: { color: '#3F3F76' }, fill: '#FFF2CC', border: 'thin', horizontal: 'right', vertical: 'center', locked: false },
  inputText: { font: { color: '#3F3F76' }, fill: '#FFF2CC', border: 'thin', horizontal: 'left', vertical: 'center', locked: false },
};

const PLAIN: CellLook = { font: {}, locked: true };

/** The look of a plan cell: its style's, with the cell's own lock setting. */
export function lookOf(cell: Pick<PlanCell, 'style' | 'locked'>): CellLook {
  const look = cell.style ? LOOKS[cell.style] : PLAIN;
  return cell.locked === undefined || cell.locked === look.locked ? look : { ...look, locked: cell.locked };
}

/** "#D9E1F2" → "FFD9E1F2", the ARGB form OOXML writes. */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}
