import { readCell, type CellValue } from '../../engine/cell';
import { readYesNo } from '../../engine/yesno';
import type { Scheme } from '../../engine/scheme/types';
import { cellRef, columnLetters } from '../address';
import { blankUntilFilled, gradeFormula, type NativeDecimals, rankBySettingFormula, rankFormula, textConstant, vetoDowngradesCondition, weightedTotalFormula } from '../native';
import { labelOf, METHOD_WORDS, VETO_WORDS } from '../../engine/scheme/words';
import type { SchemeCells } from './scheme-cells';
import { resolveComponents } from '../ranking/components';
import { computeRanking } from '../ranking/compute';
import type { RankingResult } from '../ranking/types';
import type { SheetData, SourceColumn, SourceTable } from '../source-table';
import { findSummaryTable } from '../table';
import { isBlank, mergeAt, rawAt } from '../table/grid';
import { isEmptyForApply } from './empty-cell';
import { freeColumns } from './free-columns';
import { newColumnHeader } from './new-header';
import type { CellRange } from '../plan';
import type { AddedCell, AppliedColumn, ApplyProposal } from './types';
import { yesCondition } from '../native/yes-condition';

const GRADE = /等次|等级/;
const RANK = /排名|名次|位次/;

type Kind = 'total' | 'grade' | 'rank';
const HEADERS: Record<Kind, string> = { total: '总分', grade: '等次', rank: '排名' };

/**
 * What 套用 adds to a clerk's summary sheet (综合评估汇总): native formulas in the empty
 * cells of its 总分, 等次 and 排名 columns, or those columns added to the right of the
 * table when it has none. Each cell's cached value is what PERF's ranking makes of the
 * sheet once the formulas are in, so a program that does not calculate shows it too.
 * With `schemeCells` (the rules are the workbook's 方案 sheet) the rank reads its 排名方式 and
 * 分类排名 cells and the grade its 一票否决效果 cell, so editing them there recomputes; without,
 * the formulas hold the scheme's constants.
 */
export function summaryProposal(sheet: SheetData, table: SourceTable, scheme: Scheme, schemeSource: string, schemeCells?: SchemeCells): ApplyProposal {
  const notes: string[] = [];
  const components = resolveComponents(table, scheme);
  const totalCol = table.columns.find((c) => c.role === 'total');
  const gradeCol = table.columns.find((c) => c.role === 'other' && GRADE.test(c.name));
  const rankCol = table.columns.find((c) => c.role === 'other' && RANK.test(c.name));
  const existing: Record<Kind, SourceColumn | undefined> = { total: totalCol, grade: gradeCol, rank: rankCol };
  const headerTop = table.headerRows[0]!;
  const rows = table.rows.map((r) => r.row);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;

  // the columns this sheet lacks go to the right of the table, in the order 总分, 等次, 排名
  const missing = (['total', 'grade', 'rank'] as Kind[]).filter((k) => !existing[k]);
  const canTotal = components.length > 0 && new Set(components.map((c) => c.unit)).size === 1;
  const wanted = missing.filter((k) => k !== 'total' || canTotal);
  const right = Math.max(...table.columns.map((c) => c.index));
  const placed = freeColumns(sheet, headerTop, last, right + 1, wanted.length);
  const at: Record<Kind, number | null> = {
    total: totalCol?.index ?? null,
    grade: gradeCol?.index ?? null,
    rank: rankCol?.index ?? null,
  };
  wanted.forEach((k, i) => (at[k] = placed[i]!));
  const emptyTotals = totalCol ? table.rows.filter((r) => isEmptyForApply(r.cells[totalCol.index])).map((r) => cellRef(r.row, totalCol.index)) : [];
  if (totalCol && !canTotal && emptyTotals.length) {
    notes.push(`${emptyTotals.join('、')} 的总分为空，表中又没有带权重的得分列，PERF 无法写出总分公式：请填写总分（等次、排名公式在填写后自动计算）`);
  }
  if (at.total === null) {
    notes.push(
      components.length === 0
        ? '表中没有带权重的得分列，也没有总分列：无法写出总分公式（请在表头写明各项权重，如“指标考核(80%)”）'
        : '各得分列的权重有的是百分比、有的是分值，无法写成一个总分公式：请统一表头的写法',
    );
  }

  // PERF's ranking of the sheet as it will be: first the totals the formulas make, then grades and ranks from them
  const computed = computeRanking({ ...table, columns: table.columns.filter((c) => c !== totalCol) }, scheme, schemeSource);
  const totalOf = new Map(computed.units.map((u) => [u.row, u.total]));
  const fills = (k: Kind) => (row: number) => at[k] !== null && (!existing[k] || isEmptyForApply(rawAt(sheet, row, at[k]!)));
  // a score typed as text ("90分", "９０") PERF reads, but a spreadsheet's formula does not: no total there, said why
  const inputs = [...components.map((c) => c.col), ...table.columns.filter((c) => c.role === 'deduction' || c.role === 'bonus').map((c) => c.index)];
  const textScores = new Map<number, string[]>();
  for (const r of table.rows) {
    const refs = inputs.filter((col) => typeof r.cells[col] === 'string' && readCell(r.cells[col]).kind === 'number').map((col) => cellRef(r.row, col));
    if (refs.length && at.total !== null && fills('total')(r.row)) {
      textScores.set(r.row, refs);
      totalOf.set(r.row, null);
    }
  }
  if (textScores.size) {
    const cells = [...textScores.values()].flat();
    notes.push(`${cells.join('、')} 的得分是文字（如“90分”、全角数字），表格公式不把它当数字：这些行的总分没有写公式。请改为数字后重新套用`);
  }
  const after = rankedAfter(sheet, table, at.total, rows.filter(fills('total')), totalOf, scheme, schemeSource);
  const result = new Map(after.units.map((u) => [u.row, u]));

  const cells: AddedCell[] = [];
  const merges: CellRange[] = [];
  const columns: AppliedColumn[] = [];
  const lookFrom = right;
  const add = (kind: Kind, how: string, formulaAt: (row: number) => string, valueAt: (row: number) => CellValue, numFmt: string) => {
    const col = at[kind]!;
    const isNew = !existing[kind];
    const header = existing[kind]?.header ?? HEADERS[kind];
    columns.push({ kind, header, column: col, isNew, how });
    if (isNew) {
      const h = newColumnHeader(sheet, table.headerRows, col, header, lookFrom);
      cells.push(...h.cells);
      if (h.merge) merges.push(h.merge);
    }
    const inMerge: string[] = [];
    for (const r of table.rows) {
      if (!fills(kind)(r.row) || (kind === 'total' && textScores.has(r.row))) continue;
      const m = mergeAt(sheet, r.row, col);
      if (m && (m.top !== r.row || m.left !== col)) {
        inMerge.push(cellRef(r.row, col));
        continue;
      }
      const label = String(r.cells[table.columns.find((c) => c.role === 'unit')!.index] ?? '');
      const look = isNew ? { lookLike: { row: r.row, column: lookFrom }, numFmt } : {};
      cells.push({ kind, row: r.row, column: col, formula: formulaAt(r.row), value: valueAt(r.row) ?? '', ...look, newColumn: isNew, label });
    }
    if (inMerge.length) notes.push(`${inMerge.join('、')} 在合并单元格之内，没有写入公式：请先取消合并`);
    const full = table.rows.filter((r) => !fills(kind)(r.row)).length;
    if (!isNew && full > 0) notes.push(`“${header}”列已有 ${full} 个单元格有内容，保持不动（PERF 从不覆盖已填写的单元格）`);
  };

  const decimals = scheme.decimals;
  // with the 方案 sheet: its 保留小数 cell and its bands, so editing them there recomputes
  const decimalsCell = schemeCells?.setting('decimals') ?? null;
  const nativeDecimals: NativeDecimals = decimalsCell ? { cell: decimalsCell } : decimals;
  const bandsRange = schemeCells?.bands ?? null;
  const totalFmt = decimals === null ? 'General' : decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
  if (at.total !== null && canTotal) {
    const total = totalFormulaBuilder(table, components, scheme, schemeCells);
    add('total', total.how, total.formula, (row) => numberOrBlank(totalOf.get(row)), totalFmt);
  }
  const totalRef = (row: number) => (at.total === null ? null : cellRef(row, at.total));
  if (at.grade !== null && at.total !== null) {
    const why = gradeRefusal(table, scheme);
    if (why) notes.push(why);
    else {
      const veto = table.columns.find((c) => c.role === 'veto');
      const effectCell = veto && !vetoLevelsRow(table, veto) ? (schemeCells?.setting('veto.effect') ?? null) : null;
      const downgrades = veto && scheme.veto.effect !== 'exclude';
      const vetoAt = (row: number) =>
        !veto ? undefined : effectCell ? `AND(${yesCondition(cellRef(row, veto.index))},${vetoDowngradesCondition(effectCell)})` : downgrades ? yesCondition(cellRef(row, veto.index)) : undefined;
      const bands = scheme.bands.map((b) => `${b.label}${b.min === null ? '' : ` ≥ ${b.min}`}`).join('、');
      const vetoHow = effectCell ? `；一票否决按方案的“一票否决效果”（${effectCell}，现为“${labelOf(VETO_WORDS, scheme.veto.effect)}”）降一个等次或不降` : downgrades ? '；一票否决降一个等次' : '';
      add(
        'grade',
        `按总分评定：${bands}${bandsRange ? `（分数线取自方案的“等次”：${bandsRange}）` : ''}（先按${decimals === null ? ' 6 位' : ` ${decimals} 位`}小数四舍五入再比较）${vetoHow}`,
        (row) =>
          gradeFormula({ value: totalRef(row)!, decimals: nativeDecimals, bands: bandsRange ? { named: bandsRange } : { inline: scheme.bands }, ...(vetoAt(row) ? { veto: vetoAt(row) } : {}) }),
        (row) => result.get(row)?.grade ?? '',
        'General',
      );
    }
  }
  if (at.rank !== null && at.total !== null) {
    const why = rankRefusal(sheet, table, scheme, at.total, first, last);
    if (why) notes.push(why);
    else {
      const category = table.columns.find((c) => c.role === 'category');
      const methodCell = schemeCells?.setting('ranking.method') ?? null;
      const byCategoryCell = category && !mergedDown(sheet, category, first, last) ? (schemeCells?.setting('ranking.byCategory') ?? null) : null;
      // with the 分类排名 cell the category is always in the formula: the cell chooses
      const withCategory = category && (byCategoryCell || scheme.ranking.byCategory) ? category : undefined;
      const t = columnLetters(at.total);
      const c = withCategory ? columnLetters(withCategory.index) : '';
      const methodWords = scheme.ranking.method === 'dense' ? '中国式排名（并列不占名次：1、2、2、3）' : '并列占名次（1、2、2、4）';
      const scope = byCategoryCell
        ? `；是否在“${withCategory!.header}”内分别排名按方案的“分类排名”（${byCategoryCell}，现为“${scheme.ranking.byCategory ? '是' : '否'}”）`
        : withCategory
          ? `，在“${withCategory.header}”内分别`
          : '';
      add(
        'rank',
        `按总分从高到低${byCategoryCell ? '' : scope}排名，${methodCell ? `排名方式按方案的“排名方式”（${methodCell}，现为${methodWords}）` : methodWords}${byCategoryCell ? scope : ''}`,
        (row) => {
          const r = {
            value: `$${t}${row + 1}`,
            values: `$${t}$${first + 1}:$${t}$${last + 1}`,
            ...(withCategory ? { category: `$${c}${row + 1}`, categories: `$${c}$${first + 1}:$${c}$${last + 1}` } : {}),
          };
          if (!methodCell && !byCategoryCell) return rankFormula(scheme.ranking.method, r);
          return rankBySettingFormula(methodCell ?? textConstant(labelOf(METHOD_WORDS, scheme.ranking.method)), r, byCategoryCell ?? undefined);
        },
        (row) => result.get(row)?.rank ?? '',
        '0',
      );
    }
  }
  return { sheet: sheet.name, kind: 'summary', columns, cells, ...(merges.length ? { merges } : {}), notes, warnings: computed.warnings, schemeSource };
}

function numberOrBlank(v: { toFixed(): string } | null | undefined): number | '' {
  return v === null || v === undefined ? '' : Number(v.toFixed());
}

/** The total formula of a row and what it computes, in the clerk's words. */
function totalFormulaBuilder(table: SourceTable, components: ReturnType<typeof resolveComponents>, scheme: Scheme, schemeCells?: SchemeCells) {
  const cellOr = <T,>(path: string, constant: T): T | { cell: string } => {
    const cell = schemeCells?.setting(path) ?? null;
    return cell ? { cell } : constant;
  };
  const unit = components[0]!.unit;
  const deductions = table.columns.filter((c) => c.role === 'deduction');
  const bonuses = table.columns.filter((c) => c.role === 'bonus');
  const adjustment = (cols: SourceColumn[], row: number) =>
    cols.map((c) => (c.cap ? `MIN(ABS(${cellRef(row, c.index)}),${c.cap})` : `ABS(${cellRef(row, c.index)})`)).join('+');
  const formula = (row: number) => {
    const scoreCells = components.map((c) => cellRef(row, c.col));
    const total = weightedTotalFormula({
      terms: components.map((c, i) => ({ score: scoreCells[i]!, weight: c.weight.toFixed() })),
      unit,
      ...(deductions.length ? { deduction: { value: adjustment(deductions, row), cap: cellOr('deductionCap', scheme.deductionCap) } } : {}),
      ...(bonuses.length ? { bonus: { value: adjustment(bonuses, row), cap: cellOr('bonusCap', scheme.bonusCap) } } : {}),
      decimals: cellOr('decimals', scheme.decimals),
    });
    return blankUntilFilled(scoreCells, total);
  };
  const parts = components.map((c) => (unit === 'percent' ? `${c.name}×${c.weight.toFixed()}%` : c.name)).join(' + ');
  const capText = (cap: string | null) => (cap === null ? '' : `（最多 ${cap} 分）`);
  const how =
    parts +
    deductions.map((c) => ` − ${c.name}${capText(c.cap ?? null)}`).join('') +
    (deductions.length && scheme.deductionCap !== null ? `，扣分合计最多 ${scheme.deductionCap} 分` : '') +
    bonuses.map((c) => ` + ${c.name}${capText(c.cap ?? null)}`).join('') +
    (bonuses.length && scheme.bonusCap !== null ? `，加分合计最多 ${scheme.bonusCap} 分` : '') +
    `，${scheme.decimals === null ? '按 6 位小数四舍五入' : `保留 ${scheme.decimals} 位小数（四舍五入）`}；有得分未填时总分留空` +
    (schemeCells?.setting('decimals') ? '；扣分上限、加分上限和保留小数取自方案工作表，改动即重算' : '');
  return { formula, how };
}

/** Why 等次 cannot be a native formula on this sheet, or null. */
function gradeRefusal(table: SourceTable, scheme: Scheme): string | null {
  if (scheme.distribution.length > 0) return '方案规定了等次比例（强制分布），普通公式算不出：等次没有写公式，请用一键排名生成的“排名”表';
  const veto = table.columns.find((c) => c.role === 'veto');
  if (veto && scheme.veto.effect !== 'exclude') {
    const levels = vetoLevelsRow(table, veto);
    if (levels) return `${cellRef(levels.row, veto.index)} 的一票否决写的是降级数（${String(levels.cells[veto.index])}），普通公式只能降一个等次：等次没有写公式，请用一键排名生成的“排名”表`;
  }
  return null;
}

/** The first row whose 一票否决 is a number of levels (2 or more), or undefined. */
function vetoLevelsRow(table: SourceTable, veto: SourceColumn) {
  return table.rows.find((r) => {
    try {
      return readYesNo(r.cells[veto.index], '一票否决').levels > 1;
    } catch {
      return false;
    }
  });
}

/** The category column has cells merged downwards among the unit rows. */
function mergedDown(sheet: SheetData, category: SourceColumn, first: number, last: number): boolean {
  return sheet.merges.some((m) => m.left <= category.index && category.index <= m.right && m.bottom > m.top && m.top <= last && first <= m.bottom);
}

/** Why 排名 cannot be a native formula on this sheet, or null. */
function rankRefusal(sheet: SheetData, table: SourceTable, scheme: Scheme, totalCol: number, first: number, last: number): string | null {
  if (scheme.ranking.tieBreak.length > 0) return `方案规定总分相同时按“${scheme.ranking.tieBreak.join('”“')}”排先后，普通排名公式做不到：排名没有写公式，请用一键排名生成的“排名”表`;
  const units = new Set(table.rows.map((r) => r.row));
  for (let row = first; row <= last; row++) {
    if (!units.has(row) && !isBlank(rawAt(sheet, row, totalCol))) {
      return `第 ${row + 1} 行（合计、小计等）在各单位之间，它的总分会被一起排名：排名没有写公式，请把它移到表格下方，或用一键排名生成的“排名”表`;
    }
  }
  const category = table.columns.find((c) => c.role === 'category');
  if (category && scheme.ranking.byCategory && mergedDown(sheet, category, first, last)) {
    return `“${category.header}”列有向下合并的单元格，排名公式只认每行自己的类别：排名没有写公式，请取消合并并在每一行填写类别`;
  }
  return null;
}

/** PERF's ranking of the sheet with the totals the formulas will show filled in. */
function rankedAfter(
  sheet: SheetData,
  table: SourceTable,
  totalCol: number | null,
  filledRows: number[],
  totals: Map<number, { toFixed(): string } | null>,
  scheme: Scheme,
  schemeSource: string,
): RankingResult {
  if (totalCol === null) return computeRanking(table, scheme, schemeSource);
  const values = sheet.values.slice();
  if (!table.columns.some((c) => c.role === 'total')) {
    const row = newColumnHeader(sheet, table.headerRows, totalCol, HEADERS.total, Math.max(...table.columns.map((c) => c.index))).textRow;
    values[row] = withCell(values[row], totalCol, HEADERS.total);
  }
  for (const row of filledRows) values[row] = withCell(values[row], totalCol, numberOrBlank(totals.get(row)) === '' ? null : numberOrBlank(totals.get(row)));
  const after = findSummaryTable({ ...sheet, values });
  return computeRanking(after ?? table, scheme, schemeSource);
}

function withCell(row: CellValue[] | undefined, col: number, value: CellValue): CellValue[] {
  const out = row ? row.slice() : [];
  while (out.length < col) out.push(null);
  out[col] = value;
  return out;
}
