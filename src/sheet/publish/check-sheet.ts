import type { BlockColumn, CellBlock, CellStyle, PlanCell, SheetPlan } from '../plan';
import { compactSheet } from '../plan-blocks';
import { describeScheme } from '../ranking/scheme-summary';
import { blankCells, cell, mergedRowFlags, rowHeights, widestGrade, widestName } from '../ranking/sheet-layout';
import { textWidth, widestText } from '../text-width';
import type { RankingResult } from '../ranking/types';
import { readReportLines, type ReadReport } from '../table/read-report';
import { warningLine } from '../warning';
import { vacantPlaces } from './award-sheet';
import { NOT_RANKED, UNIT_STYLES, UnitLines } from './check-unit-lines';
import { chineseDate } from './posted-frame';
import type { Snapshot } from './snapshot';

export const CHECK_SHEET_NAME = '核对';
export const SNAPSHOT_TITLE = '六、校验快照（perf verify 核对公示结果时使用，请勿修改）';
export const CODE_KEY = '校验码';
export const ORIGIN_KEY = '方案来源';
export const SOURCE_KEY = '汇总表';

/** How the scheme of a run can be found again: the workbook's 方案 sheet, or the copy in the snapshot. */
export type SchemeOrigin = 'sheet' | 'snapshot';

export interface CheckInput {
  result: RankingResult;
  read: ReadReport;
  code: string;
  snapshot: Snapshot;
  origin: SchemeOrigin;
  now: Date;
}

const WIDTHS = [6, 26, 12, 9, 7, 14, 60, 20];
const WIDTH = WIDTHS.length;

class Sheet {
  /** The rows outside blocks (a block's rows are holes). */
  rows: PlanCell[][] = [];
  blocks: CellBlock[] = [];
  merges: SheetPlan['merges'] = [];

  block(columns: BlockColumn[], rowCount: number, mergeAcross?: CellBlock['mergeAcross']): void {
    if (rowCount <= 0) return;
    this.blocks.push({ top: this.rows.length, rowCount, columns, ...(mergeAcross ? { mergeAcross } : {}) });
    this.rows.length += rowCount;
  }

  wide(value: string, style: CellStyle, from = 0): void {
    this.merges.push({ top: this.rows.length, left: from, bottom: this.rows.length, right: WIDTH - 1 });
    const row = blankCells(WIDTH, style);
    row[from] = cell(value, style);
    this.rows.push(row);
  }

  section(title: string): void {
    this.rows.push([]);
    this.wide(title, 'header');
  }
}

/**
 * 核对: everything the clerk checks before posting, and nothing of it on the posted sheets —
 * every warning cell by cell, what PERF read, each unit's full explanation and the clerk's
 * 备注, the scheme as applied, the award arithmetic with vacancies and why, and the snapshot
 * behind the 校验码.
 */
export function checkSheetPlan(input: CheckInput, name = CHECK_SHEET_NAME): SheetPlan {
  const { result, read, code, snapshot, now } = input;
  const s = new Sheet();
  s.wide('核对表（供绩效办内部核对，不公示）', 'title');
  s.wide(`汇总表：工作表“${result.sheet}”　方案：${result.scheme.name}（${result.schemeSource}）　生成：${chineseDate(now)}　校验码 ${code}`, 'subtitle');

  s.section(`一、需要核对的问题（${result.warnings.length} 条）`);
  if (result.warnings.length === 0) s.wide('没有需要核对的问题。', 'scheme');
  else {
    s.rows.push(['序号', '单元格', '问题'].map((h) => cell(h, 'header')));
    s.merges.push({ top: s.rows.length - 1, left: 2, bottom: s.rows.length - 1, right: WIDTH - 1 });
    result.warnings.forEach((w, i) => {
      s.merges.push({ top: s.rows.length, left: 2, bottom: s.rows.length, right: WIDTH - 1 });
      s.rows.push([cell(i + 1, 'integer'), cell(w.cell || '（无单元格）'), cell(warningLine(w), 'note'), ...blankCells(WIDTH - 3, 'note')]);
    });
  }

  s.section('二、PERF 读取的汇总表');
  for (const line of readReportLines(read)) s.wide(line.trim(), 'scheme');

  s.section('三、各单位计算说明');
  s.rows.push(['名次', '单位', '类别', '总分', '等次', '奖项', '计算说明', '备注'].map((h) => cell(h, 'header')));
  const units = result.units;
  const list = new UnitLines(units, result.names);
  list.putAll(units);
  // what each column's texts can be, known: their heights need no measuring (explanations and 备注 are measured)
  const fits = [textWidth(NOT_RANKED), widestName(result), widestText(result.categories), list.totalWidest, widestGrade(result), list.awardWidest, undefined, undefined];
  s.block(
    list.columns().map((values, i) => ({ style: UNIT_STYLES[i]!, values, widest: fits[i] })),
    units.length,
  );

  s.section('四、计算方案');
  for (const line of [...describeScheme(result), ...result.summary]) s.wide(line, 'scheme');

  s.section('五、奖项计算');
  if (result.awardLines.length === 0) s.wide('未设置奖项规则，本次不评奖。', 'scheme');
  for (const line of result.awardLines) {
    const scope = line.kind === 'places' ? line.groupLabel : (line.area ?? line.groupLabel);
    s.wide(`${line.award}${scope ? `（${scope}）` : ''}：${line.countShown}${line.orderedBy ? `，按${line.orderedBy}` : ''}；获奖 ${line.recipients.length} 个：${line.recipients.map((r) => r.name).join('、') || '无'}`, 'scheme');
    for (const e of line.events) s.wide(e, 'scheme', 1);
    const vacant = vacantPlaces(line);
    if (vacant > 0 && line.vacancies.length === 0) s.wide(`空缺 ${vacant} 名`, 'scheme', 1);
  }

  s.section(SNAPSHOT_TITLE);
  s.rows.push(['', '项目', '内容'].map((h) => cell(h || null, 'header')));
  const run: [string, string][] = [
    [CODE_KEY, code],
    [ORIGIN_KEY, input.origin],
    [SOURCE_KEY, result.sheet],
  ];
  const blank: BlockColumn = { style: 'text' };
  const blanks = new Array<BlockColumn>(WIDTH - 3).fill(blank);
  // each row's 内容 merged across to the last column
  const across = { left: 2, right: WIDTH - 1 };
  s.block([blank, { style: 'text', values: run.map((e) => e[0]) }, { style: 'text', values: run.map((e) => e[1]) }, ...blanks], run.length, across);
  // the entries as the snapshot's own bytes: no text of 100,000 lines made again (row heights read only the long ones)
  s.block([blank, { style: 'text', values: snapshot.keys }, { style: 'text', values: snapshot.values }, ...blanks], snapshot.count, across);

  const cells = { rows: s.rows, blocks: s.blocks, rowCount: s.rows.length };
  return compactSheet(
    {
      name,
      kind: 'check',
      merges: s.merges,
      columnWidths: WIDTHS,
      rowHeights: rowHeights(cells, WIDTHS, mergedRowFlags(s.merges, cells.rowCount, s.blocks)),
      freeze: null,
      print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: null, footer: { left: '核对表（不公示）', center: '', right: '' } },
    },
    s.rows,
    s.blocks,
  );
}
