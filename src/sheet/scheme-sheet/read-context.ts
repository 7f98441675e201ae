import { CellValue, quote, readCell } from '../../engine/cell';
import { isPerfError } from '../../engine/errors';
import { defaultScheme } from '../../engine/scheme/defaults';
import type { Locate } from '../../engine/scheme/report';
import type { Scheme } from '../../engine/scheme/types';
import { defaultWorkbookSettings, type WorkbookSettings } from '../../engine/scheme/office';
import { Choice, choiceOf, labelOf, labelsText } from '../../engine/scheme/words';
import { readYesNo } from '../../engine/yesno';
import { cellAddress } from '../address';
import type { SheetData } from '../source-table';
import type { Warning } from '../warning';
import type { BlockDef, BlockId } from './layout';
import { rawText } from './read-values';

/** A block found on the sheet: its title cell, header row, the columns found by their words, and its data rows. */
export interface Block {
  def: BlockDef;
  title: { row: number; col: number };
  header: number | null;
  columns: Map<string, number>;
  rows: number[];
}

/**
 * What the block readers share while reading one 方案 sheet: the grid, the scheme being
 * filled in, the cell each JSON path was read from, and the problems found.
 */
export class SheetContext {
  readonly grid: CellValue[][];
  readonly paths = new Map<string, string>();
  readonly warnings: Warning[] = [];
  readonly errors: Warning[] = [];
  readonly scheme: Scheme = defaultScheme();
  /** The office's own blocks (公示设置, 单位名册), read beside the rules. */
  readonly settings: WorkbookSettings = defaultWorkbookSettings();
  readonly blocks = new Map<BlockId, Block>();
  /** Sheet position of each warning, to list them top to bottom. */
  private readonly order = new Map<Warning, number>();

  constructor(readonly sheet: SheetData) {
    this.grid = sheet.values;
    this.paths.set('', this.addr(0, 0));
  }

  addr(row: number, col: number): string {
    return cellAddress(this.sheet.name, row, col);
  }

  raw(row: number, col: number | undefined): CellValue {
    return col === undefined ? null : this.grid[row]?.[col];
  }

  blankRow(row: number): boolean {
    return (this.grid[row] ?? []).every((v) => readCell(v).kind === 'blank');
  }

  warn(row: number, col: number, message: string) {
    const cell = this.addr(row, col);
    const w = { cell, message: `${cell} ${message}` };
    this.warnings.push(w);
    this.order.set(w, row * 1e4 + col);
  }

  fail(row: number, col: number, message: string) {
    const cell = this.addr(row, col);
    this.errors.push({ cell, message: `${cell} ${message}` });
  }

  /** Warnings top to bottom (those about the whole sheet first). */
  sortedWarnings(): Warning[] {
    return [...this.warnings].sort((a, b) => (this.order.get(a) ?? -1) - (this.order.get(b) ?? -1));
  }

  /** The cell of a path, or of the nearest enclosing path read ("awards[1].tiers[0].count.甲" → its rule's cell). */
  locate(): Locate {
    const paths = this.paths;
    return (path) => {
      let p = path;
      for (;;) {
        const hit = paths.get(p);
        if (hit !== undefined) return hit;
        if (p === '') return paths.get('')!;
        const cut = p.replace(/(\[[^\]]*\]|\.[^.[\]]*)$/, '');
        p = cut === p ? '' : cut;
      }
    };
  }

  /** Register a path at a block's header cell for `column`, or at its title. */
  blockPath(path: string, id: BlockId, column?: string) {
    const b = this.blocks.get(id);
    if (!b) return;
    const col = column !== undefined && b.header !== null ? b.columns.get(column) : undefined;
    this.paths.set(path, col !== undefined ? this.addr(b.header!, col) : this.addr(b.title.row, b.title.col));
  }

  /** The cell of a column in a data row, registering its address under `path`. */
  cell(b: Block, row: number, key: string, path?: string): CellValue {
    const col = b.columns.get(key);
    if (path !== undefined && col !== undefined) this.paths.set(path, this.addr(row, col));
    return this.raw(row, col);
  }

  /** The column of `key` in a block, or the title's column when the block has no such column. */
  col(b: Block, key: string): number {
    return b.columns.get(key) ?? b.title.col;
  }

  choice<T extends string>(choices: readonly Choice<T>[], v: CellValue, fallback: T, what: string, row: number, col: number): T {
    const t = rawText(v);
    if (t === '') {
      this.warn(row, col, `${what}为空：按默认的“${labelOf(choices, fallback)}”处理。可填 ${labelsText(choices)}`);
      return fallback;
    }
    return choiceOf(choices, t) ?? (t as T); // unknown words are reported by validateScheme
  }

  yesNo(v: CellValue, fallback: boolean, what: string, row: number, col: number): boolean {
    try {
      return readYesNo(v, what, { reasons: false, levels: false }).yes;
    } catch (e) {
      if (!isPerfError(e)) throw e;
      this.fail(row, col, `${what} ${quote(v)} 无法识别：请填写 是 或 否`);
      return fallback;
    }
  }

  wholeOrBlank(v: CellValue, what: string, fix: string, row: number, col: number): number | null {
    const c = readCell(typeof v === 'string' ? v.replace(/[位个名]\s*$/, '') : v);
    if (c.kind === 'blank') return null;
    if (c.kind === 'number' && !c.percent && c.value.isInteger() && !c.value.isNegative()) return c.value.toNumber();
    this.fail(row, col, `${what} ${quote(v)} 无法识别：${fix}`);
    return null;
  }
}
