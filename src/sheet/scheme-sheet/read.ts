import type { Locate } from '../../engine/scheme/report';
import type { Scheme } from '../../engine/scheme/types';
import type { SheetData } from '../source-table';
import type { Warning } from '../warning';
import { readPlaces, readSingles } from './read-awards';
import { readBands } from './read-bands';
import { findBlocks } from './read-blocks';
import { readCategories } from './read-categories';
import { readComponents } from './read-components';
import { SheetContext } from './read-context';
import { readDistribution } from './read-distribution';
import { readSettings } from './read-settings';
import { readOffice, readRoster } from './read-office';
import { readRankPoints, readRatingShares, readTierPoints } from './read-lookups';
import type { WorkbookSettings } from '../../engine/scheme/office';

export interface SchemeSheetRead {
  scheme: Scheme;
  /** JSON path → the 方案 cell that holds it ("components[2].weight" → "方案!B12"); unknown paths fall back to their block. */
  locate: Locate;
  /** Rows or cells the reader passed over, and settings left at their default. */
  warnings: Warning[];
  /**
   * Cells whose value cannot be used (保留小数 “两位”, a yes/no cell holding 1.5, a 最低等次
   * that differs between the category rows of one award). Values that the scheme can carry
   * as written (a weight “约十五”, an unknown 排名方式) are left for validateScheme, which
   * names their cells through `locate`. Both block a run.
   */
  errors: Warning[];
  /** The office's own settings and roster (公示设置, 单位名册): not part of the rules. */
  settings: WorkbookSettings;
}

/**
 * Read the 方案 sheet back into a scheme, tolerant of a clerk's edits: rows added or removed
 * inside a block, blank rows, full-width digits, "40%" or 0.4, blank optional cells. Blocks
 * and columns are found by their words, not by position.
 */
export function schemeFromSheet(sheet: SheetData): SchemeSheetRead {
  const ctx = new SheetContext(sheet);
  findBlocks(ctx);
  readSettings(ctx);
  readComponents(ctx);
  readBands(ctx);
  readCategories(ctx);
  const places = readPlaces(ctx);
  ctx.scheme.awards = [...places, ...readSingles(ctx, places.length)];
  readDistribution(ctx);
  readOffice(ctx);
  readRoster(ctx);
  readRatingShares(ctx);
  readTierPoints(ctx);
  readRankPoints(ctx);
  return { scheme: ctx.scheme, locate: ctx.locate(), warnings: ctx.sortedWarnings(), errors: ctx.errors, settings: ctx.settings };
}
