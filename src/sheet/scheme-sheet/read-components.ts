import { CellValue, readCell } from '../../engine/cell';
import { plain } from '../../engine/decimal';
import type { ComponentRule } from '../../engine/scheme/types';
import { sameName } from '../../engine/scheme/access';
import { looksLikeFractions } from './layout';
import type { SheetContext } from './read-context';
import { decimalText, rawText } from './read-values';

/** 二、考核构成: components with their weights; a 上级 makes a row a child of an earlier row. */
export function readComponents(ctx: SheetContext) {
  const b = ctx.blocks.get('components');
  ctx.blockPath('components', 'components', 'weight');
  if (!b || b.header === null) return;
  interface Node {
    rule: ComponentRule;
    row: number;
    parentName: string;
    parent: Node | null;
    children: Node[];
    weightRaw: CellValue;
  }
  const nodes: Node[] = [];
  for (const row of b.rows) {
    const name = rawText(ctx.cell(b, row, 'name'));
    const weightRaw = ctx.cell(b, row, 'weight');
    const column = rawText(ctx.cell(b, row, 'column'));
    const parentName = rawText(ctx.cell(b, row, 'parent'));
    const rule: ComponentRule = { name, weight: '' };
    if (column) rule.column = column;
    nodes.push({ rule, row, parentName, parent: null, children: [], weightRaw });
  }
  const roots: Node[] = [];
  nodes.forEach((n, i) => {
    if (n.parentName) {
      let parent: Node | null = null;
      for (let j = i - 1; j >= 0 && !parent; j--) if (sameName(nodes[j].rule.name, n.parentName)) parent = nodes[j];
      if (parent) {
        n.parent = parent;
        parent.children.push(n);
        return;
      }
      ctx.warn(n.row, ctx.col(b, 'parent'), `上级“${n.parentName}”不在上面的行中：“${n.rule.name}”按顶层项目处理。请把上级项目写在它的下级之前，名称保持一致`);
    }
    roots.push(n);
  });
  // Percent weights written as fractions (0.8 / 0.2) are multiplied by 100.
  const topNumbers = roots.map((n) => readCell(n.weightRaw)).filter((c) => c.kind === 'number' && !c.percent);
  const fractions =
    ctx.scheme.weightUnit === 'percent' &&
    topNumbers.length === roots.length &&
    looksLikeFractions(topNumbers.map((c) => (c.kind === 'number' ? c.value : (0 as never))));
  for (const n of nodes) {
    const c = readCell(n.weightRaw);
    if (c.kind === 'number' && c.percent) n.rule.weight = ctx.scheme.weightUnit === 'percent' ? plain(c.value.times(100)) : `${plain(c.value.times(100))}%`;
    else if (c.kind === 'number' && fractions) n.rule.weight = plain(c.value.times(100));
    else n.rule.weight = decimalText(n.weightRaw);
  }
  const build = (list: Node[], prefix: string): ComponentRule[] =>
    list.map((n, i) => {
      const path = `${prefix}[${i}]`;
      ctx.paths.set(path, ctx.addr(n.row, ctx.col(b, 'name')));
      ctx.paths.set(`${path}.name`, ctx.addr(n.row, ctx.col(b, 'name')));
      ctx.paths.set(`${path}.weight`, ctx.addr(n.row, ctx.col(b, 'weight')));
      ctx.paths.set(`${path}.column`, ctx.addr(n.row, ctx.col(b, 'column')));
      if (n.children.length > 0) n.rule.children = build(n.children, `${path}.children`);
      return n.rule;
    });
  ctx.scheme.components = build(roots, 'components');
}
