/**
 * The one argument layer every PERF function goes through (our runFunction):
 * ranges, scalars, blanks, numeric text, full-width digits, "90分", "80%",
 * booleans, and errors are handled here the same way for every function.
 *
 * Excel's shapes: a range arrives as a 2-D array; an omitted optional argument
 * arrives as null (or undefined); a blank single cell arrives as null on the web
 * but as 0 on desktop (indistinguishable from a typed 0); blanks inside ranges
 * arrive as "" (sometimes null).
 */
import { Bands, bandsFromRows, DEFAULT_BANDS, parseBandsText } from '../engine/bands';
import { Cell, CellValue, errorCode, quote, readCell } from '../engine/cell';
import { Dec, show, toExcel, ZERO } from '../engine/decimal';
import { invalid, isPerfError, notEntered, tooLarge } from '../engine/errors';
import { Choice, choiceOf as wordChoice, choiceOfCode, codesText } from '../engine/scheme/words';
import { readYesNo, YesNo, YesNoOptions } from '../engine/yesno';
import { excelError, ErrorResult } from './excel-error';

export type Arg = unknown;

/** An omitted optional argument (null/undefined) or a range holding a single blank. */
export function isOmitted(a: Arg): boolean {
  if (a === null || a === undefined) return true;
  if (Array.isArray(a) && a.length === 1 && Array.isArray(a[0]) && a[0].length === 1) return isOmitted(a[0][0]);
  return false;
}

/** A 2-D grid: a scalar becomes [[a]], an omitted argument []. */
export function gridOf(a: Arg): unknown[][] {
  if (a === null || a === undefined) return [];
  if (Array.isArray(a)) return a.map((row) => (Array.isArray(row) ? row : [row]));
  return [[a]];
}

/** A cell that is blank as Excel passes it inside a range: null, "" or spaces, or (desktop) 0. */
function blankish(v: unknown): boolean {
  return v === null || v === undefined || v === 0 || (typeof v === 'string' && v.trim() === '');
}

/**
 * A table argument (bands, award tiers, rating or rank-points table) without its trailing
 * blank rows: a whole column (A:B, 1,048,576 rows) costs one scan from the bottom, and the
 * readers see only the rows a clerk filled in.
 */
export function tableOf(a: Arg): unknown[][] {
  if (!Array.isArray(a)) return gridOf(a);
  let end = a.length;
  while (end > 0 && blankRow(a[end - 1])) end--;
  return gridOf(end === a.length ? a : a.slice(0, end));
}

function blankRow(row: unknown): boolean {
  if (!Array.isArray(row)) return blankish(row);
  for (let i = 0; i < row.length; i++) if (!blankish(row[i])) return false;
  return true;
}

/** The widest row of a grid (no spreading: a grid may have a million rows). */
export function widthOf(grid: readonly (readonly unknown[])[]): number {
  let w = 0;
  for (const row of grid) if (row.length > w) w = row.length;
  return w;
}

/** The cells of a range row by row: a single row and a single column are the same list. */
export function listOf(a: Arg): unknown[] {
  return gridOf(a).flat();
}

/** A single value: a scalar, or the only cell of a 1×1 range. A larger range → #VALUE!. */
export function scalarOf(a: Arg, label: string): unknown {
  if (!Array.isArray(a)) return a;
  const cells = listOf(a);
  if (cells.length === 1) return cells[0];
  throw invalid(`${label}应为单个单元格，收到了 ${cells.length} 个单元格的区域：请只选择一个单元格`);
}

/** `label` is a string or a thunk, so hot loops build the item's name only when there is something to say. */
function numberFrom(cell: Cell, raw: unknown, labelOf: string | (() => string)): Dec | null {
  if (cell.kind === 'blank') return null;
  if (cell.kind === 'number') return cell.value;
  const label = typeof labelOf === 'string' ? labelOf : labelOf();
  switch (cell.kind) {
    case 'bool':
      throw invalid(`${label}是逻辑值 ${quote(raw)}，不是数字：请填写数字`);
    case 'text':
      if (errorCode(cell.text) !== null) throw invalid(`${label}是错误值 ${errorCode(cell.text)}：请先修正该单元格`);
      throw invalid(`${label} ${quote(raw)} 不是数字：请填写数字（如 85、85.5、"85分"、"80%"）`);
  }
}

/** A required number. Blank → #N/A "…为空：尚未填写"; text that is not a number → #VALUE!. */
export function requiredNumber(a: Arg, label: string): Dec {
  const raw = scalarOf(a, label);
  const n = numberFrom(readCell(raw), raw, label);
  if (n === null) throw notEntered(`${label}为空：尚未填写`);
  return n;
}

/** An optional number: omitted or blank gives `fallback`. */
export function optionalNumber<T extends Dec | null>(a: Arg, label: string, fallback: T): Dec | T {
  if (isOmitted(a)) return fallback;
  const raw = scalarOf(a, label);
  const n = numberFrom(readCell(raw), raw, label);
  return n === null ? fallback : n;
}

export type BlankRule = 'not-entered' | 'zero' | 'skip' | 'keep';

/**
 * Numbers of a range, item by item. `itemLabel(i)` names item i (1-based) in messages,
 * e.g. i => `第${i}项得分`. Blanks: 'not-entered' → #N/A naming the item, 'zero' → 0,
 * 'skip' → left out, 'keep' → null in place.
 */
export function numberList(a: Arg, itemLabel: (i: number) => string, blanks: 'keep'): (Dec | null)[];
export function numberList(a: Arg, itemLabel: (i: number) => string, blanks: Exclude<BlankRule, 'keep'>): Dec[];
export function numberList(a: Arg, itemLabel: (i: number) => string, blanks: BlankRule): (Dec | null)[] {
  const out: (Dec | null)[] = [];
  listOf(a).forEach((raw, i) => {
    const n = numberFrom(readCell(raw), raw, () => itemLabel(i + 1));
    if (n !== null) out.push(n);
    else if (blanks === 'not-entered') throw notEntered(`${itemLabel(i + 1)}为空：尚未填写`);
    else if (blanks === 'zero') out.push(ZERO);
    else if (blanks === 'keep') out.push(null);
  });
  return out;
}

/** Optional text (trimmed, NFKC); omitted or blank → null. Numbers are given as their text. */
export function optionalText(a: Arg, label: string): string | null {
  if (isOmitted(a)) return null;
  const raw = scalarOf(a, label);
  const cell = readCell(raw);
  if (cell.kind === 'blank') return null;
  const code = errorCode(raw);
  if (code !== null) throw invalid(`${label}是错误值 ${code}：请先修正该单元格`);
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'number') return cell.value.toFixed();
  return cell.value ? 'TRUE' : 'FALSE';
}

/**
 * One of a setting's values (the ranking method, the quota rounding), from the one word table
 * of the scheme (engine/scheme/words.ts): its code (0, 1, 2), its id, its label or an alias.
 * Omitted/blank → fallback.
 */
export function choiceArg<T extends string>(a: Arg, label: string, choices: readonly Choice<T>[], fallback: T): T {
  const t = optionalText(a, label);
  if (t === null) return fallback;
  const cell = readCell(scalarOf(a, label));
  const byCode = cell.kind === 'number' && !cell.percent && cell.value.isInteger() ? choiceOfCode(choices, cell.value.toNumber()) : null;
  const v = byCode ?? (cell.kind === 'text' ? wordChoice(choices, cell.text) : null);
  if (v !== null) return v;
  throw invalid(`${label} ${quote(scalarOf(a, label))} 无法识别：请填写 ${codesText(choices)}`);
}

/** A yes/no argument: only the words of the truth table (yesno.ts), a typo is #VALUE!. Omitted → no. */
export function yesNoArg(a: Arg, label: string, options: YesNoOptions = {}): YesNo {
  if (isOmitted(a)) return { yes: false, levels: 0 };
  return readYesNo(scalarOf(a, label), label, { reasons: false, ...options });
}

/** A count: a whole number ≥ 0 (blank → fallback). */
export function wholeNumber(a: Arg, label: string, fallback: number | null): number {
  const n = optionalNumber(a, label, null);
  if (n === null) {
    if (fallback === null) throw notEntered(`${label}为空：尚未填写`);
    return fallback;
  }
  if (!n.isInteger() || n.isNegative()) throw invalid(`${label}应为不小于 0 的整数，收到 ${show(n)}：请填写整数`);
  if (n.gt(Number.MAX_SAFE_INTEGER)) throw invalid(`${label} ${show(n)} 太大：请填写实际的个数`);
  return n.toNumber();
}

/**
 * Grade bands given as an argument: omitted or blank → the default bands (优秀 ≥ 90, 良好 ≥ 80,
 * 一般 ≥ 60, 较差); text like "优秀:95,合格:75,不合格" in one cell (or one band per cell of a
 * single row or column); or a 2-column range (lower bound, label; the row with a blank bound is
 * the bottom band). A lone number, or a range wider than 2 columns, is rejected.
 */
export function bandsOf(a: Arg, label: string): Bands {
  if (isOmitted(a)) return DEFAULT_BANDS;
  const grid = tableOf(a);
  const width = widthOf(grid);
  if (grid.length > 1 && width === 2) return bandsFromRows(grid as CellValue[][], label);
  if (grid.length > 1 && width > 2)
    throw invalid(`${label}选了 ${width} 列：请只选择两列（分数线、等次名称），或写成文字 "优秀:90,良好:80,一般:60,较差"`);
  const texts = listOf(grid).flatMap((raw) => {
    const c = readCell(raw);
    if (c.kind === 'blank') return [];
    const code = errorCode(raw);
    if (code !== null) throw invalid(`${label}是错误值 ${code}：请先修正该单元格`);
    if (c.kind === 'text') return [c.text];
    const desktop = c.kind === 'number' && c.value.isZero() ? '（引用的单元格为空时，桌面版 Excel 会传入 0；不设等次时请省略该参数）' : '';
    throw invalid(`${label} ${quote(raw)} 不是等次设置：请写成 "优秀:90,良好:80,一般:60,较差"，或选择两列区域（分数线、等次名称）${desktop}`);
  });
  return texts.length === 0 ? DEFAULT_BANDS : parseBandsText(texts.join(','), label);
}

/** Excel's result for a decimal: a number (15 significant digits); beyond Excel's numbers → #NUM!. */
export function out(d: Dec): number {
  const n = toExcel(d);
  if (!Number.isFinite(n))
    throw tooLarge('计算结果超出 Excel 能表示的范围（绝对值最大约 1.8E+308）：请检查参数中是否有异常大的数（如 9E+307）');
  return n;
}

export type Result<T> = T | CustomFunctions.Error | ErrorResult;

/**
 * Run a PERF function body: a PerfError becomes #VALUE!/#N/A with its Chinese message;
 * anything unexpected becomes #VALUE! with a message instead of a thrown exception.
 */
export function run<T>(name: string, body: () => T): Result<T> {
  try {
    return body();
  } catch (e) {
    if (isPerfError(e)) return excelError(e.kind, e.message);
    const detail = e instanceof Error ? e.message : String(e);
    return excelError('value', `PERF.${name} 计算出错：${detail}。请检查参数；如仍有问题请联系绩效办技术支持`);
  }
}
