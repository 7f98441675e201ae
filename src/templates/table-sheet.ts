import { cellRef, columnLetters } from '../sheet/address';
import { PAGE_COUNT, PAGE_NUMBER, type CellStyle, type ConditionalFormat, type ListValidation, type PlanCell, type RecordEntry, type SheetPlan } from '../sheet/plan';
import type { PerfSheetKind } from '../sheet/source-table';
import { textWidth } from '../sheet/text-width';

/** A sample cell value as written (a computed column's value is PERF's engine result, cached in the file). */
export type SampleValue = string | number | null;

/** Where a column's cells are, for formulas: the cell of a column in a row, or the whole data range. */
export interface TableRefs {
  /** 1-based sheet row of the row being written. */
  row: number;
  /** "D7": this row's cell of a column (relative). */
  cell(key: string, row?: number): string;
  /** "$D$5:$D$12": a column's data cells (absolute). */
  range(key: string): string;
  /** "$D$5:$G$5"-free relative row range of this row: "D7:G7". */
  span(from: string, to: string): string;
}

export interface TemplateColumn {
  key: string;
  header: string;
  width: number;
  /** The clerk fills it in: input style (unlocked). */
  input?: boolean;
  /** Text rather than a number (left aligned when computed). */
  text?: boolean;
  numFmt?: string;
  /** A drop-down list of allowed values. */
  list?: { values: string[]; error: string };
  /** Native formula (no "="), computing in any spreadsheet. */
  formula?: (r: TableRefs) => string;
  /** The PERF formula the cell should hold inside Excel (PERF's record, what: 'formula'). */
  perf?: (r: TableRefs) => string;
}

export interface TableSheet {
  name: string;
  kind: PerfSheetKind;
  owned?: boolean;
  title: string;
  /** Rows between the title and the header (a note, the 统计日期 row …), as plan cells. */
  preamble: PlanCell[][];
  columns: TemplateColumn[];
  /** Sample rows by column key; computed columns carry what PERF's engine computed. */
  rows: Record<string, SampleValue>[];
  /** Rows after the data (a subtotal …): cells built with the data rows' refs. */
  after?: (refs: { first: number; last: number; range(key: string): string; col(key: string): number }) => PlanCell[][];
  orientation: 'portrait' | 'landscape';
  footer: string;
  conditionalFormats?: (refs: { top: number; bottom: number; col(key: string): number }) => ConditionalFormat[];
  /** 0-based frozen columns (the unit name). */
  frozenColumns?: number;
}

/** The sheet plan and its record entries of a table template. */
export function tableSheetPlan(t: TableSheet, source: string): { sheet: SheetPlan; record: RecordEntry[] } {
  const width = t.columns.length;
  const col = (key: string) => {
    const i = t.columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`no column ${key} in ${t.name}`);
    return i;
  };
  const titleRow: PlanCell[] = [{ value: t.title, style: 'title' }];
  const headerRow = 1 + t.preamble.length; // 0-based
  const first = headerRow + 1; // 0-based first data row
  const last = first + t.rows.length - 1;
  const range = (key: string) => `$${columnLetters(col(key))}$${first + 1}:$${columnLetters(col(key))}$${last + 1}`;
  const record: RecordEntry[] = [];
  const rows: PlanCell[][] = [titleRow, ...t.preamble, t.columns.map((c) => ({ value: c.header, style: 'header' as CellStyle }))];
  t.rows.forEach((sample, i) => {
    const sheetRow = first + i;
    const refs: TableRefs = {
      row: sheetRow + 1,
      cell: (key, row = sheetRow + 1) => `${columnLetters(col(key))}${row}`,
      range,
      span: (from, to) => `${columnLetters(col(from))}${sheetRow + 1}:${columnLetters(col(to))}${sheetRow + 1}`,
    };
    rows.push(
      t.columns.map((c, j) => {
        const value = sample[c.key] ?? null;
        const style: CellStyle = c.input ? 'input' : c.text || typeof value === 'string' ? 'text' : 'number';
        const cell: PlanCell = { value, style };
        if (c.numFmt) cell.numFmt = c.numFmt;
        if (c.formula) cell.formula = c.formula(refs);
        if (c.perf) record.push({ sheet: t.name, cell: cellRef(sheetRow, j), what: 'formula', formula: c.perf(refs), value, source: `模板：${t.name}` });
        return cell;
      }),
    );
  });
  if (t.after) rows.push(...t.after({ first: first + 1, last: last + 1, range, col }));

  const validations: ListValidation[] = t.columns
    .map((c, j) => (c.list ? { range: { top: first, left: j, bottom: last, right: j }, values: c.list.values, error: c.list.error } : null))
    .filter((v): v is ListValidation => v !== null);
  const sheet: SheetPlan = {
    name: t.name,
    kind: t.kind,
    owned: t.owned,
    rows,
    merges: [0, ...t.preamble.map((_, i) => i + 1).filter((r) => rows[r].length === 1)].map((r) => ({ top: r, left: 0, bottom: r, right: width - 1 })),
    columnWidths: t.columns.map((c) => c.width),
    rowHeights: rowHeights(rows, headerRow, t.columns),
    freeze: { rows: first, columns: t.frozenColumns ?? 1 },
    print: {
      paper: 'A4',
      orientation: t.orientation,
      fitToWidth: true,
      repeatRows: [headerRow, headerRow],
      footer: { left: t.footer, center: `第${PAGE_NUMBER}页 共${PAGE_COUNT}页`, right: '制表：　　　审核：' },
    },
    validations,
    conditionalFormats: t.conditionalFormats?.({ top: first, bottom: last, col }) ?? [],
  };
  return { sheet, record };
}

/** A note under the title, merged across the sheet and wrapped. */
export function noteRow(text: string): PlanCell[] {
  return [{ value: text, style: 'scheme' }];
}

const LINE = 14;

/** Heights that show every line of the wrapped notes and headers (hosts do not grow rows PERF writes). */
function rowHeights(rows: PlanCell[][], headerRow: number, columns: TemplateColumn[]): Record<number, number> {
  const total = columns.reduce((a, c) => a + c.width, 0);
  const out: Record<number, number> = {};
  rows.slice(1, headerRow).forEach((r, i) => {
    if (r.length === 1 && typeof r[0].value === 'string') out[i + 1] = LINE * Math.max(1, Math.ceil((textWidth(r[0].value) * 0.95) / total)) + 4;
  });
  const lines = Math.max(1, ...columns.map((c) => Math.ceil(textWidth(c.header) / Math.max(1, c.width - 1))));
  out[headerRow] = Math.max(2, lines) * 15;
  return out;
}
