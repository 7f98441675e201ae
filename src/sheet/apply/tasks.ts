import { readCell, type CellValue } from '../../engine/cell';
import { completionScore } from '../../engine/completion';
import { type Dec, HUNDRED, roundHalfUp, sum, ZERO } from '../../engine/decimal';
import { isPerfError } from '../../engine/errors';
import { linearScore } from '../../engine/linear';
import { DEFAULT_RATING_TABLE, ratingScore, type RatingTable } from '../../engine/rating';
import { ratingTableOf } from '../../engine/scheme/access';
import { readYesNo } from '../../engine/yesno';
import type { Scheme } from '../../engine/scheme/types';
import { cellAddress, cellRef, parseCellRef } from '../address';
import { roundedFormula, tableLookupFormula, UNSPECIFIED_DECIMALS, type NativeTable } from '../native';
import { RATING_RANGE_NAME } from '../scheme-sheet/layout';
import type { SheetData } from '../source-table';
import { isBlank, rawAt } from '../table/grid';
import { isEmptyForApply } from './empty-cell';
import type { Warning } from '../warning';
import { methodOf, type TaskMethod, type TaskTable } from './task-table';
import type { AddedCell, AppliedColumn, ApplyProposal } from './types';
import { yesCondition } from '../native/yes-condition';

const METHOD_WORDS: Record<TaskMethod, string> = { completion: '完成率', linear: '线性（起评值到目标值）', rating: '定性评价', done: '完成与否' };

interface Scored {
  formula: string;
  value: Dec | null;
}

/**
 * What 套用 adds to a clerk's task-breakdown sheet (任务分解表, seed 004 篇四): a native
 * 得分 formula in each task's empty 得分 cell, by the task's 评分方式 (完成率: 分值 ×
 * min(完成值 ÷ 目标值, 1); 线性: 0 at the 起评值, full at the 目标值; 定性: 分值 × the
 * rating's share, 好/较好/一般/差 = 100/80/60/0% unless the scheme has its own table; 完成与否:
 * 分值 or 0), and in each section's empty 小计 cell the section's score on a 100-point scale
 * (Σ得分 ÷ Σ分值 × 100, rounded as the scheme says). The cached values are PERF's engine's, decimal-exact.
 * `schemeOnSheet`: the scheme is the workbook's own 方案 sheet, whose 定性评价比例 the formulas then
 * look up by name (PERF_评价比例), so that a share changed there recomputes the scores.
 */
export function tasksProposal(sheet: SheetData, table: TaskTable, scheme: Scheme, schemeSource: string, options: { schemeOnSheet?: boolean } = {}): ApplyProposal {
  const ratings = ratingsOf(scheme, options.schemeOnSheet === true);
  const cols = table.columns;
  const scoreCol = cols.score!.index;
  const notes: string[] = [];
  const warnings: Warning[] = [];
  const cells: AddedCell[] = [];
  const at = (row: number, role: keyof TaskTable['columns']) => (cols[role] ? cellRef(row, cols[role]!.index) : null);
  const scoreOf = new Map<number, Dec | null>();
  const full: string[] = [];
  let unscored = 0;

  for (const section of table.sections) {
    for (const t of section.tasks) {
      const raw = rawAt(sheet, t.row, scoreCol);
      if (!isEmptyForApply(raw)) {
        full.push(cellRef(t.row, scoreCol));
        const c = readCell(raw);
        scoreOf.set(t.row, c.kind === 'number' ? c.value : null);
        continue;
      }
      const method = cols.method ? methodOf(rawAt(sheet, t.row, cols.method.index)) : inferred(table);
      const scored = method ? taskScore(sheet, t.row, method, at, warnings, ratings) : null;
      if (!scored) {
        unscored++;
        notes.push(
          `${cellAddress(sheet.name, t.row, scoreCol)}（“${t.task}”）：${cols.method ? `评分方式“${String(rawAt(sheet, t.row, cols.method.index) ?? '')}”` : '表中没有评分方式列，'}无法确定怎样计分（可写 完成率、线性、定性、完成与否），没有写入公式`,
        );
        scoreOf.set(t.row, null);
        continue;
      }
      scoreOf.set(t.row, scored.value);
      cells.push({ kind: 'score', row: t.row, column: scoreCol, formula: scored.formula, value: scored.value === null ? '' : Number(scored.value.toFixed()), newColumn: false, label: t.task });
    }
    if (section.subtotal === null) continue;
    if (!isEmptyForApply(rawAt(sheet, section.subtotal, scoreCol))) {
      full.push(cellRef(section.subtotal, scoreCol));
      continue;
    }
    if (section.tasks.length === 0) continue;
    const scores = section.tasks.map((t) => cellRef(t.row, scoreCol));
    const points = section.tasks.map((t) => cellRef(t.row, cols.points!.index));
    const range = (refs: string[]) => (contiguous(section.tasks.map((t) => t.row)) ? `${refs[0]}:${refs[refs.length - 1]}` : refs.join(','));
    const formula = `IF(COUNT(${range(scores)})<${scores.length},"",${roundedFormula(`SUM(${range(scores)})*100/SUM(${range(points)})`, scheme.decimals)})`;
    const values = section.tasks.map((t) => scoreOf.get(t.row) ?? null);
    const pointSum = sum(section.tasks.map((t) => numberAt(sheet, t.row, cols.points!.index) ?? ZERO));
    const value = values.some((v) => v === null) || pointSum.isZero() ? null : roundHalfUp(sum(values as Dec[]).times(HUNDRED).div(pointSum), scheme.decimals ?? UNSPECIFIED_DECIMALS);
    cells.push({ kind: 'subtotal', row: section.subtotal, column: scoreCol, formula, value: value === null ? '' : Number(value.toFixed()), newColumn: false, label: '小计' });
  }
  if (full.length) notes.push(`${full.join('、')} 已有内容，保持不动（PERF 从不覆盖已填写的单元格）`);
  const columns: AppliedColumn[] = [
    {
      kind: 'score',
      header: cols.score!.header,
      column: scoreCol,
      isNew: false,
      how: `每项任务按评分方式计分：${Object.values(METHOD_WORDS).join('、')}；定性评价 ${ratings.how}；小计 = 本科室得分之和 ÷ 分值之和 × 100（${scheme.decimals === null ? '按 6 位小数四舍五入' : `保留 ${scheme.decimals} 位小数`}）；未填完成情况时留空`,
    },
  ];
  if (unscored) warnings.push({ cell: '', message: `有 ${unscored} 项任务没有写入得分公式（见“没有添加”）` });
  return { sheet: sheet.name, kind: 'tasks', columns, cells, notes, warnings, schemeSource };
}

/** The shares a rating earns: the scheme's (by name on its 方案 sheet, else written into the formula), else the built-in table. */
interface Ratings {
  table: RatingTable | null;
  native: NativeTable;
  how: string;
}

function ratingsOf(scheme: Scheme, onSheet: boolean): Ratings {
  const own = ratingTableOf(scheme);
  const list = (t: RatingTable) => t.map((e) => `${e.label} ${e.share.times(100).toFixed()}%`).join('、');
  if (own && onSheet) return { table: own, native: { named: RATING_RANGE_NAME }, how: `按方案的定性评价比例（${RATING_RANGE_NAME}：${list(own)}，改方案即重算）` };
  const t = own ?? DEFAULT_RATING_TABLE;
  return { table: own, native: { entries: t.map((e) => [e.label, e.share.toFixed()] as const) }, how: own ? `按方案的比例 ${list(own)}` : list(DEFAULT_RATING_TABLE.slice(0, 4)) };
}

function inferred(table: TaskTable): TaskMethod | null {
  const c = table.columns;
  if (c.rating && !c.target) return 'rating';
  if (c.floor && c.target && c.actual) return 'linear';
  if (c.target && c.actual) return 'completion';
  if (c.done) return 'done';
  return null;
}

function contiguous(rows: number[]): boolean {
  return rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
}

function numberAt(sheet: SheetData, row: number, col: number): Dec | null {
  const c = readCell(rawAt(sheet, row, col));
  return c.kind === 'number' ? c.value : null;
}

/** The 得分 formula of one task and the value PERF's engine gives it (null: not entered yet, or not computable). */
function taskScore(
  sheet: SheetData,
  row: number,
  method: TaskMethod,
  at: (row: number, role: 'points' | 'floor' | 'target' | 'actual' | 'rating' | 'done') => string | null,
  warnings: Warning[],
  ratings: Ratings,
): Scored | null {
  const P = at(row, 'points')!;
  const cell = (ref: string | null) => (ref === null ? null : rawAt(sheet, row, colOf(ref)));
  const num = (ref: string | null) => (ref === null ? null : numberAt(sheet, row, colOf(ref)));
  const points = num(P);
  const round = (expr: string) => roundedFormula(expr, null);
  const value = (f: () => Dec): Dec | null => {
    try {
      return roundHalfUp(f(), UNSPECIFIED_DECIMALS);
    } catch (e) {
      if (!isPerfError(e)) throw e;
      warnings.push({ cell: cellAddress(sheet.name, row, colOf(P)), message: `${cellAddress(sheet.name, row, colOf(P))} 这一行：${e.message}` });
      return null;
    }
  };
  switch (method) {
    case 'completion': {
      const [A, T] = [at(row, 'actual'), at(row, 'target')];
      if (!A || !T) return null;
      const [a, t] = [num(A), num(T)];
      return { formula: `IF(OR(${A}="",${T}=""),"",${round(`${P}*MAX(0,MIN(${A}/${T},1))`)})`, value: points && a && t ? value(() => completionScore(a, t, points)) : null };
    }
    case 'linear': {
      const [A, F, T] = [at(row, 'actual'), at(row, 'floor'), at(row, 'target')];
      if (!A || !F || !T) return null;
      const [a, f, t] = [num(A), num(F), num(T)];
      return {
        formula: `IF(OR(${A}="",${F}="",${T}=""),"",${round(`${P}*MAX(0,MIN(1,(${A}-${F})/(${T}-${F})))`)})`,
        value: points && a && f && t ? value(() => linearScore(a, f, t, points)) : null,
      };
    }
    case 'rating': {
      const R = at(row, 'rating');
      if (!R) return null;
      const r = cell(R);
      return {
        formula: `IF(${R}="","",${round(`${P}*${tableLookupFormula(`TRIM(${R})`, ratings.native)}`)})`,
        value: points && !isBlank(r) ? value(() => ratingScore(String(r).trim(), points, ratings.table)) : null,
      };
    }
    case 'done': {
      const D = at(row, 'done') ?? at(row, 'actual');
      if (!D) return null;
      const d = cell(D);
      return { formula: `IF(${D}="","",IF(${yesCondition(D)},${P},0))`, value: points && !isBlank(d) ? value(() => (yes(d) ? points : ZERO)) : null };
    }
  }
}

function yes(v: CellValue): boolean {
  return readYesNo(v, '是否完成').yes;
}

function colOf(ref: string): number {
  return parseCellRef(ref)!.col;
}
