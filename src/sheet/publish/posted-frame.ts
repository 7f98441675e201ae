import type { OfficeSettings } from '../../engine/scheme/office';
import { PAGE_COUNT, PAGE_NUMBER, type BlockColumn, type CellBlock, type CellStyle, type PlanCell, type PrintSetup, type SheetPlan } from '../plan';
import { compactSheet } from '../plan-blocks';
import { blankCells, cell, mergedRowFlags, rowHeights } from '../ranking/sheet-layout';
import { printLayout } from './print-layout';

/** What every posted sheet (排名, 表彰名单) of one run shares. */
export interface PostedContext {
  /** The base title, "2025年度县（区）政府绩效评估" (see postedTitles). */
  title: string;
  office: OfficeSettings;
  /** The 校验码 of the run, printed on every page. */
  code: string;
  now: Date;
}

/** "2026年1月5日", as offices date what they post. */
export function chineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

const TITLE_ENDINGS = /(汇总表|汇总|统计表|一览表|结果表|考评表|评估表|表)$/;

/**
 * The posted sheets' titles from the office's title, else the source sheet's own title,
 * else its name: "2025年度县（区）政府绩效评估汇总表" → "…绩效评估结果" and "…绩效评估表彰名单".
 */
export function postedTitles(base: string): { ranking: string; awards: string } {
  const stem = base.replace(TITLE_ENDINGS, '').replace(/[\s:：]+$/, '') || base;
  const ranking = /(结果|排名|公示)$/.test(stem) ? stem : `${stem}结果`;
  return { ranking, awards: `${stem.replace(/(结果|排名|公示)$/, '')}表彰名单` };
}

function lineRow(value: string, style: CellStyle, width: number): PlanCell[] {
  const row = blankCells(width, style);
  row[0] = cell(value, style);
  return row;
}

/** A posted sheet being built: the title, the header row, then the rows and blocks the caller adds. */
export class PostedFrame {
  /** The rows outside blocks (a block's rows are holes). */
  readonly rows: PlanCell[][] = [];
  readonly blocks: CellBlock[] = [];
  readonly merges: SheetPlan['merges'] = [];
  readonly headerRow: number;
  /** Category headings: never the last row of a page. */
  readonly headings = new Set<number>();
  /** The first closing line under the table (set by close). */
  closingFrom = Infinity;

  constructor(
    title: string,
    readonly header: string[],
  ) {
    this.wide(title, 'title');
    this.headerRow = this.rows.length;
    this.rows.push(header.map((h) => cell(h, 'header')));
  }

  get width(): number {
    return this.header.length;
  }

  /** A category heading across the table: it goes over to the next page with the rows under it. */
  heading(value: string): void {
    this.headings.add(this.rows.length);
    this.wide(value, 'subtitle');
  }

  /** A table of `rowCount` rows given as columns (see CellBlock). */
  block(columns: BlockColumn[], rowCount: number): void {
    if (rowCount <= 0) return;
    this.blocks.push({ top: this.rows.length, rowCount, columns });
    this.rows.length += rowCount;
  }

  /** A line merged across the table. */
  wide(value: string, style: CellStyle): void {
    this.merges.push({ top: this.rows.length, left: 0, bottom: this.rows.length, right: this.width - 1 });
    this.rows.push(lineRow(value, style, this.width));
  }

  /**
   * The closing lines under the table: the rule in plain words, the 公示期, the publisher and
   * the date. Signatures and the 校验码 are in the footer of every page, not repeated here.
   */
  close(ctx: PostedContext, ruleLine: string): void {
    this.closingFrom = this.rows.length;
    this.rows.push([]);
    this.wide(ruleLine, 'scheme');
    const { from, to } = ctx.office.publicity;
    if (from || to) this.wide(`公示期：${from ?? ''}至${to ?? ''}`, 'scheme');
    this.wide(`${ctx.office.publisher ? `${ctx.office.publisher}　　` : ''}${chineseDate(ctx.now)}`, 'signature');
  }

  /**
   * Every row's height, set explicitly: a CJK font makes hosts grow default rows by
   * different amounts, and the page breaks PERF computes must hold in each of them.
   */
  heights(widths: number[]): Record<number, number> {
    const taller = rowHeights({ rows: this.rows, blocks: this.blocks, rowCount: this.rows.length }, widths, mergedRowFlags(this.merges, this.rows.length));
    // a list made at its length, read as the record (the hosts look every row up)
    const heights: Record<number, number> = new Array<number>(this.rows.length);
    for (let r = 0; r < this.rows.length; r++) heights[r] = r === 0 ? 32 : Math.max(taller[r] ?? 0, ROW_POINTS);
    return heights;
  }

  /** The finished sheet: rows, merges, widths, heights, frozen header, and the pages PERF computed. */
  plan(name: string, kind: 'ranking' | 'awards', widths: number[], ctx: PostedContext): SheetPlan {
    const heights = this.heights(widths);
    const layout = printLayout({
      columnWidths: widths,
      rowHeights: heights,
      rowCount: this.rows.length,
      headerRow: this.headerRow,
      closingFrom: this.closingFrom,
      keepWithNext: this.headings,
    });
    return compactSheet(
      {
        name,
        kind,
        merges: this.merges,
        columnWidths: widths,
        rowHeights: heights,
        freeze: { rows: this.headerRow + 1, columns: 0 },
        print: { ...postedPrint(this.headerRow, ctx), orientation: layout.orientation, scale: layout.scale },
        pageBreaks: layout.breaks,
      },
      this.rows,
      this.blocks,
    );
  }
}

/** Posted rows are this tall: room for an 11-point CJK line. */
const ROW_POINTS = 18;

/** A4, the header row repeated, and the footer every posted page carries. */
function postedPrint(headerRow: number, ctx: PostedContext): PrintSetup {
  const sign = (label: string, name: string | null) => `${label}：${name ?? '　　　　　　'}`;
  return {
    paper: 'A4',
    orientation: 'portrait',
    fitToWidth: false,
    repeatRows: [headerRow, headerRow],
    footer: {
      left: `${sign('制表', ctx.office.preparedBy)}　${sign('审核', ctx.office.reviewedBy)}`,
      center: `第 ${PAGE_NUMBER} 页 共 ${PAGE_COUNT} 页`,
      right: `校验码 ${ctx.code}`,
    },
  };
}
