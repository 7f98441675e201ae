import { filledCellRefusal, protectedSheetRefusal } from '../../sheet/write/edit-refusals';
import { invalid } from '../../engine/errors';
import { cellRef } from '../../sheet/address';
import type { CellClear, CellWrite, SheetEdit, WritePlan, WriteReport } from '../../sheet/plan';
import { checkNativeFormula } from '../../sheet/write/formula-text';
import { Batch, CALL_BYTES, payloadBytes } from './batch';
import { excelInput } from './cell-input';
import { READ_CELLS, type SheetInfo } from './read-sheets';

/**
 * Cells of a clerk's sheet edited in place (套用 and 撤销本次套用), as the .xlsx host does
 * (src/host/xlsx/sheet-edit.ts): a cell is written only while it is empty, and PERF refuses
 * the whole plan rather than overwrite one; a cell is cleared only while it still holds what
 * PERF wrote, else it is kept and reported. A new column's cell takes its neighbour's look
 * (Range.copyFrom formats). Every cell is read and checked before anything is written.
 */

export interface EditProgram {
  edit: SheetEdit;
  sheet: Excel.Worksheet;
  /** The clears whose cells still hold what PERF wrote; the rest are kept. */
  clear: CellClear[];
  outcome: NonNullable<WriteReport['edited']>[number];
}

/** "=ROUND(80.5, 2)" and "ROUND(80.5,2)" are the same formula; so are "_xlfn.RANK.EQ" and "RANK.EQ". */
function formulaKey(f: string): string {
  return f.replace(/^=/, '').replace(/_xlfn\./gi, '').replace(/\s+/g, '').toUpperCase();
}

function holds(shown: unknown, c: CellClear): boolean {
  const isFormula = typeof shown === 'string' && shown.startsWith('=');
  if (c.formula !== undefined) return isFormula && formulaKey(shown as string) === formulaKey(c.formula);
  if (isFormula) return false;
  if (c.value === undefined || c.value === null) return shown === '' || shown === null;
  return shown !== '' && String(shown) === String(c.value);
}

/** Read every cell the edits name (as formulas: "=…" for a formula, the value else) and decide, before writing. */
export async function prepareEdits(context: Excel.RequestContext, plan: WritePlan, sheets: SheetInfo[]): Promise<EditProgram[]> {
  if (!plan.edits?.length) return [];
  const found = plan.edits.map((edit) => {
    const info = sheets.find((s) => s.name === edit.sheet);
    if (!info) throw invalid(`工作簿中没有工作表“${edit.sheet}”（或它不是普通工作表），PERF 无法在其中写入。请检查工作表名称后再试。`);
    if (info.protected && (edit.write?.length || edit.clear?.length)) throw protectedSheetRefusal(edit.sheet);
    return { edit, info };
  });
  const reads = found.map(({ edit, info }) => {
    const cells = [...(edit.write ?? []), ...(edit.clear ?? [])];
    if (!cells.length) return { edit, info, top: 0, left: 0, blocks: [] as { top: number; range: Excel.Range }[] };
    const top = Math.min(...cells.map((c) => c.row));
    const bottom = Math.max(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.column));
    const right = Math.max(...cells.map((c) => c.column));
    const width = right - left + 1;
    const perBlock = Math.max(1, Math.floor(READ_CELLS / width));
    const blocks: { top: number; range: Excel.Range }[] = [];
    for (let r = top; r <= bottom; r += perBlock) {
      blocks.push({ top: r, range: info.sheet.getRangeByIndexes(r, left, Math.min(perBlock, bottom - r + 1), width).load('formulas') });
    }
    return { edit, info, top, left, blocks };
  });
  await context.sync();
  return reads.map(({ edit, info, left, blocks }) => {
    const shown = (row: number, column: number): unknown => {
      const block = [...blocks].reverse().find((b) => b.top <= row)!;
      return (block.range.formulas as unknown[][])[row - block.top]?.[column - left] ?? '';
    };
    for (const w of edit.write ?? []) {
      const v = shown(w.row, w.column);
      if (v !== '' && v !== null) {
        throw filledCellRefusal(edit.sheet, cellRef(w.row, w.column));
      }
      if (w.formula) checkNativeFormula(w.formula, `工作表“${edit.sheet}”的 ${cellRef(w.row, w.column)}`);
    }
    const clear: CellClear[] = [];
    const kept: string[] = [];
    for (const c of edit.clear ?? []) {
      const v = shown(c.row, c.column);
      if (holds(v, c)) clear.push(c);
      else if (v !== '' && v !== null) kept.push(cellRef(c.row, c.column));
    }
    return {
      edit,
      sheet: info.sheet,
      clear,
      outcome: { sheet: edit.sheet, written: (edit.write ?? []).map((w) => cellRef(w.row, w.column)), cleared: clear.map((c) => cellRef(c.row, c.column)), kept },
    };
  });
}

/** Writes down one column on consecutive rows that take the same kind of content and look: one set of calls. */
interface WriteRun {
  top: number;
  column: number;
  writes: CellWrite[];
}

function sameKind(a: CellWrite, b: CellWrite): boolean {
  const offset = (w: CellWrite) => (w.lookLike ? `${w.lookLike.row - w.row}|${w.lookLike.column - w.column}` : '');
  return Boolean(a.formula) === Boolean(b.formula) && offset(a) === offset(b) && (a.numFmt ?? '') === (b.numFmt ?? '');
}

function writeRuns(writes: CellWrite[]): WriteRun[] {
  const runs: WriteRun[] = [];
  for (const w of [...writes].sort((a, b) => a.column - b.column || a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.column === w.column && last.top + last.writes.length === w.row && sameKind(last.writes[0], w)) last.writes.push(w);
    else runs.push({ top: w.row, column: w.column, writes: [w] });
  }
  return runs;
}

/** Queue the edits' calls (the batch sends them as they fill a request). */
export async function writeEdits(batch: Batch, edits: EditProgram[]): Promise<void> {
  for (const { edit, sheet, clear } of edits) {
    for (const { top, column, writes } of writeRuns(edit.write ?? [])) {
      const first = writes[0];
      const range = sheet.getRangeByIndexes(top, column, writes.length, 1);
      const values = writes.map((w) => [excelInput(w.value)]);
      const formulas = first.formula ? writes.map((w) => [`=${w.formula!.replace(/^=/, '')}`]) : null;
      await batch.room(CALL_BYTES * 4 + payloadBytes(values) + (formulas ? payloadBytes(formulas) : 0));
      if (first.lookLike) {
        range.copyFrom(sheet.getRangeByIndexes(first.lookLike.row, first.lookLike.column, writes.length, 1), 'Formats');
        if (first.numFmt) range.numberFormat = writes.map(() => [first.numFmt!]);
      }
      // a formula's cached result first, as for planned sheets: Excel calculates over it
      if (!formulas || writes.some((w) => w.value !== null && w.value !== '')) range.values = values;
      if (formulas) range.formulas = formulas;
    }
    for (const m of edit.merge ?? []) {
      await batch.room(CALL_BYTES);
      sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
    }
    // an area PERF merged is unmerged before its cells are cleared
    for (const m of edit.unmerge ?? []) {
      await batch.room(CALL_BYTES);
      sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).unmerge();
    }
    for (const c of clear) {
      await batch.room(CALL_BYTES);
      // a look PERF gave goes back to the sheet's default with the content
      sheet.getRangeByIndexes(c.row, c.column, 1, 1).clear(c.styled ? 'All' : 'Contents');
    }
  }
}
