import { normaliseText, quote, type CellValue } from '../../engine/cell';
import { isBlankFast as isBlank, isPlainText } from '../../engine/text-fast';
import { cellAddress } from '../address';
import type { SheetData, SourceColumn, SourceRow, SourceTable } from '../source-table';
import { isScoreRole } from './header-roles';
import { presentRows, rawAt, sheetWidth } from './grid';
import { mergeIndex, type MergeLookup } from './merge-index';

/** Rows that sum or average the units above them: passed over, the table goes on (小计 between categories). */
const SUM_ROW = /^(合计|小计|总计|平均|均值)/;
/** Notes under the table: passed over, and so is everything after them. */
const NOTE_ROW = /^(备注|附注|说明|注(?=[:.、;]|\d|$)|制表|填表|审核(?=人|:|$)|审定|复核|统计人|填报)/;

/** The first characters NOTE_ROW and SUM_ROW can match: most rows are passed without running either. */
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const NOTE_FIRST = codes('备附说注制填审复统');
const SUM_FIRST = codes('合小总平均');
const mayStart = (first: ReadonlySet<number>, text: string) => text.length > 0 && first.has(text.charCodeAt(0));

/** "1. …", "一、…", "（2）…": a numbered note or a category heading, when the row holds no score. */
const NUMBERED = /^(\d+|[一二三四五六七八九十]+)[.、]|^\(\d+\)/;

type DataRows = Pick<SourceTable, 'rows' | 'skipped' | 'warnings'>;

/** The data rows under the header, stray rows (合计, 备注, blank…) listed in `skipped` with the reason. */
export function readDataRows(sheet: SheetData, firstRow: number, columns: SourceColumn[], widthOfSheet = sheetWidth(sheet)): DataRows {
  // the table is as wide as its header: a stray cell far to the right does not widen every row
  const width = Math.min(widthOfSheet, Math.max(0, ...columns.map((c) => c.index + 1)));
  const reader = new RowReader(sheet, columns, width);
  // indexed, not for-of: this loop runs once per table, mostly before it is optimised (no iterator result per row)
  const present = presentRows(sheet, firstRow);
  // at most one data row per present row: the list made at that size and cut at the end (not grown row by row)
  reader.rows.length = present.length;
  readRows(reader, present);
  reader.rows.length = reader.count;
  return { rows: reader.rows, skipped: reader.skipped, warnings: reader.warnings };
}

/**
 * The rows read one at a time by a method of its own, which V8 optimises once for all runs: as
 * one long loop, the table's reader was compiled anew (20–60 ms on the other core) in the runs
 * after the first. The loop ends a function of its own (docs/limits.md: loops run once a run).
 */
function readRows(reader: RowReader, present: ArrayLike<number>): void {
  for (let p = 0; p < present.length; p++) reader.read(present[p]!);
}

class RowReader {
  readonly rows: SourceRow[] = [];
  count = 0;
  readonly skipped: DataRows['skipped'] = [];
  readonly warnings: DataRows['warnings'] = [];
  /** The note row the table ended at, once met: every row after it is passed over. */
  private notes: string | null = null;
  private readonly unit: SourceColumn;
  private readonly category: SourceColumn | undefined;
  private readonly scores: SourceColumn[];
  private readonly mergeAt: MergeLookup;

  constructor(
    private readonly sheet: SheetData,
    columns: SourceColumn[],
    private readonly width: number,
  ) {
    this.unit = columns.find((c) => c.role === 'unit')!;
    this.category = columns.find((c) => c.role === 'category');
    this.scores = columns.filter((c) => isScoreRole(c.role));
    this.mergeAt = mergeIndex(sheet);
  }

  private skip(row: number, reason: string): void {
    this.skipped.push({ row, reason });
  }

  read(row: number): void {
    const { sheet, unit, scores } = this;
    let cells = rowCells(sheet, row, this.width);
    if (this.notes !== null) {
      const notes = this.notes;
      this.skip(row, `在“${notes}”之后，表格已结束`);
      const scored = scores.find((c) => !isBlank(cells[c.index]));
      if (!isBlank(cells[unit.index]) && scored) {
        const at = cellAddress(sheet.name, row, unit.index);
        this.warnings.push({
          cell: at,
          message:
            `${at} 的“${shorten(cells[unit.index])}”有得分（${cellAddress(sheet.name, row, scored.index)} = ${quote(cells[scored.index])}），` +
            `但它在“${notes}”这一行之后，PERF 视为表格已结束，没有把它列入排名：如果它是参评单位，请把它移到说明行之前`,
        });
      }
      return;
    }
    const first = firstFilled(cells);
    if (first === undefined) {
      this.skip(row, '空行');
      return;
    }
    const unitText = compact(cells[unit.index]);
    // a number's text never starts a note or a sum row
    const firstText = first === cells[unit.index] ? unitText : typeof first === 'number' ? '' : compact(first);
    const note = mayStart(NOTE_FIRST, firstText) && NOTE_ROW.test(firstText) ? first : mayStart(NOTE_FIRST, unitText) && NOTE_ROW.test(unitText) ? cells[unit.index] : undefined;
    if (note !== undefined) {
      this.notes = shorten(note);
      this.skip(row, `说明或签名行（“${this.notes}”），表格到此结束`);
      return;
    }
    const total = mayStart(SUM_FIRST, firstText) && SUM_ROW.test(firstText) ? first : mayStart(SUM_FIRST, unitText) && SUM_ROW.test(unitText) ? cells[unit.index] : undefined;
    if (total !== undefined) {
      this.skip(row, `${compact(total).match(SUM_ROW)![1]}行（“${shorten(total)}”），不是单位`);
      return;
    }
    if (unitText === unit.name) {
      this.skip(row, '重复的表头行');
      return;
    }
    const heading = this.mergeAt.at(row, unit.index);
    if (heading && heading.right > heading.left && scores.some((c) => heading.left <= c.index && c.index <= heading.right)) {
      this.skip(row, `跨列合并的标题行（“${shorten(rawAt(sheet, heading.top, heading.left))}”），不是单位`);
      return;
    }
    const scored = firstScored(scores, cells);
    if (!scored && NUMBERED.test(unitText)) {
      this.skip(row, `编号开头、没有得分的行（“${shorten(cells[unit.index])}”），是说明或分组标题，不是单位`);
      return;
    }
    if (isBlank(cells[unit.index])) {
      if (scored) {
        this.warnings.push({
          cell: cellAddress(sheet.name, row, unit.index),
          message:
            `${cellAddress(sheet.name, row, unit.index)} 单位名称为空，但这一行有得分` +
            `（${cellAddress(sheet.name, row, scored.index)} ${scored.name} = ${quote(cells[scored.index])}）：` +
            `这一行没有参加排名，请填写单位名称，或删除这一行`,
        });
        this.skip(row, '单位名称为空，但有得分（见警告）');
      } else {
        this.skip(row, '单位名称为空，也没有得分');
      }
      return;
    }
    const category = this.category;
    if (category) {
      const value = categoryValue(sheet, this.mergeAt, row, category.index);
      if (value !== cells[category.index]) {
        if (cells === sheet.values[row]) cells = cells.slice();
        cells[category.index] = value;
      }
    }
    this.rows[this.count++] = { row, cells } satisfies SourceRow;
  }
}

/**
 * The row's first `width` cells, blanks as null. A row that is already exactly that (as wide,
 * no hole, no undefined) is used as it is, never written to: a copy is made before any change.
 */
function rowCells(sheet: SheetData, row: number, width: number): CellValue[] {
  const values = sheet.values[row];
  if (values !== undefined && values.length === width) {
    let whole = true;
    for (let col = 0; col < width; col++) if (values[col] === undefined) whole = false;
    if (whole) return values;
  }
  const cells = new Array<CellValue>(width);
  for (let col = 0; col < width; col++) cells[col] = values?.[col] ?? null;
  return cells;
}

function firstFilled(cells: readonly CellValue[]): CellValue | undefined {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return cells[i];
  return undefined;
}

function firstScored(scores: readonly SourceColumn[], cells: readonly CellValue[]): SourceColumn | undefined {
  for (const c of scores) if (!isBlank(cells[c.index])) return c;
  return undefined;
}

/** Categories are often merged down over their units: every unit of the merge gets the category. */
function categoryValue(sheet: SheetData, mergeAt: MergeLookup, row: number, col: number): CellValue {
  const m = mergeAt.at(row, col);
  return (m ? rawAt(sheet, m.top, m.left) : rawAt(sheet, row, col)) ?? null;
}

function compact(v: CellValue): string {
  // plain text without spaces, and the text of a finite number, are their own compact form
  if (typeof v === 'string' && isPlainText(v) && v.indexOf(' ') < 0) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return isBlank(v) ? '' : normaliseText(String(v)).replace(/\s+/g, '');
}

/** The cell's text as written, cut short for a reason. */
function shorten(v: CellValue): string {
  const s = isBlank(v) ? '' : String(v).replace(/\s+/g, ' ').trim();
  return s.length > 12 ? `${s.slice(0, 12)}…` : s;
}
