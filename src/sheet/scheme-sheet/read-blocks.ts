import { readCell } from '../../engine/cell';
import { BLOCKS, BlockDef, BlockId, OPTIONAL_BLOCKS, blockDef, blockOfTitle, columnOfHeader } from './layout';
import type { Block, SheetContext } from './read-context';

/** Title rows: one text cell naming a block, the rest of the row blank. */
export function findBlocks(ctx: SheetContext) {
  const titles: { id: BlockId; row: number; col: number }[] = [];
  ctx.grid.forEach((cells, row) => {
    const filled = (cells ?? []).map((v, col) => ({ v, col })).filter((x) => readCell(x.v).kind !== 'blank');
    if (filled.length !== 1 || typeof filled[0].v !== 'string') return;
    const id = blockOfTitle(filled[0].v);
    if (id) titles.push({ id, row, col: filled[0].col });
  });
  titles.forEach((t, i) => {
    const end = i + 1 < titles.length ? titles[i + 1].row : ctx.grid.length;
    if (ctx.blocks.has(t.id)) {
      ctx.warn(t.row, t.col, `“${blockDef(t.id).title}”块出现了两次：只读取第一个（${ctx.addr(ctx.blocks.get(t.id)!.title.row, ctx.blocks.get(t.id)!.title.col)}），这一块被忽略。请合并两块`);
      return;
    }
    ctx.blocks.set(t.id, readBlock(ctx, blockDef(t.id), t.row, t.col, end));
  });
  for (const def of BLOCKS)
    if (!ctx.blocks.has(def.id) && !OPTIONAL_BLOCKS.includes(def.id))
      ctx.warnings.push({
        cell: ctx.addr(0, 0),
        message: `${ctx.addr(0, 0)} 方案表中找不到“${def.title}”块：按默认处理。如需设置，请按 PERF 生成的方案表格式添加这一块`,
      });
}

function readBlock(ctx: SheetContext, def: BlockDef, titleRow: number, titleCol: number, end: number): Block {
  const block: Block = { def, title: { row: titleRow, col: titleCol }, header: null, columns: new Map(), rows: [] };
  const need = Math.min(2, def.columns.length);
  for (let r = titleRow + 1; r < Math.min(end, titleRow + 5) && block.header === null; r++) {
    const found = new Map<string, number>();
    (ctx.grid[r] ?? []).forEach((v, c) => {
      if (typeof v !== 'string') return;
      const key = columnOfHeader(def, v);
      if (key && !found.has(key)) found.set(key, c);
    });
    if (found.size >= need) {
      block.header = r;
      block.columns = found;
    }
  }
  if (block.header === null) {
    ctx.warn(titleRow, titleCol, `“${def.title}”块下面找不到表头行（${def.columns.map((c) => c.header).join('、')}）：这一块未读取，按默认处理。请恢复表头`);
    return block;
  }
  for (let r = block.header + 1; r < end; r++) {
    if (ctx.blankRow(r) || isNoteRow(ctx, r)) continue;
    const other = headerOf(ctx, r);
    if (other) {
      ctx.warn(r, block.title.col, `这一行看起来是“${other.title}”块的表头，但上面没有“${other.title}”标题行：已忽略。请恢复标题行“${other.title}”`);
      continue;
    }
    block.rows.push(r);
  }
  return block;
}

/** One of PERF's own explanation rows (written under each block title). */
function isNoteRow(ctx: SheetContext, row: number): boolean {
  const filled = (ctx.grid[row] ?? []).filter((v) => readCell(v).kind !== 'blank');
  const only = filled.length === 1 ? filled[0] : null;
  return typeof only === 'string' && BLOCKS.some((b) => b.note !== '' && b.note === only.trim());
}

/** The block whose header this row is (at least three of its column words), if any. */
function headerOf(ctx: SheetContext, row: number): BlockDef | null {
  for (const def of BLOCKS) {
    const keys = new Set<string>();
    for (const v of ctx.grid[row] ?? []) if (typeof v === 'string') keys.add(columnOfHeader(def, v) ?? '');
    keys.delete('');
    if (keys.size >= Math.min(3, def.columns.length)) return def;
  }
  return null;
}
