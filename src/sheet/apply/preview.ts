import { cellRef, columnLetters, rangeRef } from '../address';
import { warningLine } from '../warning';
import type { ApplyProposal } from './types';

/** A cached value as the preview shows it: a blank result says why it is blank. */
function shown(v: unknown): string {
  return v === null || v === undefined || v === '' ? '（空：得分未填齐）' : String(v);
}

/**
 * What 套用 will add, for the clerk to read before confirming: per column where it goes
 * and how it computes, then every cell with its formula and the value it will show, then
 * what is not added and why. The same lines on the command line and in the pane.
 */
/** Cells listed one by one; past this many the rest is counted (each column's formula differs only in its row). */
const LISTED_CELLS = 120;

export function previewLines(p: ApplyProposal, options: { everyCell?: boolean } = {}): string[] {
  const lines: string[] = [];
  const kind = p.kind === 'summary' ? '综合评估汇总' : '任务分解表';
  lines.push(`套用到现有表格：工作表“${p.sheet}”（按${kind}识别），方案：${p.schemeSource}`);
  if (p.cells.length === 0) lines.push('没有要添加的单元格：需要计算的单元格都已有内容（PERF 从不覆盖已填写的单元格）。');
  else lines.push(`将添加 ${p.cells.length} 个单元格，只写入空白单元格，已有内容和格式一律不动：`);
  for (const c of p.columns) {
    const cells = p.cells.filter((x) => x.column === c.column && x.kind !== 'header');
    const where = c.isNew ? `新增列 ${columnLetters(c.column)}（表头“${c.header}”）` : `${columnLetters(c.column)} 列“${c.header}”的空白单元格`;
    lines.push(`  ${c.header}：${where}，${cells.length} 格——${c.how}`);
  }
  if (options.everyCell !== false && p.cells.length > 0) {
    lines.push('逐格：');
    for (const c of p.cells.slice(0, LISTED_CELLS)) {
      const ref = cellRef(c.row, c.column);
      if (c.kind === 'header') lines.push(c.value === null ? `  ${ref}  表头的第二行（空白，格式同左侧）` : `  ${ref}  表头“${String(c.value)}”`);
      else lines.push(`  ${ref}  ${c.label ? `${c.label}  ` : ''}=${c.formula}  → ${shown(c.value)}`);
    }
    if (p.cells.length > LISTED_CELLS) lines.push(`  ……另有 ${p.cells.length - LISTED_CELLS} 个单元格（与上面同列的公式相同，只是行号不同）`);
  }
  if (p.merges?.length) lines.push(`合并表头：${p.merges.map(rangeRef).join('、')}（与左侧一列的表头一样上下合并）`);
  if (p.notes.length) {
    lines.push('没有添加：');
    for (const n of p.notes) lines.push(`  - ${n}`);
  }
  if (p.warnings.length) {
    lines.push('提示：');
    for (const w of p.warnings) lines.push(`  - ${warningLine(w)}`);
  }
  return lines;
}
