import { normaliseText, quote, readCell } from '../../engine/cell';
import { canonicalShare } from '../../engine/scheme/access';
import type { RankPoints } from '../../engine/scheme/types';
import type { Block, SheetContext } from './read-context';
import type { BlockId } from './layout';
import { decimalText, rawText } from './read-values';

/** The data rows of a lookup block with anything in them; none (or no block) = the scheme leaves the table out. */
function filledRows(ctx: SheetContext, id: BlockId, path: string): { b: Block; rows: number[] } | null {
  const b = ctx.blocks.get(id);
  ctx.blockPath(path, id);
  if (!b || b.header === null) return null;
  const rows = b.rows.filter((row) => [...b.columns.values()].some((col) => rawText(ctx.raw(row, col)) !== ''));
  return rows.length > 0 ? { b, rows } : null;
}

/** 十、定性评价比例: rating and share a row; 0.8 (a percentage cell) and "80%" both read as 80%. */
export function readRatingShares(ctx: SheetContext) {
  const found = filledRows(ctx, 'ratings', 'ratingShares');
  if (!found) return;
  const { b, rows } = found;
  ctx.scheme.ratingShares = rows.map((row, i) => {
    const p = `ratingShares[${i}]`;
    ctx.paths.set(p, ctx.addr(row, ctx.col(b, 'rating')));
    const rating = rawText(ctx.cell(b, row, 'rating', `${p}.rating`));
    const share = decimalText(ctx.cell(b, row, 'share', `${p}.share`));
    return { rating, share: share === '' ? '' : canonicalShare(share) };
  });
}

/** 十一、档次分值: tier and points a row. */
export function readTierPoints(ctx: SheetContext) {
  const found = filledRows(ctx, 'tiers', 'tierPoints');
  if (!found) return;
  const { b, rows } = found;
  ctx.scheme.tierPoints = rows.map((row, i) => {
    const p = `tierPoints[${i}]`;
    ctx.paths.set(p, ctx.addr(row, ctx.col(b, 'tier')));
    return { tier: rawText(ctx.cell(b, row, 'tier', `${p}.tier`)), points: decimalText(ctx.cell(b, row, 'points', `${p}.points`)) };
  });
}

/** A rank as written: 3, "3", "第3名"; null when it is not a whole number from 1. */
function rankOf(v: unknown): number | null {
  const c = readCell(typeof v === 'string' ? normaliseText(v).replace(/^第\s*/, '').replace(/\s*名$/, '') : (v as never));
  return c.kind === 'number' && !c.percent && c.value.isInteger() && c.value.gte(1) ? c.value.toNumber() : null;
}

/** 十二、名次分值: rank and points a row; a rank that is not a whole number stops the run with its cell named. */
export function readRankPoints(ctx: SheetContext) {
  const found = filledRows(ctx, 'ranks', 'rankPoints');
  if (!found) return;
  const { b, rows } = found;
  const out: RankPoints[] = [];
  for (const row of rows) {
    const p = `rankPoints[${out.length}]`;
    const raw = ctx.raw(row, b.columns.get('rank'));
    const rank = rankOf(raw);
    if (rank === null) {
      ctx.fail(row, ctx.col(b, 'rank'), `名次 ${quote(raw)} 无法识别：请填写 1 或更大的整数（1 表示第一名），每个名次一行`);
      continue;
    }
    ctx.paths.set(p, ctx.addr(row, ctx.col(b, 'rank')));
    ctx.paths.set(`${p}.rank`, ctx.addr(row, ctx.col(b, 'rank')));
    out.push({ rank, points: decimalText(ctx.cell(b, row, 'points', `${p}.points`)) });
  }
  ctx.scheme.rankPoints = out;
}
