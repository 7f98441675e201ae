import { callsPerf, holdsInternalName, perfFormulaText } from './perf-formula';

/** A formula to enter into a cell: 0-based row and column of the sheet, text with "=". */
export interface CellFormula {
  row: number;
  col: number;
  formula: string;
}

/** Cells of a sheet as Office.js gives them for a rectangle: `formulas` and `values` of the same size. */
export interface CellBlock {
  /** 0-based sheet row and column of the block's top-left cell. */
  top: number;
  left: number;
  formulas: unknown[][];
  values: unknown[][];
}

/**
 * 修复 #NAME?: the cells of the block whose PERF formulas need entering again — stuck at
 * #NAME? (the formula was entered while PERF was not loaded) or stored under Excel's
 * internal name `_xldudf_PERF_…`. A #NAME? from anything but a PERF function (a typo in the
 * clerk's own formula) is left alone.
 */
export function stuckPerfFormulas(block: CellBlock): CellFormula[] {
  const out: CellFormula[] = [];
  block.formulas.forEach((row, r) => {
    row.forEach((f, c) => {
      if (typeof f !== 'string' || !f.startsWith('=')) return;
      const stuck = block.values[r]?.[c] === '#NAME?' && callsPerf(f);
      if (stuck || holdsInternalName(f)) out.push({ row: block.top + r, col: block.left + c, formula: perfFormulaText(f) });
    });
  });
  return out;
}
