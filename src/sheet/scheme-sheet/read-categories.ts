import type { SheetContext } from './read-context';
import { rawText } from './read-values';

/** 四、类别: the category names, one a row. */
export function readCategories(ctx: SheetContext) {
  const b = ctx.blocks.get('categories');
  ctx.blockPath('categories', 'categories', 'name');
  if (!b || b.header === null) return;
  const out: string[] = [];
  for (const row of b.rows) {
    const name = rawText(ctx.raw(row, b.columns.get('name')));
    if (!name) continue;
    ctx.paths.set(`categories[${out.length}]`, ctx.addr(row, ctx.col(b, 'name')));
    out.push(name);
  }
  ctx.scheme.categories = out;
}
