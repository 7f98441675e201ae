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
  /** Review → Protect Workbook: no sheet may be added (null: this Excel cannot tell, before ExcelApi 1.7). */
  structureLocked: boolean | null;
  /** Workbook-scoped names, formulas with "=". */
  names: { name: string; formula: string }[];
}

export interface ReadOptions {
  /** Read merged areas (ExcelApi 1.13). */
  merges: boolean;
  /** Read whether the workbook's structure is protected (ExcelApi 1.7). */
  structure?: boolean;
}

/** One request: every sheet's name, mark, protection, used range and merges, and the workbook's names. */
export async function readWorkbookInfo(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookInfo> {
  const sheets = context.workbook.worksheets.load('items/name,items/id,items/visibility');
  const names = context.workbook.names.load('items/name,items/formula');
  const protection = options.structure ? context.workbook.protection.load('protected') : null;
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
    structureLocked: protection ? protection.protected : null,
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

/** Rows of a rectangle of one sheet, read with one range.values. */
interface ReadBlock {
  info: SheetInfo;
  top: number;
  rows: number;
  left: number;
  columns: number;
}

/** A used range larger than this is read by where its values are (a stray far cell makes it huge), where Excel can tell (ExcelApi 1.9). */
export const SPARSE_CELLS = 1_000_000;
/** Ranges loaded in one request at most, so that the request itself stays small. */
const LOADS_PER_REQUEST = 2_000;

type Area = Pick<ReadBlock, 'top' | 'rows' | 'left' | 'columns'>;

/** An area as blocks of whole rows of at most `cells` cells. */
function blocksOf(info: SheetInfo, area: Area, cells: number): ReadBlock[] {
  const perBlock = Math.max(1, Math.floor(cells / area.columns));
  const out: ReadBlock[] = [];
  for (let r = 0; r < area.rows; r += perBlock) out.push({ info, top: area.top + r, rows: Math.min(perBlock, area.rows - r), left: area.left, columns: area.columns });
  return out;
}

/**
 * Where the values of each very large used range are: its constants and formulas as
 * rectangles (Range.getSpecialCellsOrNullObject), so that a table with one stray cell far
 * away is read as the table and the cell, not as the millions of blanks between them.
 */
async function valueAreas(context: Excel.RequestContext, infos: SheetInfo[], special: boolean): Promise<Map<SheetInfo, Area[]>> {
  const areas = new Map<SheetInfo, Area[]>();
  for (const i of infos) if (i.used) areas.set(i, [{ top: i.used.row, rows: i.used.rows, left: i.used.column, columns: i.used.columns }]);
  const big = special ? infos.filter((i) => i.used && i.used.rows * i.used.columns > SPARSE_CELLS) : [];
  if (!big.length) return areas;
  const asked = big.map((info) => {
    const used = info.sheet.getRangeByIndexes(info.used!.row, info.used!.column, info.used!.rows, info.used!.columns);
    const kinds = (['Constants', 'Formulas'] as const).map((kind) => used.getSpecialCellsOrNullObject(kind));
    for (const k of kinds) k.load('areas/items/address');
    return { info, kinds };
  });
  await context.sync();
  for (const { info, kinds } of asked) {
    const rects = kinds.flatMap((k) => (k.isNullObject ? [] : k.areas.items.map((a) => parseRangeRef(a.address.replace(/^.*!/, '')))));
    areas.set(
      info,
      rects.filter((r): r is MergeRange => r !== null).map((r) => ({ top: r.top, rows: r.bottom - r.top + 1, left: r.left, columns: r.right - r.left + 1 })),
    );
  }
  return areas;
}

/** The values of every sheet, sparse as the .xlsx reader gives them. `special`: Excel can find where values are (ExcelApi 1.9). */
export async function readValues(context: Excel.RequestContext, infos: SheetInfo[], special = false): Promise<SheetData[]> {
  const values = new Map<SheetInfo, CellValue[][]>(infos.map((i) => [i, []]));
  const areas = await valueAreas(context, infos, special);
  // cells a request may ask for: halved for the rest of the read whenever an answer is too large
  let limit = READ_CELLS;
  let queue = [...areas].flatMap(([info, list]) => list.flatMap((a) => blocksOf(info, a, limit)));
  while (queue.length) {
    const batch: ReadBlock[] = [];
    let cells = 0;
    while (queue.length && (batch.length === 0 || (cells + queue[0].rows * queue[0].columns <= limit && batch.length < LOADS_PER_REQUEST))) {
      const b = queue.shift()!;
      cells += b.rows * b.columns;
      batch.push(b);
    }
    const ranges = batch.map((b) => b.info.sheet.getRangeByIndexes(b.top, b.left, b.rows, b.columns).load('values'));
    try {
      await context.sync();
    } catch (e) {
      const code = officeErrorCode(e);
      const tooLarge = code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
      if (!tooLarge || batch.every((b) => b.rows === 1)) throw e;
      limit = Math.max(1, Math.floor(Math.min(limit, cells) / 2));
      queue = [...batch.flatMap((b) => blocksOf(b.info, b, limit)), ...queue];
      continue;
    }
    batch.forEach((b, i) => place(values.get(b.info)!, b, ranges[i].values as unknown[][]));
  }
  return infos.map((i) => ({ name: i.name, values: values.get(i)!, merges: i.merges, perfKind: i.perfKind }));
}

/** Rows of a block into the sheet's sparse rows: blanks ("") left out, each row ending at its last value. */
function place(out: CellValue[][], b: ReadBlock, rows: unknown[][]): void {
  rows.forEach((row, i) => {
    let cells: CellValue[] | null = out[b.top + i] ?? null;
    row.forEach((v, j) => {
      if (v === '' || v === null || v === undefined) return;
      cells ??= [];
      cells[b.left + j] = v as CellValue;
    });
    if (cells) out[b.top + i] = cells;
  });
}
