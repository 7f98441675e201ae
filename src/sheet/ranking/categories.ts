import { normaliseText } from '../../engine/cell';
import { readCellFast as readCell, textKeyFast as textKey } from '../../engine/text-fast';
import { cellAddress } from '../address';
import type { SourceTable } from '../source-table';
import type { Warning } from '../warning';

const UNCATEGORISED = '未分类';

/** The table's categories as numbers: each row's (0, 1, … in the order they first appear), and each number's name. */
export interface CategoryIndex {
  ids: Int32Array;
  names: string[];
  /** Units of each category. */
  counts: number[];
}

/**
 * Each data row's category, one spelling per category ("一 类", "一类" are the same category
 * under the one matching rule, engine/match.ts, that PERF.RANKS groups by too; named as it first appears) so that ranking, awards and the scheme's checks
 * all group the same units. '' for every row when the sheet has no category column.
 * Problems are added to `warnings` when given. The list is shared: read it, never change it.
 */
export function readCategories(table: SourceTable, warnings?: Warning[]): string[] {
  return readOnce(table, warnings).categories;
}

/** readCategories as numbers (one category '' when the sheet has none); shared: never change it. */
export function categoryIndex(table: SourceTable): CategoryIndex {
  return readOnce(table).index;
}

interface Read {
  rows: SourceTable['rows'];
  count: number;
  categories: string[];
  index: CategoryIndex;
  warnings: Warning[];
}

function readOnce(table: SourceTable, warnings?: Warning[]): Read {
  // the scheme's checks and the ranking both read them: once per table (its rows never change once found)
  let read = READ.get(table);
  if (read === undefined || read.rows !== table.rows || read.count !== table.rows.length) {
    const found: Warning[] = [];
    const index: CategoryIndex = { ids: new Int32Array(table.rows.length), names: [], counts: [] };
    read = { rows: table.rows, count: table.rows.length, categories: categoriesOf(table, found, index), index, warnings: found };
    READ.set(table, read);
  }
  if (warnings) for (const w of read.warnings) warnings.push(w);
  return read;
}

const READ = new WeakMap<SourceTable, Read>();

function categoriesOf(table: SourceTable, warnings: Warning[], index: CategoryIndex): string[] {
  const n = table.rows.length;
  // born holding text: no change of kind while it is filled
  const out: string[] = new Array(n).fill('');
  const col = table.columns.find((c) => c.role === 'category');
  if (!col) {
    if (n > 0) {
      index.names.push('');
      index.counts.push(n);
    }
    return out;
  }
  const reader = new CategoryReader(table, col.index, warnings, index);
  // a category is typed the same way row after row: a raw text read once, with nothing to say, is its
  // own category again. Only that is in this loop; a first reading is a method of its own (the loop
  // stays small for the optimising compiler)
  const known = reader.known;
  for (let i = 0; i < n; i++) {
    const raw = table.rows[i]!.cells[col.index];
    const again = typeof raw === 'string' ? known.get(raw) : undefined;
    if (again === undefined) out[i] = reader.read(i, raw);
    else {
      out[i] = index.names[again]!;
      index.ids[i] = again;
      index.counts[again]!++;
    }
  }
  return out;
}

/** A row's category read in full: its text, its one spelling, its number, what to tell the clerk. */
class CategoryReader {
  private readonly unit: SourceTable['columns'][number] | undefined;
  private readonly spelling = new Map<string, { text: string; cell: string }>();
  /** A category's number by its spelling. */
  private readonly idOf = new Map<string, number>();
  /** A raw text's category number, for the rows that type it the same way again. */
  readonly known = new Map<string, number>();

  constructor(
    private readonly table: SourceTable,
    private readonly col: number,
    private readonly warnings: Warning[],
    private readonly index: CategoryIndex,
  ) {
    this.unit = table.columns.find((c) => c.role === 'unit');
  }

  read(i: number, raw: SourceTable['rows'][number]['cells'][number]): string {
    const { table, col, warnings, index } = this;
    const row = table.rows[i]!;
    const c = readCell(raw);
    let category = c.kind === 'text' ? c.text : c.kind === 'number' ? c.value.toFixed() : c.kind === 'bool' ? String(c.value) : '';
    if (category === '') {
      const address = cellAddress(table.sheet, row.row, col);
      const name = this.unit ? normaliseText(String(row.cells[this.unit.index] ?? '')) : '';
      warnings.push({ cell: address, message: `${address}：单位“${name}”的类别为空，归入“${UNCATEGORISED}”排名：请填写类别` });
      category = UNCATEGORISED;
    }
    const key = textKey(category);
    const first = this.spelling.get(key);
    if (!first) this.spelling.set(key, { text: category, cell: cellAddress(table.sheet, row.row, col) });
    const plain = !first || first.text === category;
    if (!plain) {
      const address = cellAddress(table.sheet, row.row, col);
      warnings.push({
        cell: address,
        message: `${address} 的类别“${category}”与 ${first.cell} 的“${first.text}”只差空格、全角半角或大小写：按同一类别“${first.text}”排名，请统一写法`,
      });
      category = first.text;
    }
    let id = this.idOf.get(category);
    if (id === undefined) {
      this.idOf.set(category, (id = index.names.length));
      index.names.push(category);
      index.counts.push(0);
    }
    if (plain && typeof raw === 'string' && c.kind === 'text' && this.known.size < 1000) this.known.set(raw, id);
    index.ids[i] = id;
    index.counts[id]!++;
    return category;
  }
}
