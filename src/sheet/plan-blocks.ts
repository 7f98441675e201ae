import { pieceText } from './piece-column';
import type { BlockColumn, CellBlock, PieceTexts, PlanCell, SheetPlan, Utf8Texts } from './plan';

/** The cells of a planned sheet as hosts write them: the rows outside blocks (a block's rows are empty there), and the blocks. */
export interface SheetCells {
  rows: readonly (readonly PlanCell[] | undefined)[];
  /** In row order, not overlapping. */
  blocks: readonly CellBlock[];
  /** Rows in all, blocks included. */
  rowCount: number;
}

const COMPACT = new WeakMap<SheetPlan, SheetCells>();

/**
 * A sheet whose big tables are planned as blocks. `rows` holds the other rows (a block's rows
 * left empty). Read as a plain SheetPlan, its `rows` are every cell, made on first read; from
 * then on those rows are the sheet (a caller may change them) and the blocks are let go.
 */
export function compactSheet(layout: Omit<SheetPlan, 'rows'>, rows: PlanCell[][], blocks: CellBlock[]): SheetPlan {
  if (blocks.length === 0) return { ...layout, rows };
  const plan = { ...layout } as SheetPlan;
  if (blocks.some((b) => b.mergeAcross)) {
    const own = layout.merges;
    MERGED.set(plan, { merges: own, blocks: blocks.filter((b) => b.mergeAcross) });
    // read as a plain plan, the merges are all of them
    madeOnFirstRead(plan, 'merges', () => [...own, ...acrossRanges(blocks)], () => MERGED.delete(plan));
  }
  const rowCount = blocks.reduce((n, b) => Math.max(n, b.top + b.rowCount), rows.length);
  COMPACT.set(plan, { rows, blocks, rowCount });
  madeOnFirstRead(plan, 'rows', () => everyRow({ rows, blocks, rowCount }), () => COMPACT.delete(plan));
  return plan;
}

/**
 * A property of the plan made on first read (or set), from then on a plain one; `settled` runs
 * then, letting go of what stood for it.
 */
function madeOnFirstRead<K extends 'rows' | 'merges'>(plan: SheetPlan, key: K, make: () => SheetPlan[K], settled: () => void): void {
  const settle = (value: SheetPlan[K]) => {
    settled();
    Object.defineProperty(plan, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(plan, key, {
    enumerable: true,
    configurable: true,
    get: () => settle(make()),
    set: (value: SheetPlan[K]) => void settle(value),
  });
}

const MERGED = new WeakMap<SheetPlan, SheetMerges>();

/** The merged areas of a planned sheet as hosts write them: the listed ones, then each block's rows merged across. */
export interface SheetMerges {
  merges: SheetPlan['merges'];
  /** Blocks with mergeAcross, in row order. */
  blocks: readonly CellBlock[];
}

/** THE way to the merges of a planned sheet for a host that can meet a big one (a range per row of a block is not made). */
export function sheetMerges(plan: Pick<SheetPlan, 'merges'>): SheetMerges {
  return MERGED.get(plan as SheetPlan) ?? { merges: plan.merges, blocks: [] };
}

/** A block's rows merged across, a range each. */
export function acrossRanges(blocks: readonly CellBlock[]): SheetPlan['merges'] {
  const out: SheetPlan['merges'] = [];
  for (const b of blocks) {
    const across = b.mergeAcross;
    if (across) for (let i = 0; i < b.rowCount; i++) out.push({ top: b.top + i, left: across.left, bottom: b.top + i, right: across.right });
  }
  return out;
}

/** THE way to the cells of a planned sheet for a host or a measure that can meet a big one. */
export function sheetCells(plan: Pick<SheetPlan, 'rows'>): SheetCells {
  const compact = COMPACT.get(plan as SheetPlan);
  return compact ?? { rows: plan.rows, blocks: [], rowCount: plan.rows.length };
}

const decoder = new TextDecoder();

export function isUtf8Texts(values: BlockColumn['values']): values is Utf8Texts {
  return values !== undefined && !Array.isArray(values) && !(values instanceof Float64Array) && 'bytes' in values;
}

export function isPieceTexts(values: BlockColumn['values']): values is PieceTexts {
  return values !== undefined && !Array.isArray(values) && !(values instanceof Float64Array) && 'pieces' in values;
}

/** The value of a block's cell (see BlockColumn.values). */
export function blockValue(column: BlockColumn, i: number): PlanCell['value'] {
  const values = column.values;
  if (isUtf8Texts(values)) return decoder.decode(values.bytes.subarray(values.starts[i], values.ends[i]));
  if (isPieceTexts(values)) return pieceText(values, i);
  const v = values?.[i];
  return v === undefined || (typeof v === 'number' && v !== v) ? null : v;
}

/** One cell of a block as a plan cell, as a row-by-row plan would hold it. */
export function blockCell(column: BlockColumn, i: number): PlanCell {
  const style = column.styles?.[i] ?? column.style;
  const numFmt = column.numFmts?.[i] ?? column.numFmt;
  const value = blockValue(column, i);
  return numFmt === undefined ? { value, style } : { value, style, numFmt };
}

/**
 * Each row of a planned sheet in order, as plan cells, without making the sheet's rows (a
 * block's row is made for the call and let go): for a host that writes cell by cell.
 */
export function forEachPlanRow(plan: Pick<SheetPlan, 'rows'>, visit: (cells: readonly PlanCell[], r: number) => void): void {
  const { rows, blocks, rowCount } = sheetCells(plan);
  let next = 0;
  for (let r = 0; r < rowCount; r++) {
    const b = blocks[next];
    if (b && b.top === r) {
      for (let i = 0; i < b.rowCount; i++) visit(b.columns.map((c) => blockCell(c, i)), r + i);
      r += b.rowCount - 1;
      next++;
    } else visit(rows[r] ?? [], r);
  }
}

/** A planned sheet without its cells and heights (for a page that shows its layout), its rows not made. */
export function sheetLayout(plan: SheetPlan): Omit<SheetPlan, 'rows' | 'rowHeights'> {
  const layout: Record<string, unknown> = {};
  for (const key of Object.keys(plan)) if (key !== 'rows' && key !== 'rowHeights') layout[key] = plan[key as keyof SheetPlan];
  return layout as Omit<SheetPlan, 'rows' | 'rowHeights'>;
}

/** The widest row of a planned sheet, in cells. */
export function planWidth(plan: Pick<SheetPlan, 'rows'>): number {
  const { rows, blocks } = sheetCells(plan);
  let width = 0;
  for (const row of rows) if (row && row.length > width) width = row.length;
  for (const b of blocks) width = Math.max(width, b.columns.length);
  return width;
}

function everyRow(cells: SheetCells): PlanCell[][] {
  const full: PlanCell[][] = [];
  for (let r = 0; r < cells.rowCount; r++) full.push((cells.rows[r] as PlanCell[] | undefined) ?? []);
  for (const b of cells.blocks)
    for (let i = 0; i < b.rowCount; i++)
      full[b.top + i] = b.columns.map((c) => blockCell(c, i));
  return full;
}
