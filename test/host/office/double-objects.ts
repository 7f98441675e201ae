import { DoubleContext, doubleError } from './double-context';
import {
  a1Of,
  cellAt,
  contains,
  formatAt,
  GRID_COLUMNS,
  GRID_ROWS,
  intersects,
  newSheet,
  parseA1,
  qualified,
  splitSheet,
  STANDARD_HEIGHT,
  STANDARD_WIDTH,
  usedRect,
  WHOLE_SHEET,
  type BorderEdge,
  type DoubleCell,
  type DoubleConditionalFormat as CfState,
  type DoubleName,
  type DoubleSheet,
  type DoubleValue,
  type FormatProps,
  type Rect,
} from './double-state';

/**
 * The API objects of the Excel double, shaped like Office.js's (Excel.Range,
 * Excel.Worksheet …). Every setter and method queues an operation; every property
 * must be loaded and synced before it is read (PropertyNotLoaded otherwise).
 */

type LoadArg = string | string[] | { select?: string; expand?: string } | undefined;

function propList(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  const text = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg.join(',') : (arg.select ?? '');
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The apostrophe, "=" and the typed-input conversions Excel applies to a value set through the API. */
function entered(raw: unknown, textFormat: boolean): Pick<DoubleCell, 'value' | 'formula' | 'quotePrefix'> {
  if (raw === null || raw === undefined || raw === '') return { value: null };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  const s = String(raw);
  if (textFormat) return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1), quotePrefix: true };
  if (s.startsWith('=') && s.length > 1) return { value: null, formula: s.slice(1) };
  if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(s)) return { value: Number(s) };
  if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)%\s*$/.test(s)) return { value: Number(s.trim().slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(s.trim())) return { value: s.trim().toLowerCase() === 'true' };
  return { value: s };
}

function rectCells(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export class DoubleObject {
  protected readonly loaded = new Map<string, unknown>();
  constructor(readonly context: DoubleContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw doubleError('PropertyNotLoaded', `${this.constructor.name}.${prop}`);
    return this.loaded.get(prop) as T;
  }

  /** The value of a property now, at sync time (for load). */
  protected current(_prop: string): unknown {
    return undefined;
  }

  protected scalarProps(): string[] {
    return [];
  }

  /** Sub-objects by name for loads such as "format/fill/color". */
  protected child(_name: string): DoubleObject | null {
    return null;
  }

  load(arg?: LoadArg): this {
    const props = propList(arg);
    const own = props.filter((p) => !p.includes('/'));
    for (const p of props.filter((p) => p.includes('/'))) {
      const [head, ...rest] = p.split('/');
      const sub = this.child(head);
      if (!sub) throw doubleError('InvalidArgument', `load ${p}`);
      sub.load(rest.join('/'));
    }
    const wanted = own.length ? own : props.length ? [] : this.scalarProps();
    if (wanted.length || !props.length) {
      this.context.enqueue(`${this.constructor.name}.load`, wanted, () => {
        // loading a null object is no error: it has nothing to give
        if (this.isAbsent()) return;
        const data: Record<string, unknown> = {};
        let cells = 0;
        for (const p of wanted) {
          data[p] = this.current(p);
          if (Array.isArray(data[p]) && Array.isArray((data[p] as unknown[])[0])) cells += (data[p] as unknown[][]).length * ((data[p] as unknown[][])[0]?.length ?? 0);
        }
        this.context.deliver(data, () => {
          for (const p of wanted) this.loaded.set(p, data[p]);
        }, cells);
      });
    }
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  /** An *OrNullObject object that turned out not to exist. */
  protected isAbsent(): boolean {
    return false;
  }

  /** @internal For collections: what an item's property is now, and the item's loaded copy of it. */
  valueNow(prop: string): unknown {
    return this.current(prop);
  }
  setLoaded(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }
}

/** A collection's items with their loaded properties, readable once the request succeeds. */
function deliverItems<T extends DoubleObject>(context: DoubleContext, items: T[], props: string[], done: (items: T[]) => void): void {
  const data = items.map((item) => Object.fromEntries(props.map((p) => [p, item.valueNow(p)])));
  context.deliver(data, () => {
    items.forEach((item, i) => {
      for (const [k, v] of Object.entries(data[i])) item.setLoaded(k, v);
    });
    done(items);
  });
}

/** An object got by an *OrNullObject method: isNullObject is known after a sync. */
class Nullable extends DoubleObject {
  private exists: (() => boolean) | null = null;

  protected override isAbsent(): boolean {
    return this.exists !== null && !this.exists();
  }

  protected watchNull(exists: () => boolean, what: string): void {
    this.exists = exists;
    this.context.enqueue(`${what}.resolve`, undefined, () => {
      const is = !exists();
      this.context.deliver({ isNullObject: is }, () => this.loaded.set('isNullObject', is));
    });
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
}

// ---------------------------------------------------------------- ranges

export interface RangeTarget {
  sheet: DoubleSheet;
  rect: Rect;
}

type Resolve<T> = () => T | null;

export class DoubleRange extends Nullable {
  readonly format: DoubleRangeFormat;
  readonly dataValidation: DoubleDataValidation;
  readonly conditionalFormats: DoubleConditionalFormatCollection;

  constructor(
    context: DoubleContext,
    readonly resolveTarget: Resolve<RangeTarget>,
    orNull = false,
  ) {
    super(context);
    this.format = new DoubleRangeFormat(context, () => {
      const t = this.target();
      return { sheet: t.sheet, rects: [t.rect] };
    });
    this.dataValidation = new DoubleDataValidation(context, () => this.target());
    this.conditionalFormats = new DoubleConditionalFormatCollection(context, () => this.target());
    if (orNull) this.watchNull(() => resolveTarget() !== null, 'Range');
  }

  target(): RangeTarget {
    const t = this.resolveTarget();
    if (!t) throw doubleError('ItemNotFound', 'Range');
    return t;
  }

  protected override scalarProps(): string[] {
    return ['address', 'values', 'formulas', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount'];
  }

  protected override child(name: string): DoubleObject | null {
    if (name === 'format') return this.format;
    if (name === 'worksheet') return this.worksheet;
    return null;
  }

  protected override current(prop: string): unknown {
    const { sheet, rect } = this.target();
    const grid = (f: (cell: DoubleCell | undefined) => unknown) => {
      if (rectCells(rect) > 5_000_000) throw doubleError('RangeExceedsLimit', `Range.${prop}`);
      const out: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(f(cellAt(sheet, r, c)));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case 'address':
        return qualified(sheet.name, rect);
      case 'values':
        return grid((c) => (c?.value === null || c?.value === undefined ? '' : c.value));
      case 'formulas':
        return grid((c) => (c?.formula !== undefined ? `=${c.formula}` : c?.value === null || c?.value === undefined ? '' : c.value));
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'cellCount':
        return rectCells(rect);
      default:
        throw doubleError('InvalidArgument', `Range.load ${prop}`);
    }
  }

  get address(): string {
    return this.read('address');
  }
  get values(): DoubleValue[][] {
    return this.read('values');
  }
  set values(v: unknown) {
    this.write('values', v, false);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown) {
    this.write('formulas', v, true);
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown) {
    this.context.enqueue('Range.numberFormat=', v, () => {
      const { sheet, rect } = this.writable(false);
      this.eachCell(rect, v, (r, c, x) => {
        const cell = ensureCell(sheet, r, c);
        cell.numberFormat = String(x);
      });
    });
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }

  get worksheet(): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => this.resolveTarget()?.sheet ?? null);
  }

  private writable(values: boolean): RangeTarget {
    const t = this.target();
    if (t.sheet.protection.protected) {
      const locked = !values || cellsOf(t.rect).some(([r, c]) => formatAt(t.sheet, r, c).locked !== false);
      if (locked) throw doubleError('AccessDenied', 'Range (the sheet is protected)');
    }
    return t;
  }

  /** Each cell's element of a 2-D array the size of the range (or one value for all). */
  private eachCell(rect: Rect, v: unknown, f: (r: number, c: number, x: unknown) => void): void {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (Array.isArray(v)) {
      if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw doubleError('InvalidArgument', `Range ${a1Of(rect)}`, `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
      }
      v.forEach((row: unknown[], i) => row.forEach((x, j) => f(rect.top + i, rect.left + j, x)));
      return;
    }
    for (const [r, c] of cellsOf(rect)) f(r, c, v);
  }

  private write(prop: 'values' | 'formulas', v: unknown, _formulas: boolean): void {
    this.context.enqueue(`Range.${prop}=`, v, () => {
      const { sheet, rect } = this.writable(true);
      this.eachCell(rect, v, (r, c, x) => {
        const cell = ensureCell(sheet, r, c);
        const got = entered(x, cell.numberFormat === '@');
        const before = cell.value;
        cell.value = got.value;
        delete cell.formula;
        delete cell.quotePrefix;
        if (got.quotePrefix) cell.quotePrefix = true;
        if (got.formula !== undefined) {
          cell.formula = got.formula;
          cell.value = this.context.double.calculate(sheet, r, c, got.formula, before);
        }
      });
      this.context.changed.push({ sheetId: sheet.id, address: a1Of(rect) });
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents' = 'All'): void {
    this.context.enqueue('Range.clear', applyTo, () => {
      const { sheet, rect } = this.writable(applyTo === 'Contents');
      const whole = rect.top === 0 && rect.left === 0 && rect.bottom === GRID_ROWS - 1 && rect.right === GRID_COLUMNS - 1;
      if (applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents') {
        if (whole) sheet.cells = [];
        else
          sheet.cells.forEach((row, r) => {
            if (r < rect.top || r > rect.bottom || !row) return;
            row.forEach((cell, c) => {
              if (cell && c >= rect.left && c <= rect.right) {
                cell.value = null;
                delete cell.formula;
                delete cell.quotePrefix;
              }
            });
          });
      }
      if (applyTo === 'All' || applyTo === 'Formats') {
        if (whole) sheet.formats = [];
        else sheet.formats.push({ rect, props: {}, reset: true });
        sheet.cells.forEach((row, r) => row?.forEach((cell, c) => cell && contains(rect, r, c) && delete cell.numberFormat));
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.rect, rect));
      }
      this.context.changed.push({ sheetId: sheet.id, address: a1Of(rect) });
    });
  }

  merge(across = false): void {
    this.context.enqueue('Range.merge', across, () => {
      const { sheet, rect } = this.writable(false);
      const parts = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
      const byRow = mergesByRow(sheet);
      for (const m of parts) {
        if (rectCells(m) < 2) continue;
        for (let r = m.top; r <= m.bottom; r++) {
          if (byRow.get(r)?.some((x) => intersects(x, m))) throw doubleError('InvalidOperation', 'Range.merge', 'The range overlaps a merged area.');
        }
        sheet.merges.push(m);
        addToIndex(byRow, m);
        MERGE_INDEX.get(sheet.merges)!.length = sheet.merges.length;
        // Excel keeps only the top-left value of a merged area
        for (const [r, c] of cellsOf(m)) if (r !== m.top || c !== m.left) delete sheet.cells[r]?.[c];
      }
    });
  }

  /** ExcelApi 1.9. 'Formats' (the double's only kind): the source's look and number format, cell for cell (a one-cell source fills the target). */
  copyFrom(source: DoubleRange | string, copyType: string = 'All'): void {
    this.context.enqueue('Range.copyFrom', { source: typeof source === 'string' ? source : 'Range', copyType }, () => {
      if (copyType !== 'Formats') throw doubleError('InvalidArgument', `Range.copyFrom ${copyType} (the double copies formats only)`);
      const { sheet, rect } = this.writable(false);
      const from = typeof source === 'string' ? { sheet, rect: parseA1(splitSheet(source).a1)! } : source.target();
      const rows = from.rect.bottom - from.rect.top + 1;
      const cols = from.rect.right - from.rect.left + 1;
      for (const [r, c] of cellsOf(rect)) {
        const sr = from.rect.top + ((r - rect.top) % rows);
        const sc = from.rect.left + ((c - rect.left) % cols);
        const { borderSides, ...look } = formatAt(from.sheet, sr, sc);
        const borders: FormatProps['borders'] = {};
        if (borderSides.top) borders.EdgeTop = borderSides.top;
        if (borderSides.bottom) borders.EdgeBottom = borderSides.bottom;
        if (borderSides.left) borders.EdgeLeft = borderSides.left;
        if (borderSides.right) borders.EdgeRight = borderSides.right;
        const one = { top: r, left: c, bottom: r, right: c };
        sheet.formats.push({ rect: one, props: {}, reset: true }, { rect: one, props: { ...look, borders } });
        const nf = cellAt(from.sheet, sr, sc)?.numberFormat;
        if (nf) ensureCell(sheet, r, c).numberFormat = nf;
        else if (cellAt(sheet, r, c)) delete sheet.cells[r][c]!.numberFormat;
      }
    });
  }

  unmerge(): void {
    this.context.enqueue('Range.unmerge', undefined, () => {
      const { sheet, rect } = this.writable(false);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  getMergedAreasOrNullObject(): DoubleRangeAreas {
    const areas = new DoubleRangeAreas(this.context, () => {
      const t = this.resolveTarget();
      if (!t) return null;
      const rects = t.sheet.merges.filter((m) => intersects(m, t.rect));
      return rects.length ? { sheet: t.sheet, rects } : null;
    });
    areas.watchNullOf('RangeAreas');
    return areas;
  }

  /** ExcelApi 1.9: the cells holding constants (or formulas) as rectangles (runs along rows joined down), or a null object. */
  getSpecialCellsOrNullObject(cellType: 'Constants' | 'Formulas' | string): DoubleRangeAreas {
    const areas = new DoubleRangeAreas(this.context, () => {
      const t = this.resolveTarget();
      if (!t) return null;
      if (cellType !== 'Constants' && cellType !== 'Formulas') throw doubleError('InvalidArgument', `Range.getSpecialCells ${cellType} (the double knows Constants and Formulas)`);
      const wanted = (cell: DoubleCell | undefined) => (cellType === 'Formulas' ? cell?.formula !== undefined : cell?.formula === undefined && cell?.value !== null && cell?.value !== undefined && cell?.value !== '');
      const rects: Rect[] = [];
      let open = new Map<string, Rect>();
      t.sheet.cells.forEach((row, r) => {
        if (!row || r < t.rect.top || r > t.rect.bottom) return;
        const next = new Map<string, Rect>();
        let c = -1;
        row.forEach((cell, col) => {
          if (col < t.rect.left || col > t.rect.right || !wanted(cell) || col <= c) return;
          let end = col;
          while (end + 1 <= t.rect.right && wanted(row[end + 1])) end++;
          c = end;
          const key = `${col}|${end}`;
          const above = open.get(key);
          if (above && above.bottom === r - 1) {
            above.bottom = r;
            next.set(key, above);
          } else {
            const rect = { top: r, left: col, bottom: r, right: end };
            rects.push(rect);
            next.set(key, rect);
          }
        });
        open = next;
      });
      return rects.length ? { sheet: t.sheet, rects } : null;
    });
    areas.watchNullOf('RangeAreas');
    return areas;
  }

  private derived(f: (t: RangeTarget) => Rect | null, orNull = false): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const t = this.resolveTarget();
        const rect = t ? f(t) : null;
        if (t && rect && (rect.top < 0 || rect.left < 0 || rect.bottom >= GRID_ROWS || rect.right >= GRID_COLUMNS)) throw doubleError('InvalidArgument', 'Range (off the grid)');
        return t && rect ? { sheet: t.sheet, rect } : null;
      },
      orNull,
    );
  }

  getCell(row: number, column: number): DoubleRange {
    return this.derived(({ rect }) => ({ top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): DoubleRange {
    return this.derived(({ rect }) => ({ ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): DoubleRange {
    return this.derived(({ rect }) => ({ top: rect.top + rowOffset, bottom: rect.bottom + rowOffset, left: rect.left + columnOffset, right: rect.right + columnOffset }));
  }

  getRow(row: number): DoubleRange {
    return this.derived(({ rect }) => ({ ...rect, top: rect.top + row, bottom: rect.top + row }));
  }

  getColumn(column: number): DoubleRange {
    return this.derived(({ rect }) => ({ ...rect, left: rect.left + column, right: rect.left + column }));
  }

  getEntireRow(): DoubleRange {
    return this.derived(({ rect }) => ({ ...rect, left: 0, right: GRID_COLUMNS - 1 }));
  }

  getEntireColumn(): DoubleRange {
    return this.derived(({ rect }) => ({ ...rect, top: 0, bottom: GRID_ROWS - 1 }));
  }

  getUsedRange(valuesOnly = false): DoubleRange {
    return this.derived(({ sheet, rect }) => clip(usedRect(sheet, valuesOnly), rect) ?? { top: rect.top, left: rect.left, bottom: rect.top, right: rect.left });
  }

  getUsedRangeOrNullObject(valuesOnly = false): DoubleRange {
    return this.derived(({ sheet, rect }) => clip(usedRect(sheet, valuesOnly), rect), true);
  }

  select(): void {
    this.context.enqueue('Range.select', undefined, () => {
      const { sheet, rect } = this.target();
      if (sheet.visibility !== 'Visible') throw doubleError('InvalidOperation', 'Range.select', 'A hidden sheet cannot be selected.');
      const wb = this.context.double.workbook;
      wb.activeSheetId = sheet.id;
      wb.selection = { sheetId: sheet.id, rect };
    });
  }
}

/** A sheet's merged areas by row, kept while its merges array is the same and no longer than when indexed (a test may push its own). */
const MERGE_INDEX = new WeakMap<Rect[], { byRow: Map<number, Rect[]>; length: number }>();

function mergesByRow(sheet: DoubleSheet): Map<number, Rect[]> {
  let index = MERGE_INDEX.get(sheet.merges);
  if (!index || index.length !== sheet.merges.length) {
    index = { byRow: new Map(), length: 0 };
    for (const x of sheet.merges) addToIndex(index.byRow, x);
    MERGE_INDEX.set(sheet.merges, index);
  }
  index.length = sheet.merges.length;
  return index.byRow;
}

function addToIndex(byRow: Map<number, Rect[]>, m: Rect): void {
  for (let r = m.top; r <= m.bottom; r++) byRow.get(r)?.push(m) ?? byRow.set(r, [m]);
}

function clip(a: Rect | null, b: Rect): Rect | null {
  if (!a || !intersects(a, b)) return null;
  return { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
}

function cellsOf(rect: Rect): [number, number][] {
  if (rectCells(rect) > 20_000_000) throw doubleError('RangeExceedsLimit', a1Of(rect));
  const out: [number, number][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) out.push([r, c]);
  return out;
}

function ensureCell(sheet: DoubleSheet, r: number, c: number): DoubleCell {
  const row = (sheet.cells[r] ??= []);
  return (row[c] ??= { value: null });
}

export class DoubleRangeAreas extends Nullable {
  readonly format: DoubleRangeFormat;
  readonly areas: DoubleRangeCollection;

  constructor(
    context: DoubleContext,
    readonly resolveAreas: Resolve<{ sheet: DoubleSheet; rects: Rect[] }>,
  ) {
    super(context);
    this.format = new DoubleRangeFormat(context, () => this.targets());
    this.areas = new DoubleRangeCollection(
      context,
      () => {
        const t = this.targets();
        return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
      },
      () => this.isAbsent(),
    );
  }

  watchNullOf(what: string): void {
    this.watchNull(() => this.resolveAreas() !== null, what);
  }

  targets(): { sheet: DoubleSheet; rects: Rect[] } {
    const t = this.resolveAreas();
    if (!t) throw doubleError('ItemNotFound', 'RangeAreas');
    return t;
  }

  protected override scalarProps(): string[] {
    return ['address', 'areaCount'];
  }

  protected override child(name: string): DoubleObject | null {
    return name === 'areas' ? this.areas : name === 'format' ? this.format : null;
  }

  protected override current(prop: string): unknown {
    const t = this.targets();
    if (prop === 'address') return t.rects.map((r) => qualified(t.sheet.name, r)).join(',');
    if (prop === 'areaCount') return t.rects.length;
    throw doubleError('InvalidArgument', `RangeAreas.load ${prop}`);
  }

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}

export class DoubleRangeCollection extends DoubleObject {
  private itemsNow: DoubleRange[] | null = null;
  constructor(
    context: DoubleContext,
    private readonly list: () => RangeTarget[],
    private readonly parentAbsent: () => boolean = () => false,
  ) {
    super(context);
  }

  override load(arg?: LoadArg): this {
    const props = propList(arg).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue('RangeCollection.load', props, () => {
      if (this.parentAbsent()) return;
      const items = this.list().map((t) => new DoubleRange(this.context, () => t));
      deliverItems(this.context, items, props.length ? props : ['address'], (done) => (this.itemsNow = done));
    });
    return this;
  }

  get items(): DoubleRange[] {
    if (!this.itemsNow) throw doubleError('PropertyNotLoaded', 'RangeCollection.items');
    return this.itemsNow;
  }
}

// ---------------------------------------------------------------- formats

type FormatTargets = () => { sheet: DoubleSheet; rects: Rect[] };

class FormatPart extends DoubleObject {
  constructor(
    context: DoubleContext,
    protected readonly targets: FormatTargets,
    private readonly kind: string,
  ) {
    super(context);
  }

  protected apply(prop: string, value: unknown, props: FormatProps): void {
    this.context.enqueue(`${this.kind}.${prop}=`, value, () => {
      const { sheet, rects } = this.targets();
      if (sheet.protection.protected) throw doubleError('AccessDenied', `${this.kind}.${prop} (the sheet is protected)`);
      for (const rect of rects) sheet.formats.push({ rect, props });
    });
  }

  /** The look of the first cell, for loads. */
  protected first(): FormatProps & { borderSides: Record<string, string | undefined> } {
    const { sheet, rects } = this.targets();
    return formatAt(sheet, rects[0].top, rects[0].left);
  }
}

export class DoubleRangeFill extends FormatPart {
  constructor(context: DoubleContext, targets: FormatTargets) {
    super(context, targets, 'RangeFill');
  }
  set color(v: string) {
    this.apply('color', v, { fill: v.toUpperCase() });
  }
  get color(): string {
    return this.read('color');
  }
  clear(): void {
    this.apply('clear', null, { fill: null });
  }
  protected override scalarProps(): string[] {
    return ['color'];
  }
  protected override current(prop: string): unknown {
    if (prop === 'color') return this.first().fill ?? '#FFFFFF';
    throw doubleError('InvalidArgument', `RangeFill.load ${prop}`);
  }
}

export class DoubleRangeFont extends FormatPart {
  constructor(context: DoubleContext, targets: FormatTargets) {
    super(context, targets, 'RangeFont');
  }
  set bold(v: boolean) {
    this.apply('bold', v, { bold: v });
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set italic(v: boolean) {
    this.apply('italic', v, { italic: v });
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set size(v: number) {
    this.apply('size', v, { size: v });
  }
  get size(): number {
    return this.read('size');
  }
  set color(v: string) {
    this.apply('color', v, { color: v.toUpperCase() });
  }
  get color(): string {
    return this.read('color');
  }
  set name(v: string) {
    this.apply('name', v, { fontName: v });
  }
  get name(): string {
    return this.read('name');
  }
  protected override scalarProps(): string[] {
    return ['bold', 'italic', 'size', 'color', 'name'];
  }
  protected override current(prop: string): unknown {
    const f = this.first();
    const map: Record<string, unknown> = { bold: f.bold ?? false, italic: f.italic ?? false, size: f.size ?? 11, color: f.color ?? '#000000', name: f.fontName ?? 'Calibri' };
    if (!(prop in map)) throw doubleError('InvalidArgument', `RangeFont.load ${prop}`);
    return map[prop];
  }
}

const EDGES: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];

export class DoubleRangeBorder extends FormatPart {
  constructor(
    context: DoubleContext,
    targets: FormatTargets,
    private readonly edge: BorderEdge,
  ) {
    super(context, targets, `RangeBorder(${edge})`);
  }
  set style(v: string) {
    this.apply('style', v, { borders: { [this.edge]: v } });
  }
  set weight(v: string) {
    // recorded only: the double keeps the line style, not its weight
    this.context.enqueue(`RangeBorder.weight=`, v, () => undefined);
  }
  set color(v: string) {
    this.context.enqueue(`RangeBorder.color=`, v, () => undefined);
  }
}

export class DoubleRangeBorderCollection extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly targets: FormatTargets,
  ) {
    super(context);
  }
  getItem(index: BorderEdge | string): DoubleRangeBorder {
    if (!EDGES.includes(index as BorderEdge)) throw doubleError('InvalidArgument', `RangeBorderCollection.getItem ${index}`);
    return new DoubleRangeBorder(this.context, this.targets, index as BorderEdge);
  }
}

export class DoubleFormatProtection extends FormatPart {
  constructor(context: DoubleContext, targets: FormatTargets) {
    super(context, targets, 'FormatProtection');
  }
  set locked(v: boolean) {
    this.apply('locked', v, { locked: v });
  }
  get locked(): boolean {
    return this.read('locked');
  }
  protected override scalarProps(): string[] {
    return ['locked'];
  }
  protected override current(): unknown {
    return this.first().locked !== false;
  }
}

export class DoubleRangeFormat extends FormatPart {
  readonly fill: DoubleRangeFill;
  readonly font: DoubleRangeFont;
  readonly borders: DoubleRangeBorderCollection;
  readonly protection: DoubleFormatProtection;

  constructor(context: DoubleContext, targets: FormatTargets) {
    super(context, targets, 'RangeFormat');
    this.fill = new DoubleRangeFill(context, targets);
    this.font = new DoubleRangeFont(context, targets);
    this.borders = new DoubleRangeBorderCollection(context, targets);
    this.protection = new DoubleFormatProtection(context, targets);
  }

  protected override child(name: string): DoubleObject | null {
    return ({ fill: this.fill, font: this.font, protection: this.protection } as Record<string, DoubleObject>)[name] ?? null;
  }

  set horizontalAlignment(v: string) {
    this.apply('horizontalAlignment', v, { horizontal: v });
  }
  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set verticalAlignment(v: string) {
    this.apply('verticalAlignment', v, { vertical: v });
  }
  get verticalAlignment(): string {
    return this.read('verticalAlignment');
  }
  set wrapText(v: boolean) {
    this.apply('wrapText', v, { wrap: v });
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }

  private sized(prop: string, value: unknown, f: (sheet: DoubleSheet, rect: Rect) => void): void {
    this.context.enqueue(`RangeFormat.${prop}=`, value, () => {
      const { sheet, rects } = this.targets();
      if (sheet.protection.protected) throw doubleError('AccessDenied', `RangeFormat.${prop} (the sheet is protected)`);
      for (const rect of rects) f(sheet, rect);
    });
  }

  set columnWidth(v: number) {
    this.sized('columnWidth', v, (sheet, rect) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, v);
    });
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set rowHeight(v: number) {
    this.sized('rowHeight', v, (sheet, rect) => {
      if (rect.bottom - rect.top > 1_100_000) return;
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, v);
    });
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set useStandardWidth(v: boolean) {
    this.sized('useStandardWidth', v, (sheet, rect) => {
      if (v) for (const c of [...sheet.columnWidths.keys()]) if (c >= rect.left && c <= rect.right) sheet.columnWidths.delete(c);
    });
  }
  set useStandardHeight(v: boolean) {
    this.sized('useStandardHeight', v, (sheet, rect) => {
      if (v) for (const r of [...sheet.rowHeights.keys()]) if (r >= rect.top && r <= rect.bottom) sheet.rowHeights.delete(r);
    });
  }
  autofitColumns(): void {
    this.context.enqueue('RangeFormat.autofitColumns', undefined, () => undefined);
  }
  autofitRows(): void {
    this.context.enqueue('RangeFormat.autofitRows', undefined, () => undefined);
  }

  protected override scalarProps(): string[] {
    return ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'columnWidth', 'rowHeight'];
  }
  protected override current(prop: string): unknown {
    const { sheet, rects } = this.targets();
    const f = this.first();
    switch (prop) {
      case 'horizontalAlignment':
        return f.horizontal ?? 'General';
      case 'verticalAlignment':
        return f.vertical ?? 'Bottom';
      case 'wrapText':
        return f.wrap ?? false;
      case 'columnWidth':
        return sheet.columnWidths.get(rects[0].left) ?? STANDARD_WIDTH;
      case 'rowHeight':
        return sheet.rowHeights.get(rects[0].top) ?? STANDARD_HEIGHT;
      default:
        throw doubleError('InvalidArgument', `RangeFormat.load ${prop}`);
    }
  }
}

// ---------------------------------------------------------------- validation and conditional formats

export class DoubleDataValidation extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly target: () => RangeTarget,
  ) {
    super(context);
  }

  private change(prop: string, value: unknown, f: (v: DoubleSheet['validations'][number]) => void): void {
    this.context.enqueue(`DataValidation.${prop}=`, value, () => {
      const { sheet, rect } = this.target();
      let v = sheet.validations.find((x) => x.rect.top === rect.top && x.rect.left === rect.left && x.rect.bottom === rect.bottom && x.rect.right === rect.right);
      if (!v) {
        sheet.validations = sheet.validations.filter((x) => !intersects(x.rect, rect));
        v = { rect, rule: {} };
        sheet.validations.push(v);
      }
      f(v);
    });
  }

  set rule(v: DoubleSheet['validations'][number]['rule']) {
    if (v.list && (typeof v.list.source !== 'string' || v.list.source.length > 255)) throw doubleError('InvalidArgument', 'DataValidation.rule');
    this.change('rule', v, (x) => (x.rule = v));
  }
  set errorAlert(v: NonNullable<DoubleSheet['validations'][number]['errorAlert']>) {
    this.change('errorAlert', v, (x) => (x.errorAlert = v));
  }
  set ignoreBlanks(v: boolean) {
    this.change('ignoreBlanks', v, (x) => (x.ignoreBlanks = v));
  }
  clear(): void {
    this.context.enqueue('DataValidation.clear', undefined, () => {
      const { sheet, rect } = this.target();
      sheet.validations = sheet.validations.filter((x) => !intersects(x.rect, rect));
    });
  }
}

class ConditionalPart extends DoubleObject {
  readonly format: { fill: { color: string }; font: { color: string } };
  constructor(
    context: DoubleContext,
    protected readonly cf: () => CfState,
    what: string,
  ) {
    super(context);
    const setter = (key: 'fill' | 'fontColor') => ({
      set color(v: string) {
        context.enqueue(`${what}.format.${key}=`, v, () => {
          cf()[key] = v.toUpperCase();
        });
      },
      get color(): string {
        throw doubleError('PropertyNotLoaded', `${what}.format`);
      },
    });
    this.format = { fill: setter('fill'), font: setter('fontColor') };
  }
}

export class DoubleCellValueConditionalFormat extends ConditionalPart {
  set rule(v: { formula1: string; formula2?: string; operator: string }) {
    this.context.enqueue('CellValueConditionalFormat.rule=', v, () => {
      this.cf().rule = { ...v };
    });
  }
}

export class DoubleCustomConditionalFormat extends ConditionalPart {
  readonly rule: { formula: string };
  constructor(context: DoubleContext, cf: () => CfState, what: string) {
    super(context, cf, what);
    this.rule = {
      set formula(v: string) {
        context.enqueue('ConditionalFormatRule.formula=', v, () => {
          cf().rule = { formula: v };
        });
      },
      get formula(): string {
        throw doubleError('PropertyNotLoaded', 'ConditionalFormatRule.formula');
      },
    };
  }
}

export class DoubleConditionalFormat extends DoubleObject {
  readonly cellValue: DoubleCellValueConditionalFormat;
  readonly custom: DoubleCustomConditionalFormat;
  constructor(
    context: DoubleContext,
    private readonly resolveCf: () => { sheet: DoubleSheet; cf: CfState },
  ) {
    super(context);
    this.cellValue = new DoubleCellValueConditionalFormat(context, () => this.resolveCf().cf, 'CellValueConditionalFormat');
    this.custom = new DoubleCustomConditionalFormat(context, () => this.resolveCf().cf, 'CustomConditionalFormat');
  }
  /** Moves the rule to this place in the sheet's order (0 first). */
  set priority(v: number) {
    this.context.enqueue('ConditionalFormat.priority=', v, () => {
      const { sheet, cf } = this.resolveCf();
      const list = sheet.conditionalFormats.filter((x) => x !== cf);
      list.splice(Math.min(v, list.length), 0, cf);
      sheet.conditionalFormats = list;
    });
  }
  set stopIfTrue(v: boolean) {
    this.context.enqueue('ConditionalFormat.stopIfTrue=', v, () => undefined);
  }
}

export class DoubleConditionalFormatCollection extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly target: () => RangeTarget,
  ) {
    super(context);
  }
  /** Like Excel, a new rule goes first (priority 0). */
  add(type: 'CellValue' | 'Custom' | string): DoubleConditionalFormat {
    if (type !== 'CellValue' && type !== 'Custom') throw doubleError('InvalidArgument', `ConditionalFormatCollection.add ${type} (the double knows CellValue and Custom)`);
    let made: { sheet: DoubleSheet; cf: CfState } | null = null;
    this.context.enqueue('ConditionalFormatCollection.add', type, () => {
      const { sheet, rect } = this.target();
      if (sheet.protection.protected) throw doubleError('AccessDenied', 'ConditionalFormatCollection.add');
      const cf: CfState = { rect, type, rule: {} };
      sheet.conditionalFormats.unshift(cf);
      made = { sheet, cf };
    });
    return new DoubleConditionalFormat(this.context, () => {
      if (!made) throw doubleError('ItemNotFound', 'ConditionalFormat');
      return made;
    });
  }
  clearAll(): void {
    this.context.enqueue('ConditionalFormatCollection.clearAll', undefined, () => {
      const { sheet, rect } = this.target();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => !intersects(x.rect, rect));
    });
  }
}

// ---------------------------------------------------------------- names

type NameScope = () => { list: DoubleName[]; sheet: DoubleSheet | null };

export class DoubleNamedItem extends Nullable {
  constructor(
    context: DoubleContext,
    readonly resolveName: Resolve<DoubleName>,
    private readonly scope: NameScope,
    orNull = false,
  ) {
    super(context);
    if (orNull) this.watchNull(() => resolveName() !== null, 'NamedItem');
  }
  private item(): DoubleName {
    const n = this.resolveName();
    if (!n) throw doubleError('ItemNotFound', 'NamedItem');
    return n;
  }
  protected override scalarProps(): string[] {
    return ['name', 'formula', 'visible', 'comment', 'type'];
  }
  protected override current(prop: string): unknown {
    const n = this.item();
    const map: Record<string, unknown> = { name: n.name, formula: n.formula, visible: n.visible, comment: n.comment ?? '', type: /^="/.test(n.formula) ? 'String' : 'Range' };
    if (!(prop in map)) throw doubleError('InvalidArgument', `NamedItem.load ${prop}`);
    return map[prop];
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(v: string) {
    this.context.enqueue('NamedItem.formula=', v, () => (this.item().formula = v.startsWith('=') ? v : `=${v}`));
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(v: boolean) {
    this.context.enqueue('NamedItem.visible=', v, () => (this.item().visible = v));
  }
  delete(): void {
    this.context.enqueue('NamedItem.delete', undefined, () => {
      const n = this.item();
      const { list } = this.scope();
      list.splice(list.indexOf(n), 1);
    });
  }
}

const NAME_RULE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export class DoubleNamedItemCollection extends DoubleObject {
  private itemsNow: DoubleNamedItem[] | null = null;
  constructor(
    context: DoubleContext,
    private readonly scope: NameScope,
  ) {
    super(context);
  }
  private find(name: string): DoubleName | null {
    return this.scope().list.find((n) => n.name.toUpperCase() === name.toUpperCase()) ?? null;
  }
  add(name: string, reference: DoubleRange | string, comment?: string): DoubleNamedItem {
    const payload = { name, reference: typeof reference === 'string' ? reference : 'Range', comment };
    this.context.enqueue('NamedItemCollection.add', payload, () => {
      if (!NAME_RULE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw doubleError('InvalidArgument', `NamedItemCollection.add ${name}`);
      if (this.find(name)) throw doubleError('ItemAlreadyExists', `NamedItemCollection.add ${name}`);
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        const t = reference.target();
        formula = `=${qualified(t.sheet.name, t.rect).replace(/!(.*)$/, (_, a1: string) => `!${a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`)}`;
      }
      this.scope().list.push({ name, formula, visible: true, ...(comment ? { comment } : {}) });
    });
    return new DoubleNamedItem(this.context, () => this.find(name), this.scope);
  }
  getItem(name: string): DoubleNamedItem {
    return new DoubleNamedItem(this.context, () => this.find(name), this.scope);
  }
  getItemOrNullObject(name: string): DoubleNamedItem {
    return new DoubleNamedItem(this.context, () => this.find(name), this.scope, true);
  }
  override load(arg?: LoadArg): this {
    const props = propList(arg).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue('NamedItemCollection.load', props, () => {
      const list = this.scope().list;
      const items = list.map((n) => new DoubleNamedItem(this.context, () => (list.includes(n) ? n : null), this.scope));
      deliverItems(this.context, items, props.length ? props : ['name', 'formula', 'visible'], (done) => (this.itemsNow = done));
    });
    return this;
  }
  get items(): DoubleNamedItem[] {
    if (!this.itemsNow) throw doubleError('PropertyNotLoaded', 'NamedItemCollection.items');
    return this.itemsNow;
  }
}

// ---------------------------------------------------------------- worksheet parts

export class DoubleFreezePanes extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly sheet: () => DoubleSheet,
  ) {
    super(context);
  }
  freezeRows(count = 1): void {
    this.context.enqueue('WorksheetFreezePanes.freezeRows', count, () => (this.sheet().freeze = count > 0 ? { rows: count, columns: 0 } : null));
  }
  freezeColumns(count = 1): void {
    this.context.enqueue('WorksheetFreezePanes.freezeColumns', count, () => (this.sheet().freeze = count > 0 ? { rows: 0, columns: count } : null));
  }
  /** Rows above and columns left of the range's bottom-right corner stay in view (Office.js: the range is the frozen area). */
  freezeAt(frozen: DoubleRange | string): void {
    this.context.enqueue('WorksheetFreezePanes.freezeAt', typeof frozen === 'string' ? frozen : 'Range', () => {
      const sheet = this.sheet();
      const rect = typeof frozen === 'string' ? parseA1(splitSheet(frozen).a1) : frozen.target().rect;
      if (!rect) throw doubleError('InvalidArgument', 'WorksheetFreezePanes.freezeAt');
      const rows = rect.bottom === GRID_ROWS - 1 ? 0 : rect.bottom + 1;
      const columns = rect.right === GRID_COLUMNS - 1 ? 0 : rect.right + 1;
      sheet.freeze = rows || columns ? { rows, columns } : null;
    });
  }
  unfreeze(): void {
    this.context.enqueue('WorksheetFreezePanes.unfreeze', undefined, () => (this.sheet().freeze = null));
  }
  getLocationOrNullObject(): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const sheet = this.sheet();
        const f = sheet.freeze;
        if (!f) return null;
        return { sheet, rect: { top: 0, left: 0, bottom: f.rows ? f.rows - 1 : GRID_ROWS - 1, right: f.columns ? f.columns - 1 : GRID_COLUMNS - 1 } };
      },
      true,
    );
  }
}

export class DoubleHeaderFooter extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly sheet: () => DoubleSheet,
  ) {
    super(context);
  }
  private setFooter(key: 'leftFooter' | 'centerFooter' | 'rightFooter', v: string): void {
    if (v.length > 255) throw doubleError('InvalidArgument', `HeaderFooter.${key}`);
    this.context.enqueue(`HeaderFooter.${key}=`, v, () => (this.sheet().pageLayout.footers[key] = v));
  }
  set leftFooter(v: string) {
    this.setFooter('leftFooter', v);
  }
  set centerFooter(v: string) {
    this.setFooter('centerFooter', v);
  }
  set rightFooter(v: string) {
    this.setFooter('rightFooter', v);
  }
  get leftFooter(): string {
    return this.read('leftFooter');
  }
  get centerFooter(): string {
    return this.read('centerFooter');
  }
  get rightFooter(): string {
    return this.read('rightFooter');
  }
  protected override scalarProps(): string[] {
    return ['leftFooter', 'centerFooter', 'rightFooter'];
  }
  protected override current(prop: string): unknown {
    return this.sheet().pageLayout.footers[prop as 'leftFooter'];
  }
}

export class DoubleHeaderFooterGroup extends DoubleObject {
  readonly defaultForAllPages: DoubleHeaderFooter;
  constructor(
    context: DoubleContext,
    private readonly sheet: () => DoubleSheet,
  ) {
    super(context);
    this.defaultForAllPages = new DoubleHeaderFooter(context, sheet);
  }
  set state(v: string) {
    this.context.enqueue('HeaderFooterGroup.state=', v, () => (this.sheet().pageLayout.headerFooterState = v));
  }
}

export class DoublePageLayout extends DoubleObject {
  readonly headersFooters: DoubleHeaderFooterGroup;
  constructor(
    context: DoubleContext,
    private readonly sheet: () => DoubleSheet,
  ) {
    super(context);
    this.headersFooters = new DoubleHeaderFooterGroup(context, sheet);
  }
  set orientation(v: 'Portrait' | 'Landscape') {
    this.context.enqueue('PageLayout.orientation=', v, () => (this.sheet().pageLayout.orientation = v));
  }
  get orientation(): string {
    return this.read('orientation');
  }
  set paperSize(v: string) {
    this.context.enqueue('PageLayout.paperSize=', v, () => (this.sheet().pageLayout.paperSize = v));
  }
  get paperSize(): string {
    return this.read('paperSize');
  }
  /** Set as a whole object, as Office.js requires. */
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    if (v.scale !== undefined && (v.scale < 10 || v.scale > 400)) throw doubleError('InvalidArgument', 'PageLayout.zoom');
    this.context.enqueue('PageLayout.zoom=', v, () => (this.sheet().pageLayout.zoom = { ...v }));
  }
  get zoom(): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } {
    return this.read('zoom');
  }
  setPrintTitleRows(rows: DoubleRange | string): void {
    this.context.enqueue('PageLayout.setPrintTitleRows', typeof rows === 'string' ? rows : 'Range', () => {
      const rect = typeof rows === 'string' ? parseA1(splitSheet(rows).a1) : rows.target().rect;
      if (!rect) throw doubleError('InvalidArgument', 'PageLayout.setPrintTitleRows');
      this.sheet().pageLayout.printTitleRows = `$${rect.top + 1}:$${rect.bottom + 1}`;
    });
  }
  getPrintTitleRowsOrNullObject(): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const sheet = this.sheet();
        const t = sheet.pageLayout.printTitleRows;
        const rect = t ? parseA1(t) : null;
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
  protected override scalarProps(): string[] {
    return ['orientation', 'paperSize', 'zoom'];
  }
  protected override current(prop: string): unknown {
    const p = this.sheet().pageLayout;
    if (prop === 'orientation') return p.orientation;
    if (prop === 'paperSize') return p.paperSize;
    if (prop === 'zoom') return { ...p.zoom };
    throw doubleError('InvalidArgument', `PageLayout.load ${prop}`);
  }
}

export class DoublePageBreakCollection extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly sheet: () => DoubleSheet,
  ) {
    super(context);
  }
  add(at: DoubleRange | string): void {
    this.context.enqueue('PageBreakCollection.add', typeof at === 'string' ? at : 'Range', () => {
      const rect = typeof at === 'string' ? parseA1(splitSheet(at).a1) : at.target().rect;
      if (!rect) throw doubleError('InvalidArgument', 'PageBreakCollection.add');
      const breaks = this.sheet().pageLayout.rowBreaks;
      if (!breaks.includes(rect.top)) breaks.push(rect.top);
      breaks.sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this.context.enqueue('PageBreakCollection.removePageBreaks', undefined, () => (this.sheet().pageLayout.rowBreaks = []));
  }
}

export class DoubleWorksheetProtection extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly sheet: () => DoubleSheet,
  ) {
    super(context);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protected override scalarProps(): string[] {
    return ['protected'];
  }
  protected override current(prop: string): unknown {
    if (prop === 'protected') return this.sheet().protection.protected;
    throw doubleError('InvalidArgument', `WorksheetProtection.load ${prop}`);
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this.context.enqueue('WorksheetProtection.protect', { options, password: password ? '***' : undefined }, () => {
      const s = this.sheet();
      if (s.protection.protected) throw doubleError('InvalidOperation', 'WorksheetProtection.protect', 'The worksheet is already protected.');
      s.protection = { protected: true, password: password ?? null };
    });
  }
  unprotect(password?: string): void {
    this.context.enqueue('WorksheetProtection.unprotect', undefined, () => {
      const s = this.sheet();
      if (s.protection.password !== null && s.protection.password !== password) throw doubleError('InvalidArgument', 'WorksheetProtection.unprotect', 'The password is incorrect.');
      s.protection = { protected: false, password: null };
    });
  }
}

// ---------------------------------------------------------------- events

export class DoubleEvent {
  constructor(
    private readonly context: DoubleContext,
    private readonly key: { sheetId: () => string | null; event: 'changed' | 'selectionChanged' },
  ) {}
  add(handler: (args: Record<string, unknown>) => Promise<unknown> | void): { remove(): void } {
    const entry = { sheetId: null as string | null, event: this.key.event, handler };
    this.context.enqueue(`on${this.key.event}.add`, undefined, () => {
      entry.sheetId = this.key.sheetId();
      this.context.double.handlers.push(entry);
    });
    const context = this.context;
    return {
      remove() {
        context.enqueue(`on${entry.event}.remove`, undefined, () => {
          const list = context.double.handlers;
          if (list.includes(entry)) list.splice(list.indexOf(entry), 1);
        });
      },
    };
  }
}

// ---------------------------------------------------------------- worksheets

export class DoubleWorksheet extends Nullable {
  readonly names: DoubleNamedItemCollection;
  readonly freezePanes: DoubleFreezePanes;
  readonly pageLayout: DoublePageLayout;
  readonly horizontalPageBreaks: DoublePageBreakCollection;
  readonly protection: DoubleWorksheetProtection;
  readonly onChanged: DoubleEvent;
  readonly onSelectionChanged: DoubleEvent;

  constructor(
    context: DoubleContext,
    readonly resolveSheet: Resolve<DoubleSheet>,
    orNull = false,
  ) {
    super(context);
    const sheet = () => this.sheet();
    this.names = new DoubleNamedItemCollection(context, () => ({ list: this.sheet().names, sheet: this.sheet() }));
    this.freezePanes = new DoubleFreezePanes(context, sheet);
    this.pageLayout = new DoublePageLayout(context, sheet);
    this.horizontalPageBreaks = new DoublePageBreakCollection(context, sheet);
    this.protection = new DoubleWorksheetProtection(context, sheet);
    this.onChanged = new DoubleEvent(context, { sheetId: () => this.sheet().id, event: 'changed' });
    this.onSelectionChanged = new DoubleEvent(context, { sheetId: () => this.sheet().id, event: 'selectionChanged' });
    if (orNull) this.watchNull(() => resolveSheet() !== null, 'Worksheet');
  }

  sheet(): DoubleSheet {
    const s = this.resolveSheet();
    if (!s) throw doubleError('ItemNotFound', 'Worksheet');
    return s;
  }

  protected override scalarProps(): string[] {
    return ['name', 'id', 'position', 'visibility', 'standardWidth', 'standardHeight'];
  }

  protected override child(name: string): DoubleObject | null {
    return ({ protection: this.protection, pageLayout: this.pageLayout } as Record<string, DoubleObject>)[name] ?? null;
  }

  protected override current(prop: string): unknown {
    const s = this.sheet();
    const map: Record<string, unknown> = {
      name: s.name,
      id: s.id,
      position: this.context.double.workbook.sheets.indexOf(s),
      visibility: s.visibility,
      standardWidth: 8.43,
      standardHeight: STANDARD_HEIGHT,
    };
    if (!(prop in map)) throw doubleError('InvalidArgument', `Worksheet.load ${prop}`);
    return map[prop];
  }

  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.context.enqueue('Worksheet.name=', v, () => {
      const s = this.sheet();
      checkSheetName(v);
      if (this.context.double.workbook.sheets.some((x) => x !== s && x.name.toUpperCase() === v.toUpperCase())) throw doubleError('ItemAlreadyExists', 'Worksheet.name');
      s.name = v;
    });
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  set position(v: number) {
    this.context.enqueue('Worksheet.position=', v, () => {
      const list = this.context.double.workbook.sheets;
      const s = this.sheet();
      list.splice(list.indexOf(s), 1);
      list.splice(Math.max(0, Math.min(v, list.length)), 0, s);
    });
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.context.enqueue('Worksheet.visibility=', v, () => {
      const s = this.sheet();
      const visible = this.context.double.workbook.sheets.filter((x) => x.visibility === 'Visible' && x !== s);
      if (v !== 'Visible' && visible.length === 0) throw doubleError('InvalidOperation', 'Worksheet.visibility', 'A workbook must keep at least one visible sheet.');
      s.visibility = v;
    });
  }

  getRange(address?: string): DoubleRange {
    return new DoubleRange(this.context, () => {
      const sheet = this.sheet();
      if (address === undefined || address === '') return { sheet, rect: WHOLE_SHEET };
      const { sheet: named, a1 } = splitSheet(address);
      if (named !== null && named.toUpperCase() !== sheet.name.toUpperCase()) throw doubleError('InvalidArgument', `Worksheet.getRange ${address}`);
      const rect = parseA1(a1);
      if (!rect) throw doubleError('InvalidArgument', `Worksheet.getRange ${address}`);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): DoubleRange {
    return new DoubleRange(this.context, () => {
      if (rowCount < 1 || columnCount < 1) throw doubleError('InvalidArgument', 'Worksheet.getRangeByIndexes');
      return { sheet: this.sheet(), rect: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    });
  }

  /** "A1:B2, D4:D9" (ExcelApi 1.9). */
  getRanges(address: string): DoubleRangeAreas {
    if (address.length > 8192) throw doubleError('InvalidArgument', 'Worksheet.getRanges (address longer than 8192 characters)');
    return new DoubleRangeAreas(this.context, () => {
      const rects = address.split(/[,，]/).map((a) => parseA1(splitSheet(a).a1));
      if (rects.some((r) => r === null)) throw doubleError('InvalidArgument', `Worksheet.getRanges ${address.slice(0, 60)}`);
      return { sheet: this.sheet(), rects: rects as Rect[] };
    });
  }

  getCell(row: number, column: number): DoubleRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly = false): DoubleRange {
    return new DoubleRange(this.context, () => {
      const sheet = this.sheet();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const sheet = this.sheet();
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.context.enqueue('Worksheet.activate', undefined, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw doubleError('InvalidOperation', 'Worksheet.activate', 'A hidden sheet cannot be activated.');
      this.context.double.workbook.activeSheetId = s.id;
    });
  }

  /** ExcelApi 1.10: a copy of the sheet ("汇总 (2)"), its cells, looks and settings; names stay with the original. */
  copy(positionType: 'None' | 'Before' | 'After' | 'Beginning' | 'End' = 'None', relativeTo?: DoubleWorksheet): DoubleWorksheet {
    let made: DoubleSheet | null = null;
    this.context.enqueue('Worksheet.copy', positionType, () => {
      const wb = this.context.double.workbook;
      const s = this.sheet();
      let name = '';
      for (let n = 2; !name || wb.sheets.some((x) => x.name.toUpperCase() === name.toUpperCase()); n++) name = `${s.name.slice(0, 31 - ` (${n})`.length)} (${n})`;
      made = {
        ...structuredClone({ ...s, columnWidths: undefined, rowHeights: undefined }),
        id: newSheet(name).id,
        name,
        columnWidths: new Map(s.columnWidths),
        rowHeights: new Map(s.rowHeights),
        names: [],
      } as DoubleSheet;
      const anchor = relativeTo ? relativeTo.sheet() : s;
      const at =
        positionType === 'Beginning' ? 0 : positionType === 'Before' ? wb.sheets.indexOf(anchor) : positionType === 'End' || positionType === 'None' ? wb.sheets.length : wb.sheets.indexOf(anchor) + 1;
      wb.sheets.splice(at, 0, made);
    });
    return new DoubleWorksheet(this.context, () => made);
  }

  delete(): void {
    this.context.enqueue('Worksheet.delete', undefined, () => {
      const wb = this.context.double.workbook;
      const s = this.sheet();
      if (wb.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) throw doubleError('InvalidOperation', 'Worksheet.delete', 'A workbook must keep at least one visible sheet.');
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
    });
  }
}

function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) throw doubleError('InvalidArgument', `Worksheet name ${name}`);
}

export class DoubleWorksheetCollection extends DoubleObject {
  private itemsNow: DoubleWorksheet[] | null = null;

  private find(key: string): DoubleSheet | null {
    return this.context.double.workbook.sheets.find((s) => s.id === key || s.name.toUpperCase() === key.toUpperCase()) ?? null;
  }

  getItem(key: string): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => this.find(key));
  }

  getItemOrNullObject(key: string): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => this.find(key), true);
  }

  getActiveWorksheet(): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => {
      const wb = this.context.double.workbook;
      return wb.sheets.find((s) => s.id === wb.activeSheetId) ?? wb.sheets.find((s) => s.visibility === 'Visible') ?? null;
    });
  }

  add(name?: string): DoubleWorksheet {
    let made: DoubleSheet | null = null;
    this.context.enqueue('WorksheetCollection.add', name, () => {
      const wb = this.context.double.workbook;
      let n = name;
      if (n === undefined) for (let i = 1; !n || this.find(n); i++) n = `Sheet${i}`;
      checkSheetName(n);
      if (this.find(n)) throw doubleError('ItemAlreadyExists', `WorksheetCollection.add ${n}`);
      if (this.context.double.structureProtected) throw doubleError('AccessDenied', 'WorksheetCollection.add (the workbook structure is protected)');
      made = newSheet(n);
      wb.sheets.push(made);
    });
    return new DoubleWorksheet(this.context, () => made);
  }

  override load(arg?: LoadArg): this {
    const props = propList(arg).map((p) => p.replace(/^items\//, ''));
    const wanted = props.length ? props : ['name', 'id', 'position', 'visibility'];
    this.context.enqueue('WorksheetCollection.load', wanted, () => {
      const sheets = [...this.context.double.workbook.sheets];
      const items = sheets.map((s) => new DoubleWorksheet(this.context, () => (this.context.double.workbook.sheets.includes(s) ? s : null)));
      deliverItems(this.context, items, wanted, (done) => (this.itemsNow = done));
    });
    return this;
  }

  get items(): DoubleWorksheet[] {
    if (!this.itemsNow) throw doubleError('PropertyNotLoaded', 'WorksheetCollection.items');
    return this.itemsNow;
  }
}

export class DoubleApplication extends DoubleObject {
  /** ExcelApi 1.6: no recalculation until the next sync. */
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue('Application.suspendApiCalculationUntilNextSync', undefined, () => undefined);
    this.context.calculationSuspended = true;
  }
  calculate(type: string): void {
    this.context.enqueue('Application.calculate', type, () => this.context.double.recalculate());
  }
}

/** Review → Protect Workbook (ExcelApi 1.7): `protected` tells whether the structure is locked. */
export class DoubleWorkbookProtection extends DoubleObject {
  get protected(): boolean {
    return this.read('protected');
  }
  protected override scalarProps(): string[] {
    return ['protected'];
  }
  protected override current(prop: string): unknown {
    if (prop === 'protected') return this.context.double.structureProtected;
    throw doubleError('InvalidArgument', `WorkbookProtection.load ${prop}`);
  }
}

export class DoubleWorkbookObject extends DoubleObject {
  readonly protection: DoubleWorkbookProtection;
  readonly worksheets: DoubleWorksheetCollection;
  readonly names: DoubleNamedItemCollection;
  readonly application: DoubleApplication;
  readonly onSelectionChanged: DoubleEvent;
  constructor(context: DoubleContext) {
    super(context);
    this.protection = new DoubleWorkbookProtection(context);
    this.worksheets = new DoubleWorksheetCollection(context);
    this.names = new DoubleNamedItemCollection(context, () => ({ list: context.double.workbook.names, sheet: null }));
    this.application = new DoubleApplication(context);
    this.onSelectionChanged = new DoubleEvent(context, { sheetId: () => null, event: 'selectionChanged' });
  }
  getSelectedRange(): DoubleRange {
    return new DoubleRange(this.context, () => {
      const wb = this.context.double.workbook;
      const sel = wb.selection;
      const sheet = sel ? wb.sheets.find((s) => s.id === sel.sheetId) : null;
      if (sel && sheet) return { sheet, rect: sel.rect };
      const active = wb.sheets.find((s) => s.id === wb.activeSheetId) ?? wb.sheets[0];
      return active ? { sheet: active, rect: { top: 0, left: 0, bottom: 0, right: 0 } } : null;
    });
  }
}
