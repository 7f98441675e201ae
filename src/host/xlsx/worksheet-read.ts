import type { CellValue } from '../../engine/cell';
import { invalid } from '../../engine/errors';
import type { MergeRange } from '../../sheet/source-table';
import { parseCellRef, parseRangeRef } from './refs';
import { StringItemCollector } from './strings-read';
import { attrValue, scanXml } from './xml-scan';

export interface WorksheetValues {
  values: CellValue[][];
  merges: MergeRange[];
}

function cellValue(type: string, v: string | null, inline: string | null, sharedStrings: string[]): CellValue {
  if (type === 'inlineStr') return inline;
  if (v === null) return null;
  switch (type) {
    case 's':
      return sharedStrings[Number(v)] ?? null;
    case 'b':
      return v.trim() === '1' || v.trim().toLowerCase() === 'true';
    case 'str':
    case 'e':
    case 'd':
      return v;
    default: {
      if (v.trim() === '') return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}

/** A worksheet part's cells as plain values (formulas as their cached values) and its merges. */
export function readWorksheetValues(xml: string, part: string, sharedStrings: string[]): WorksheetValues {
  const sparse: { row: number; col: number; value: CellValue }[] = [];
  const merges: MergeRange[] = [];
  let maxRow = -1;
  let maxCol = -1;
  let rowIndex = -1;
  let colIndex = -1;
  let cell: { row: number; col: number; type: string } | null = null;
  let v: string | null = null;
  let inV = false;
  let formula: string | null = null;
  let inF = false;
  let inline: string | null = null;
  const is = new StringItemCollector('is');

  try {
    scanXml(xml, {
      open(name, attrs) {
        if (name === 'row') {
          const r = attrValue(attrs, 'r');
          rowIndex = r === null ? rowIndex + 1 : Number(r) - 1;
          colIndex = -1;
        } else if (name === 'c') {
          const ref = attrValue(attrs, 'r');
          const pos = ref === null ? null : parseCellRef(ref);
          colIndex = pos ? pos.col : colIndex + 1;
          cell = { row: pos ? pos.row : rowIndex, col: colIndex, type: attrValue(attrs, 't') ?? 'n' };
          v = null;
          formula = null;
          inline = null;
        } else if (cell && name === 'f' && !is.active) {
          inF = true;
          formula = '';
        } else if (cell && name === 'v' && !is.active) {
          inV = true;
          v = '';
        } else if (name === 'mergeCell') {
          const range = parseRangeRef(attrValue(attrs, 'ref') ?? '');
          if (range) merges.push(range);
        } else if (cell) is.open(name);
      },
      close(name) {
        if (name === 'v') inV = false;
        else if (name === 'f') inF = false;
        else if (name === 'c' && cell) {
          // a formula the file holds no result for (written by a program that does not calculate)
          // reads as its text, so that the clerk is told what the cell holds, never a blank
          const value = v === null && inline === null && formula !== null ? `=${formula}` : cellValue(cell.type, v, inline, sharedStrings);
          if (value !== null && value !== undefined) {
            sparse.push({ row: cell.row, col: cell.col, value });
            if (cell.row > maxRow) maxRow = cell.row;
            if (cell.col > maxCol) maxCol = cell.col;
          }
          cell = null;
        } else if (cell) {
          const text = is.close(name);
          if (text !== null) inline = text;
        }
      },
      text(t) {
        if (inV) v += t;
        else if (inF) formula += t;
        else is.text(t);
      },
    });
  } catch (e) {
    throw invalid(`工作簿中的部件 ${part} 已损坏，无法读取（${(e as Error).message}）。请在 Excel 中打开并另存一次后再试。`);
  }

  const values: CellValue[][] = Array.from({ length: maxRow + 1 }, () => new Array<CellValue>(maxCol + 1).fill(null));
  for (const { row, col, value } of sparse) values[row][col] = value;
  return { values, merges };
}
