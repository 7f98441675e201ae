import { show } from '../../engine/decimal';
import type { Scheme } from '../../engine/scheme/types';
import { cellAddress, columnLetters } from '../address';
import type { ColumnRole, SourceTable } from '../source-table';
import type { UsedComponent } from '../ranking/types';
import { weightText } from './weight-text';
import { ROLE_WORDS } from './role-words';

/** One column of the clerk's table as PERF understood it. */
export interface ReadColumn {
  /** The header cell, "汇总!D3". */
  cell: string;
  /** "D". */
  column: string;
  header: string;
  role: ColumnRole;
  /** For a component: its weight as used ("80%", "30分") and where it came from. */
  weight?: { text: string; from: 'header' | 'scheme'; bare?: 'points' | 'percent' };
  /** For a deduction or bonus column: the cap its header states. */
  cap?: string;
  /** For a column that takes no part: why. */
  ignored?: string;
}

/** What PERF read of a summary table: every column with its meaning, and the rows it passed over. */
export interface ReadReport {
  sheet: string;
  /** 1-based header rows, as the clerk counts them. */
  headerRows: number[];
  columns: ReadColumn[];
  /** Data rows read as units. */
  units: number;
  skipped: { row: number; reason: string }[];
  /** The caps the scheme applies to all deductions (or bonuses) together, "3"; null when none. */
  deductionCap: string | null;
  bonusCap: string | null;
}


/**
 * The read report of a table. `used` (the components the run used) and `scheme` give the
 * weights and caps as applied; without them the header's own are reported.
 */
export function readReport(table: SourceTable, used?: UsedComponent[], scheme?: Scheme): ReadReport {
  const headerRow = table.headerRows[table.headerRows.length - 1]!;
  const columns = table.columns.map((c): ReadColumn => {
    const out: ReadColumn = { cell: cellAddress(table.sheet, headerRow, c.index), column: columnLetters(c.index), header: c.header, role: c.role };
    const usedHere = used?.find((u) => u.col === c.index);
    if (usedHere) {
      const fromScheme = (scheme?.components.length ?? 0) > 0;
      out.weight = { text: weightText({ unit: usedHere.unit, value: show(usedHere.weight) }), from: fromScheme ? 'scheme' : 'header' };
    } else if (c.role === 'component' && c.weight) out.weight = { text: weightText(c.weight), from: 'header' };
    if (out.weight && c.weight?.bare && out.weight.from === 'header') out.weight.bare = table.bareWeights ?? 'points';
    if (used && c.role === 'component' && !usedHere) out.ignored = '方案的考核构成中没有这一列，只列出';
    if (c.cap !== undefined) out.cap = c.cap;
    if (c.ignored) out.ignored = c.ignored;
    return out;
  });
  return {
    sheet: table.sheet,
    headerRows: table.headerRows.map((r) => r + 1),
    columns,
    units: table.rows.length,
    skipped: table.skipped.map((s) => ({ row: s.row + 1, reason: s.reason })),
    deductionCap: scheme?.deductionCap ?? null,
    bonusCap: scheme?.bonusCap ?? null,
  };
}

function columnLine(c: ReadColumn): string {
  const name = `${c.column} 列“${c.header}”`;
  if (c.ignored !== undefined) return `  ${name} → 不参与计算：${c.ignored}`;
  let meaning = ROLE_WORDS[c.role];
  if (c.weight) {
    const kind = c.weight.text.endsWith('%') ? '权重' : '分值';
    const from = c.weight.from === 'scheme' ? '方案规定' : c.weight.bare ? `表头数字未写单位，按${c.weight.bare === 'points' ? '分值' : '权重'}读取` : '表头写明';
    meaning += `，${kind} ${c.weight.text}（${from}）`;
  }
  if (c.cap !== undefined) meaning += `，上限 ${c.cap} 分（表头写明）`;
  return `  ${name} → ${meaning}`;
}

/** The report as the lines the command line prints before the ranking (and the pane shows). */
export function readReportLines(r: ReadReport): string[] {
  const lines = [`PERF 读取的汇总表：工作表“${r.sheet}”，表头在第 ${r.headerRows.join('、')} 行，${r.units} 个单位`];
  lines.push(...r.columns.map(columnLine));
  if (r.deductionCap !== null) lines.push(`  扣分合计上限 ${r.deductionCap} 分（方案规定）`);
  if (r.bonusCap !== null) lines.push(`  加分合计上限 ${r.bonusCap} 分（方案规定）`);
  const skipped = r.skipped.filter((s) => s.reason !== '空行');
  if (skipped.length > 0) {
    lines.push(`  跳过的行（${skipped.length} 行）：`);
    for (const s of skipped.slice(0, 20)) lines.push(`    第 ${s.row} 行：${s.reason}`);
    if (skipped.length > 20) lines.push(`    ……另有 ${skipped.length - 20} 行`);
  }
  return lines;
}
