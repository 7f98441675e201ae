import type { CellValue } from '../../engine/cell';
import { parseRangeRef } from '../../sheet/address';
import type { MergeRange, PerfSheetKind, SheetData } from '../../sheet/source-table';
import { PERF_MARK_NAME, readPerfMark } from '../../sheet/targets';
import { officeErrorCode } from './office-errors';

/**
 * Reading an open workbook through Office.js: first what every sheet is (name,
 * visibility, PERF's mark, protection, its used range and merged areas) in one request,
 * then the used ranges' values in row blocks, several blocks a request while the cells
 * stay under READ_CELLS (Excel on the web answers at most 5 MB; 5 million cells is the
 * hard limit). A block whose answer is still too large is read again in halves.
 */
export const READ_CELLS = 100_000;

export interface SheetInfo {
  sheet: Excel.Worksheet;
  name: string;
  id: string;
  visibility: string;
  perfKind: PerfSheetKind | 'unknown' | null;
  protected: boolean;
  /** Sheet-scoped names (PERF's mark among them). */
  names: { name: string; formula: string }[];
  used: { row: number; column: number; rows: number; columns: number } | null;
  merges: MergeRange[];
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  /** Workbook-scoped names, formulas with "=". */
  names: { name: string; formula: string }[];
}

export interface ReadOptions {
  /** Read merged areas (ExcelApi 1.13). */
  merges: boolean;
}

/** One request: every sheet's name, mark, protection, used range and merges, and the workbook's names. */
export async function readWorkbookInfo(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookInfo> {
  const sheets = context.workbook.worksheets.load('items/name,items/id,items/visibility');
  const names = context.workbook.names.load('items/name,items/formula');
  await context.sync();
  const parts = sheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const sheetNames = sheet.names.load('items/name,items/formula');
    const protection = sheet.protection.load('protected');
    const merged = options.merges ? sheet.getRange().getMergedAreasOrNullObject() : null;
    merged?.load('areas/items/address');
    return { sheet, used, sheetNames, protection, merged };
  });
  await context.sync();
  return {
    names: names.items.map((n) => ({ name: n.name, formula: n.formula })),
    sheets: parts.map(({ sheet, used, sheetNames, protection, merged }): SheetInfo => {
      const own = sheetNames.items.map((n) => ({ name: n.name, formula: n.formula }));
      const mark = own.find((n) => n.name.toUpperCase() === PERF_MARK_NAME);
      return {
        sheet,
        name: sheet.name,
        id: sheet.id,
        visibility: sheet.visibility,
        perfKind: readPerfMark(mark?.formula),
        protected: protection.protected,
        names: own,
        used: used.isNullObject ? null : { row: used.rowIndex, column: used.columnIndex, rows: used.rowCount, columns: used.columnCount },
        merges: merged && !merged.isNullObject ? merged.areas.items.map((a) => parseRangeRef(a.address.replace(/^.*!/, ''))!).filter(Boolean) : [],
      };
    }),
  };
}

interface ReadBlock {
  info: SheetInfo;
  top: number;
  rows: number;
}

/** The sheet's used range as blocks of whole rows of at most `cells` cells. */
function blocksOf(info: SheetInfo, cells: number, from = info.used?.row ?? 0, rows = info.used?.rows ?? 0): ReadBlock[] {
  if (!info.used) return [];
  const perBlock = Math.max(1, Math.floor(cells / info.used.columns));
  const out: ReadBlock[] = [];
  for (let r = 0; r < rows; r += perBlock) out.push({ info, top: from + r, rows: Math.min(perBlock, rows - r) });
  return out;
}

/** The values of every sheet, sparse as the .xlsx reader gives them. */
export async function readValues(context: Excel.RequestContext, infos: SheetInfo[]): Promise<SheetData[]> {
  const values = new Map<SheetInfo, CellValue[][]>(infos.map((i) => [i, []]));
  // cells a request may ask for: halved for the rest of the read whenever an answer is too large
  let limit = READ_CELLS;
  let queue = infos.flatMap((i) => blocksOf(i, limit));
  while (queue.length) {
    const batch: ReadBlock[] = [];
    let cells = 0;
    while (queue.length && (batch.length === 0 || cells + queue[0].rows * queue[0].info.used!.columns <= limit)) {
      const b = queue.shift()!;
      cells += b.rows * b.info.used!.columns;
      batch.push(b);
    }
    const ranges = batch.map((b) => b.info.sheet.getRangeByIndexes(b.top, b.info.used!.column, b.rows, b.info.used!.columns).load('values'));
    try {
      await context.sync();
    } catch (e) {
      const code = officeErrorCode(e);
      const tooLarge = code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
      if (!tooLarge || batch.every((b) => b.rows === 1)) throw e;
      limit = Math.max(1, Math.floor(Math.min(limit, cells) / 2));
      queue = [...batch.flatMap((b) => blocksOf(b.info, limit, b.top, b.rows)), ...queue];
      continue;
    }
    batch.forEach((b, i) => place(values.get(b.info)!, b, ranges[i].values as unknown[][]));
  }
  return infos.map((i) => ({ name: i.name, values: values.get(i)!, merges: i.merges, perfKind: i.perfKind }));
}

/** Rows of a block into the sheet's sparse rows: blanks ("") left out, each row ending at its last value. */
function place(out: CellValue[][], b: ReadBlock, rows: unknown[][]): void {
  const left = b.info.used!.column;
  rows.forEach((row, i) => {
    let cells: CellValue[] | null = null;
    row.forEach((v, j) => {
      if (v === '' || v === null || v === undefined) return;
      cells ??= [];
      cells[left + j] = v as CellValue;
    });
    if (cells) out[b.top + i] = cells;
  });
}
