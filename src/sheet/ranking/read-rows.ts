import { normaliseText, readCell } from '../../engine/cell';
import { D, Dec, ZERO, show, sum } from '../../engine/decimal';
import { isPerfError } from '../../engine/errors';
import { readYesNo, YesNo } from '../../engine/yesno';
import type { Scheme } from '../../engine/scheme/types';
import { cellAddress } from '../address';
import type { SourceColumn, SourceRow, SourceTable } from '../source-table';
import type { Warning } from '../warning';
import { contribution, fullScaleOf } from './components';
import { HUNDRED_SCALE, magnitude, readScoreCell } from './read-value';
import type { UsedComponent } from './types';

/** A data row as read: every number decimal, every problem a warning with its cell. */
export interface UnitInput {
  row: number;
  name: string;
  category: string;
  scores: (Dec | null)[];
  /** Total before rounding; null when it could not be scored. */
  total: Dec | null;
  deduction: Dec | null;
  bonus: Dec | null;
  veto: YesNo;
  vetoText: string | null;
  excluded: boolean;
  excludedText: string | null;
  /** Numbers of every numeric column by header and by name, for tie-breaks and 单项奖. */
  columns: Record<string, Dec | null>;
  notes: string[];
}

const TOLERANCE = new D('0.005');
const UNCATEGORISED = '未分类';

function columnsOf(table: SourceTable, role: SourceColumn['role']): SourceColumn[] {
  return table.columns.filter((c) => c.role === role);
}

/** Sum of the deduction (or bonus) columns, each a magnitude, each capped by the cap in its header. */
function readAdjustment(
  table: SourceTable,
  row: SourceRow,
  cols: SourceColumn[],
  what: '扣分' | '加分',
  warnings: Warning[],
  notes: string[],
): { value: Dec | null; invalid: boolean } {
  if (cols.length === 0) return { value: null, invalid: false };
  let invalid = false;
  const parts = cols.map((c) => {
    const at = { sheet: table.sheet, row: row.row, col: c.index };
    const raw = row.cells[c.index];
    const before = warnings.length;
    const v = readScoreCell(raw, at, what, HUNDRED_SCALE, warnings);
    if (v === null) {
      if (warnings.length > before) invalid = true;
      return ZERO;
    }
    const m = magnitude(v, cellAddress(at.sheet, at.row, at.col), raw, what, warnings);
    if (c.cap === undefined || m.lte(c.cap)) return m;
    notes.push(`“${c.header}” ${show(m)} 分，按表头上限计 ${c.cap} 分`);
    return new D(c.cap);
  });
  return { value: sum(parts), invalid };
}

function applyCap(value: Dec | null, cap: string | null): Dec | null {
  return value === null || cap === null ? value : D.min(value, new D(cap));
}

function readFlag(table: SourceTable, row: SourceRow, role: 'veto' | 'exclude', warnings: Warning[]): { flag: YesNo; text: string | null } {
  const col = columnsOf(table, role)[0];
  if (!col) return { flag: { yes: false, levels: 0 }, text: null };
  const raw = row.cells[col.index];
  const what = role === 'veto' ? '一票否决' : '取消评优';
  try {
    const flag = readYesNo(raw, what);
    const cell = readCell(raw);
    const text = flag.yes && cell.kind === 'text' && cell.text.length > 1 ? cell.text : null;
    return { flag, text };
  } catch (e) {
    const address = cellAddress(table.sheet, row.row, col.index);
    const message = isPerfError(e) ? e.message : String(e);
    warnings.push({ cell: address, message: `${address}：${message}；暂按“是”处理` });
    return { flag: { yes: true, levels: 1 }, text: null };
  }
}

function numericColumns(table: SourceTable, row: SourceRow): Record<string, Dec | null> {
  const out: Record<string, Dec | null> = {};
  for (const c of table.columns) {
    if (c.role === 'unit' || c.role === 'category') continue;
    const cell = readCell(row.cells[c.index]);
    const v = cell.kind === 'number' ? cell.value : null;
    out[c.header] = v;
    if (!(c.name in out)) out[c.name] = v;
  }
  return out;
}

/** Read every data row of the table into units, with the total each row makes. */
export function readUnits(table: SourceTable, components: UsedComponent[], scheme: Scheme, warnings: Warning[]): UnitInput[] {
  const unitCol = columnsOf(table, 'unit')[0];
  const categoryCol = columnsOf(table, 'category')[0];
  const totalCol = columnsOf(table, 'total')[0];
  const deductionCols = columnsOf(table, 'deduction');
  const bonusCols = columnsOf(table, 'bonus');
  const seen = new Map<string, number>();

  return table.rows.map((row) => {
    const notes: string[] = [];
    const name = normaliseText(String(row.cells[unitCol.index] ?? ''));
    if (seen.has(name)) {
      const address = cellAddress(table.sheet, row.row, unitCol.index);
      warnings.push({ cell: address, message: `${address} 的单位“${name}”与第 ${seen.get(name)! + 1} 行重名：请核对是否重复录入` });
    } else seen.set(name, row.row);

    let category = '';
    if (categoryCol) {
      const c = readCell(row.cells[categoryCol.index]);
      category = c.kind === 'blank' ? '' : c.kind === 'text' ? c.text : c.kind === 'number' ? c.value.toFixed() : String(c.value);
      if (category === '') {
        const address = cellAddress(table.sheet, row.row, categoryCol.index);
        warnings.push({ cell: address, message: `${address}：单位“${name}”的类别为空，归入“${UNCATEGORISED}”排名：请填写类别` });
        category = UNCATEGORISED;
      }
    }

    const blanks: string[] = [];
    const badScores: string[] = [];
    const scores = components.map((c) => {
      const at = { sheet: table.sheet, row: row.row, col: c.col };
      const before = warnings.length;
      const v = readScoreCell(row.cells[c.col], at, `“${c.header}”得分`, fullScaleOf(c), warnings);
      if (v === null) (warnings.length > before ? badScores : blanks).push(cellAddress(table.sheet, row.row, c.col));
      return v;
    });

    const ded = readAdjustment(table, row, deductionCols, '扣分', warnings, notes);
    const bon = readAdjustment(table, row, bonusCols, '加分', warnings, notes);
    const deduction = applyCap(ded.value, scheme.deductionCap);
    const bonus = applyCap(bon.value, scheme.bonusCap);
    if (ded.value && deduction && !deduction.eq(ded.value)) notes.push(`扣分 ${show(ded.value)} 分，按上限扣 ${show(deduction)} 分`);
    if (bon.value && bonus && !bonus.eq(bon.value)) notes.push(`加分 ${show(bon.value)} 分，按上限加 ${show(bonus)} 分`);

    const computed =
      components.length > 0 && blanks.length === 0 && badScores.length === 0
        ? sum(components.map((c, i) => contribution(c, scores[i]!)))
            .minus(deduction ?? ZERO)
            .plus(bonus ?? ZERO)
        : null;

    let total: Dec | null = null;
    if (ded.invalid || bon.invalid) {
      notes.push('扣分或加分无法识别，暂不计分');
    } else if (totalCol) {
      const at = { sheet: table.sheet, row: row.row, col: totalCol.index };
      const address = cellAddress(table.sheet, row.row, totalCol.index);
      const before = warnings.length;
      total = readScoreCell(row.cells[totalCol.index], at, '总分', new D(scheme.fullScore), warnings);
      if (total === null) {
        notes.push('总分为空：尚未填写，未参加排名');
        if (warnings.length === before)
          warnings.push({ cell: address, message: `${address}：单位“${name}”的总分为空（尚未填写），该单位暂不排名：请填写总分` });
      } else if (computed !== null && computed.minus(total).abs().gt(TOLERANCE)) {
        warnings.push({
          cell: address,
          message: `${address}：单位“${name}”表中总分为 ${show(total)}，按各项得分计算为 ${show(computed)}，相差超过 0.005：按表中总分排名，请核对`,
        });
        notes.push(`表中总分 ${show(total)} 与计算值 ${show(computed)} 不一致`);
      }
    } else if (components.length > 0) {
      if (blanks.length > 0) {
        warnings.push({
          cell: blanks[0],
          message: `单位“${name}”的得分为空（${blanks.join('、')}）：尚未填写，该单位暂不排名；填写后重新运行`,
        });
        notes.push(`得分为空（${blanks.join('、')}）：尚未填写，未参加排名`);
      } else if (badScores.length > 0) {
        notes.push(`得分无法识别（${badScores.join('、')}），未参加排名`);
      } else total = computed;
    }

    const veto = readFlag(table, row, 'veto', warnings);
    const exclusion = readFlag(table, row, 'exclude', warnings);
    return {
      row: row.row,
      name,
      category,
      scores,
      total,
      deduction,
      bonus,
      veto: veto.flag,
      vetoText: veto.text,
      excluded: exclusion.flag.yes,
      excludedText: exclusion.text,
      columns: numericColumns(table, row),
      notes,
    };
  });
}

