import type { CellValue } from '../../engine/cell';
import { invalid, isPerfError } from '../../engine/errors';
import type { MergeRange } from '../../sheet/source-table';
import { cellRef, inGrid, MAX_COLUMNS, MAX_ROWS, parseCellRef, parseRangeRef } from '../../sheet/address';
import { StringItemCollector } from './strings-read';
import { SheetRows } from './sheet-rows';
import { readSheetFast, type Cells } from './worksheet-fast';
import { attrValue, scanXml } from './xml-scan';
import { toBytes, utf8 } from './xml';

export interface WorksheetValues {
  values: CellValue[][];
  merges: MergeRange[];
}

/** A position past Excel's grid: the file was not written by a spreadsheet program, or is damaged. */
function outsideGrid(part: string, ref: string): Error {
  return invalid(
    `工作簿中的部件 ${part} 的单元格 ${ref} 超出了 Excel 的表格范围（最多 ${MAX_ROWS.toLocaleString('en-US')} 行、` +
      `${MAX_COLUMNS.toLocaleString('en-US')} 列，即 A1:XFD${MAX_ROWS}），文件已损坏或不是 Excel 保存的。请在 Excel 中打开并另存一次后再试。`,
  );
}

function checkGrid(part: string, row: number, col: number, ref: string | null): void {
  if (!inGrid(row, col)) throw outsideGrid(part, ref ?? cellRef(row, col));
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

/**
 * A worksheet part's cells as plain values (formulas as their cached values) and its
 * merges; only cells holding a value take room (SheetRows).
 */
export function readWorksheetValues(source: Uint8Array | string, part: string, sharedStrings: string[]): WorksheetValues {
  const rows = new SheetRows();
  const merges: MergeRange[] = [];
  const cells: Cells = {
    checkGrid: (row, col, ref) => checkGrid(part, row, col, ref),
    checkMerge: (range, ref) => {
      if (!inGrid(range.bottom, range.right)) throw outsideGrid(part, ref);
    },
    value: (type, v, inline) => cellValue(type, v, inline, sharedStrings),
    sharedString: (index) => sharedStrings[index] ?? null,
    place: (row, col, value) => rows.place(row, col, value),
  };
  const bytes = typeof source === 'string' ? toBytes(source) : source;
  if (readSheetFast(bytes, cells, merges)) return { values: rows.done(), merges };
  // the general reader starts again from the top, on the part as text
  const xml = typeof source === 'string' ? source : utf8(source);
  rows.clear();
  merges.length = 0;
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
          checkGrid(part, pos ? pos.row : rowIndex, colIndex, ref);
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
          const ref = attrValue(attrs, 'ref') ?? '';
          const range = parseRangeRef(ref);
          if (range && !inGrid(range.bottom, range.right)) throw outsideGrid(part, ref);
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
          if (value !== null && value !== undefined) rows.place(cell.row, cell.col, value);
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
    if (isPerfError(e)) throw e;
    throw invalid(`工作簿中的部件 ${part} 已损坏，无法读取（${(e as Error).message}）。请在 Excel 中打开并另存一次后再试。`);
  }
  return { values: rows.done(), merges };
}
