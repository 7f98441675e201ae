import { parseCellRef, parseRangeRef } from '../address';
import { formulaReferences } from '../native';
import type { WritePlan } from '../plan';
import type { SheetData } from '../source-table';
import { applicationsOf, chooseApplication, type Application } from './applications';

export { appliedEntries } from './applications';

/** The sheets that hold cells 套用 added, in record order. */
export function appliedSheets(sheets: SheetData[]): string[] {
  return [...new Set(applicationsOf(sheets).reverse().map((a) => a.sheet))];
}

export interface UndoChoice {
  /** Only this sheet's applications. */
  sheet?: string;
  /** Which application: its number in the list (1 = the latest), its batch or the start of it; default the latest. */
  batch?: string;
}

export interface UndoResult {
  plan: WritePlan;
  sheet: string;
  cells: string[];
  /** The application taken back. */
  application: Application;
  /** The applications it was chosen from, numbered as `--undo=N` counts them (the latest first). */
  applications: Application[];
  /** The applications that stay in the record, the latest first. */
  remaining: Application[];
  /** What the clerk should know: a later application whose formulas use cells taken back. */
  notes: string[];
}

/**
 * 撤销本次套用: clear the cells one application (套用) added — the latest unless one is
 * chosen — each only while it still holds what PERF wrote (a cell the clerk changed since
 * is kept and reported by the host), give the cells of added columns back the sheet's own
 * look, and take its entries out of the record. Nothing else of the sheet is touched.
 */
export function undoWritePlan(sheets: SheetData[], choice: UndoChoice = {}): UndoResult {
  const { chosen, all } = chooseApplication(sheets, { sheet: choice.sheet, choice: choice.batch });
  const unmerge = chosen.entries.filter((e) => e.merged).map((e) => parseRangeRef(e.cell.replace(/\$/g, ''))!);
  const clear = chosen.entries.filter((e) => !e.merged).map((e) => {
    const at = parseCellRef(e.cell)!;
    return {
      row: at.row,
      column: at.col,
      ...(e.formula !== undefined ? { formula: e.formula } : { value: e.value ?? null }),
      ...(e.styled ? { styled: true } : {}),
    };
  });
  const remaining = (choice.sheet === undefined ? all : applicationsOf(sheets)).filter((a) => a !== chosen && !(a.batch === chosen.batch && a.sheet === chosen.sheet));
  return {
    plan: { sheets: [], edits: [{ sheet: chosen.sheet, clear, ...(unmerge.length ? { unmerge } : {}) }], recordDrop: chosen.entries.map((e) => ({ sheet: e.sheet, cell: e.cell, what: e.what })) },
    sheet: chosen.sheet,
    cells: chosen.cells,
    application: chosen,
    applications: all,
    remaining,
    notes: laterUses(chosen, all),
  };
}

/** Later applications on the same sheet whose formulas refer to cells this one added (they show blank or an error once these go). */
function laterUses(chosen: Application, all: Application[]): string[] {
  const later = all.slice(0, all.indexOf(chosen)).filter((a) => a.sheet === chosen.sheet);
  const taken = chosen.cells.map((c) => parseRangeRef(c.replace(/\$/g, ''))).filter((r) => r !== null);
  const out: string[] = [];
  for (const a of later) {
    const using = a.entries.filter((e) =>
      formulaReferences(e.formula ?? '').cells.some((ref) => (ref.sheet === null || ref.sheet === chosen.sheet) && taken.some((t) => t.top <= ref.range.bottom && ref.range.top <= t.bottom && t.left <= ref.range.right && ref.range.left <= t.right)),
    );
    if (using.length) out.push(`较晚的套用“${a.label}”中 ${using.map((e) => e.cell).join('、')} 的公式用到了撤销的单元格：撤销后它们显示为空或出错，需要时请一并撤销`);
  }
  return out;
}
