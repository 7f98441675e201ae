import { show } from '../engine/decimal';
import { cellRef } from '../sheet/address';
import { sourceText, type Contribution } from './contribution';
import { timeText } from './saved-time';
import type { CollectProblem } from './types';

/** One summary cell's value after every file giving it was weighed. */
export interface Resolved {
  row: number;
  col: number;
  /** null: the files disagree and the cell stays empty. */
  chosen: Contribution | null;
  all: Contribution[];
}

const order = (a: Contribution, b: Contribution) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0);

/**
 * Every summary cell's contributions weighed: one value (or the same value from several
 * files, noted) is taken; different values leave the cell empty with both shown, unless
 * `preferNewer` lets the file saved last win (said so).
 */
export function resolve(contributions: Contribution[], summarySheet: string, label: (row: number, col: number) => string, preferNewer: boolean, problems: CollectProblem[]): Resolved[] {
  const byCell = new Map<string, Contribution[]>();
  for (const c of contributions) {
    const key = `${c.row}:${c.col}`;
    const list = byCell.get(key);
    if (list) list.push(c);
    else byCell.set(key, [c]);
  }
  const out: Resolved[] = [];
  for (const list of byCell.values()) {
    list.sort(order);
    const { row, col } = list[0]!;
    const where = `${summarySheet}!${cellRef(row, col)}（${label(row, col)}）`;
    const values = list.map((c) => `${c.file} ${c.cell} = ${c.raw}`).join('；');
    const distinct = list.filter((c, i) => list.findIndex((d) => d.value.equals(c.value)) === i);
    if (distinct.length === 1) {
      if (list.length > 1)
        problems.push({ kind: 'duplicate', file: list[1]!.file, cell: list[1]!.cell, message: `汇总表 ${where}的值 ${show(list[0]!.value)} 重复报送，各处相同：${values}。已填入一次` });
      out.push({ row, col, chosen: list[0]!, all: list });
      continue;
    }
    if (preferNewer) {
      const newest = [...list].sort((a, b) => (b.saved?.getTime() ?? -Infinity) - (a.saved?.getTime() ?? -Infinity));
      const [first, second] = newest;
      if (first!.saved && (!second!.saved || first!.saved.getTime() > second!.saved.getTime())) {
        problems.push({
          kind: 'newer',
          file: first!.file,
          cell: first!.cell,
          message: `汇总表 ${where}的值各文件不同（${values}）：按 --prefer newer 取最后保存的 ${first!.file}（${timeText(first!.saved)} 保存）的 ${first!.raw}`,
        });
        out.push({ row, col, chosen: first!, all: list });
        continue;
      }
    }
    problems.push({
      kind: 'conflict',
      file: list[0]!.file,
      cell: list[0]!.cell,
      message:
        `汇总表 ${where}的值各文件不同：${values}。这一格没有填入（PERF 不替您选）：请核对后手工填写，` +
        `或让报送单位改正后重新收集${preferNewer ? '（各文件的保存时间分不出先后）' : '；也可以加 --prefer newer 取最后保存的文件'}`,
    });
    out.push({ row, col, chosen: null, all: list });
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

export { sourceText };
