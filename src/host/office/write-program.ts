import { absoluteRange, cellRef, rangeRef } from '../../sheet/address';
import type { CellRange, ConditionalFormat, SheetPlan } from '../../sheet/plan';
import { forEachPlanRow, planWidth, sheetMerges } from '../../sheet/plan-blocks';
import { pointsFromCharacters } from '../../sheet/write/column-width';
import { checkNativeFormula, ruleFormulas } from '../../sheet/write/formula-text';
import { fitsToWidth, footerText, pageBreakRows, printScale } from '../../sheet/write/print';
import { rowHeightsOf } from '../../sheet/write/row-heights';
import { listSource, validationTexts } from '../../sheet/write/validation';
import type { SheetTarget } from '../../sheet/targets';
import { CALL_BYTES, payloadBytes } from './batch';
import { excelInput } from './cell-input';
import { lookAreas, type LookAreas } from './style-areas';

/**
 * A sheet plan turned into the Office.js calls that write it, host-free and before
 * anything is written: a plan PERF cannot write (a PERF function in a formula, a list
 * Excel cannot hold) is refused here, with the workbook untouched.
 */

/** Rows written with one `range.values` (and `numberFormat`) call and sent as one request. */
export interface ValueBlock {
  top: number;
  width: number;
  values: (string | number | boolean)[][];
  /** Number formats other than General, as runs down a column (a table's columns share theirs). */
  numberFormats: { top: number; column: number; rows: number; format: string }[];
  /** Runs of formula cells in a row, "=…" each. */
  formulas: { row: number; left: number; formulas: string[] }[];
  bytes: number;
}

export interface PrintCalls {
  orientation: 'Portrait' | 'Landscape';
  /** null: Excel's default (100 %). */
  zoom: { scale: number } | { horizontalFitToPages: number; verticalFitToPages: number } | null;
  /** "$3:$3", or null. */
  titleRows: string | null;
  footer: { leftFooter: string; centerFooter: string; rightFooter: string };
  /** "A6" for a break above row 6. */
  breaks: string[];
}

export interface SheetProgram {
  plan: SheetPlan;
  target: SheetTarget;
  blocks: ValueBlock[];
  looks: LookAreas[];
  /** Merges; `across`: one merged area per row of the range (Range.merge(true)), for runs of equal one-row merges. */
  merges: { address: string; across: boolean }[];
  /** Points, from column A. */
  columnWidths: number[];
  /** Runs of rows of one height: "4:120" and its points. */
  rowHeights: { rows: string; height: number }[];
  freeze: { rows: number; columns: number } | null;
  print: PrintCalls;
  validations: { address: string; source: string; title: string; error: string; ignoreBlanks: boolean }[];
  conditionalFormats: { address: string; type: 'CellValue' | 'Custom'; formula1: string; formula2?: string; operator?: string; formula?: string; fill: string; fontColor?: string }[];
}

/** A block's request stays well under 5 MB and its cells under what one call should carry. */
export const BLOCK_BYTES = 2 * 1024 * 1024;
export const BLOCK_CELLS = 500_000;

const OPERATORS: Record<string, string> = {
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThan: 'LessThan',
  lessThanOrEqual: 'LessThanOrEqual',
  between: 'Between',
};

export function sheetProgram(plan: SheetPlan, target: SheetTarget): SheetProgram {
  const where = (r: number, c: number) => `工作表“${target.actual}”的 ${cellRef(r, c)}`;
  const blocks = valueBlocks(plan, where);
  const printScaleValue = printScale(plan.print);
  return {
    plan,
    target,
    blocks,
    looks: lookAreas(plan),
    merges: mergeCalls(plan),
    columnWidths: plan.columnWidths.map(pointsFromCharacters),
    rowHeights: heightRuns(rowHeightsOf(plan)),
    freeze: plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0) ? plan.freeze : null,
    print: {
      orientation: plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
      zoom: printScaleValue !== null ? { scale: printScaleValue } : fitsToWidth(plan.print) ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : null,
      titleRows: plan.print.repeatRows ? `$${plan.print.repeatRows[0] + 1}:$${plan.print.repeatRows[1] + 1}` : null,
      footer: { leftFooter: footerText(plan.print.footer.left), centerFooter: footerText(plan.print.footer.center), rightFooter: footerText(plan.print.footer.right) },
      breaks: pageBreakRows(plan).map((r) => `A${r + 1}`),
    },
    validations: (plan.validations ?? []).map((v) => ({ address: rangeRef(v.range), source: listSource(v), ...validationTexts(v), ignoreBlanks: v.allowBlank !== false })),
    conditionalFormats: (plan.conditionalFormats ?? []).map((cf) => conditionalCalls(cf)),
  };
}

function conditionalCalls(cf: ConditionalFormat): SheetProgram['conditionalFormats'][number] {
  const [f1, f2] = ruleFormulas(cf.rule).map((f) => `=${f}`);
  const base = { address: rangeRef(cf.range), fill: cf.fill, ...(cf.fontColor ? { fontColor: cf.fontColor } : {}) };
  if (cf.rule.type === 'formula') return { ...base, type: 'Custom', formula1: f1, formula: f1 };
  return { ...base, type: 'CellValue', formula1: f1, ...(f2 !== undefined ? { formula2: f2 } : {}), operator: OPERATORS[cf.rule.operator] };
}

function valueBlocks(plan: SheetPlan, where: (r: number, c: number) => string): ValueBlock[] {
  const width = planWidth(plan);
  if (width === 0) return [];
  const blocks: ValueBlock[] = [];
  let block: ValueBlock | null = null;
  // the run of each column's number format still open in this block
  let open = new Map<number, ValueBlock['numberFormats'][number]>();
  const close = () => {
    if (!block) return;
    blocks.push(block);
    block = null;
    open = new Map();
  };
  forEachPlanRow(plan, (cells, r) => {
    const values: (string | number | boolean)[] = [];
    const numFmts: [number, string][] = [];
    const runs: ValueBlock['formulas'] = [];
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      values.push(cell ? excelInput(cell.value) : '');
      if (cell?.numFmt && cell.numFmt !== 'General') numFmts.push([c, cell.numFmt]);
      if (cell?.formula) {
        const f = `=${checkNativeFormula(cell.formula, where(r, c))}`;
        const last = runs[runs.length - 1];
        if (last && last.left + last.formulas.length === c) last.formulas.push(f);
        else runs.push({ row: r, left: c, formulas: [f] });
      }
    }
    let bytes = payloadBytes(values) + runs.reduce((n, run) => n + CALL_BYTES + payloadBytes(run.formulas), 0);
    for (const [, f] of numFmts) bytes += payloadBytes(f) + 4 + (open.size ? 0 : CALL_BYTES);
    const b = block as ValueBlock | null;
    if (b && (b.bytes + bytes > BLOCK_BYTES || (b.values.length + 1) * width > BLOCK_CELLS)) close();
    block ??= { top: r, width, values: [], numberFormats: [], formulas: [], bytes: CALL_BYTES * 2 };
    block.values.push(values);
    block.formulas.push(...runs);
    block.bytes += bytes;
    const next = new Map<number, ValueBlock['numberFormats'][number]>();
    for (const [c, format] of numFmts) {
      const run = open.get(c);
      if (run && run.format === format && run.top + run.rows === r) {
        run.rows++;
        next.set(c, run);
      } else {
        const fresh = { top: r, column: c, rows: 1, format };
        block.numberFormats.push(fresh);
        block.bytes += CALL_BYTES;
        next.set(c, fresh);
      }
    }
    open = next;
  });
  close();
  return blocks;
}

/** Merges as calls: equal one-row merges on consecutive rows become one merge(across) call. */
function mergeCalls(plan: SheetPlan): SheetProgram['merges'] {
  const { merges, blocks } = sheetMerges(plan);
  const real = merges.filter((m) => m.bottom > m.top || m.right > m.left);
  // a block merged across is one call already
  const out: { rect: CellRange; across: boolean }[] = [];
  for (const b of blocks) {
    const rect = { top: b.top, left: b.mergeAcross!.left, bottom: b.top + b.rowCount - 1, right: b.mergeAcross!.right };
    const last = out[out.length - 1];
    if (last && last.rect.left === rect.left && last.rect.right === rect.right && last.rect.bottom + 1 === rect.top) {
      last.rect = { ...last.rect, bottom: rect.bottom };
      last.across = true;
    } else out.push({ rect, across: b.rowCount > 1 });
  }
  const sorted = [...real].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (const m of sorted) {
    const last = out[out.length - 1];
    const oneRow = m.top === m.bottom;
    if (oneRow && last && (last.across || last.rect.top === last.rect.bottom) && last.rect.left === m.left && last.rect.right === m.right && last.rect.bottom + 1 === m.top) {
      last.rect = { ...last.rect, bottom: m.bottom };
      last.across = true;
    } else out.push({ rect: { ...m }, across: false });
  }
  return out.map(({ rect, across }) => ({ address: rangeRef(rect), across }));
}

/** Rows of equal height next to each other, as whole-row ranges ("4:120"). */
function heightRuns(heights: Map<number, number>): SheetProgram['rowHeights'] {
  const rows = [...heights].sort((a, b) => a[0] - b[0]);
  const out: { from: number; to: number; height: number }[] = [];
  for (const [r, h] of rows) {
    const last = out[out.length - 1];
    if (last && last.height === h && last.to + 1 === r) last.to = r;
    else out.push({ from: r, to: r, height: h });
  }
  return out.map((run) => ({ rows: `${run.from + 1}:${run.to + 1}`, height: run.height }));
}

/** "A1:C3,E5" lists of at most this many characters (Office.js's getRanges limit is 8192). */
export const AREA_TEXT = 8000;

export function areaLists(rects: CellRange[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of rects) {
    const a = rangeRef(r);
    if (current && current.length + 1 + a.length > AREA_TEXT) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/** A workbook name's reference as Office.js takes it: "='方案'!$A$2:$B$5". */
export function nameReference(sheet: string, range: CellRange): string {
  return `=${absoluteRange(sheet, range)}`;
}
