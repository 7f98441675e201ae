import type { FileRead } from './extract';
import { itemKey } from './item-name';
import type { CollectProblem } from './types';

const refOf = (cell: string) => cell.replace(/^.*!/, '');

/**
 * Files of one kind whose header sits elsewhere than in most of them (a column moved, a row
 * added above): PERF reads by header, so nothing is lost, but the clerk should look.
 */
export function movedHeaders(reads: FileRead[], problems: CollectProblem[]): void {
  const groups = new Map<string, { file: string; cell: string }[]>();
  const add = (key: string, file: string, cell: string) => groups.set(key, [...(groups.get(key) ?? []), { file, cell }]);
  for (const r of reads) {
    if (r.flow === 'by-unit') add(`unit:${itemKey(r.unit!.scoreHeader.header)}`, r.file, r.unit!.scoreHeader.cell);
    for (const s of r.sources) add(`source:${itemKey(s.header)}`, r.file, s.headerCell);
  }
  for (const list of groups.values()) {
    if (list.length < 3) continue;
    const counts = new Map<string, number>();
    for (const x of list) counts.set(refOf(x.cell), (counts.get(refOf(x.cell)) ?? 0) + 1);
    const [usual, most] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (most * 2 <= list.length) continue;
    for (const x of list)
      if (refOf(x.cell) !== usual)
        problems.push({
          kind: 'moved',
          file: x.file,
          cell: x.cell,
          message: `${x.file} ${x.cell}：表头的位置与其他 ${most} 个文件不同（它们在 ${usual}）：PERF 按表头读取，取用的是 ${refOf(x.cell)} 所在的列。请核对这个文件是否多了或少了行、列`,
        });
  }
}
