import type { Dec } from '../../engine/decimal';
import { showFast } from '../../engine/fixed';
import type { BlockColumn, CellBlock, CellStyle, PlanCell, SheetPlan } from '../plan';
import { compactSheet } from '../plan-blocks';
import { explained, noteText, type UnitNote } from '../ranking/notes';
import { describeScheme } from '../ranking/scheme-summary';
import { blankCells, cell, mergedRowFlags, rowHeights } from '../ranking/sheet-layout';
import type { RankingResult } from '../ranking/types';
import { readReportLines, type ReadReport } from '../table/read-report';
import { warningLine } from '../warning';
import { vacantPlaces } from './award-sheet';
import { chineseDate } from './posted-frame';
import type { SnapshotEntry } from './snapshot';

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
  entries: SnapshotEntry[];
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

  block(columns: BlockColumn[], rowCount: number): void {
    if (rowCount <= 0) return;
    this.blocks.push({ top: this.rows.length, rowCount, columns });
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
  const { result, read, code, entries, now } = input;
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
  // the units of a large tie share the list of names their note shows (compute.ts), and so its sentence
  const tieText = new Map<UnitNote, string>();
  const byOthers = new Map<string[], UnitNote>();
  const explanation = (notes: UnitNote[]): string => {
    if (notes.length === 0) return '';
    const n = notes[0]!;
    if (notes.length > 1 || n.kind !== 'tie' || n.sharesAward) return explained(notes).map(noteText).join('；');
    let first = byOthers.get(n.others);
    if (first === undefined) byOthers.set(n.others, (first = n));
    let text = tieText.get(first);
    if (text === undefined) tieText.set(first, (text = noteText(first)));
    return text;
  };
  const units = result.units;
  const n = units.length;
  // units with the same total share its decimal (fixedToDec): each is written out once
  const shownTotals = new Map<Dec, string>();
  const totalText = (d: Dec) => {
    let text = shownTotals.get(d);
    if (text === undefined) shownTotals.set(d, (text = showFast(d)));
    return text;
  };
  const column = () => new Array<PlanCell['value']>(n);
  const [ranks, names, categories, totals, grades, awards, explanations, remarks] = Array.from({ length: 8 }, column);
  // one pass over the units, each read once (see ranking-sheet.ts)
  for (let k = 0; k < n; k++) {
    const u = units[k]!;
    ranks[k] = u.rank ?? '未排名';
    names[k] = u.name;
    categories[k] = u.category;
    totals[k] = u.total === null ? '未计分' : totalText(u.total);
    grades[k] = u.grade ?? '';
    awards[k] = u.awards.length === 0 ? '' : u.awards.join('、');
    explanations[k] = explanation(u.notes);
    remarks[k] = u.remark ?? '';
  }
  const styles: CellStyle[] = ['integer', 'text', 'text', 'integer', 'integer', 'text', 'note', 'note'];
  s.block(
    [ranks, names, categories, totals, grades, awards, explanations, remarks].map((values, i) => ({ style: styles[i]!, values })),
    n,
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
  const snapshot = [
    { key: CODE_KEY, value: code },
    { key: ORIGIN_KEY, value: input.origin },
    { key: SOURCE_KEY, value: result.sheet },
    ...entries,
  ];
  for (let i = 0; i < snapshot.length; i++) s.merges.push({ top: s.rows.length + i, left: 2, bottom: s.rows.length + i, right: WIDTH - 1 });
  const blank: BlockColumn = { style: 'text' };
  s.block([blank, { style: 'text', values: snapshot.map((e) => e.key) }, { style: 'text', values: snapshot.map((e) => e.value) }, ...new Array<BlockColumn>(WIDTH - 3).fill(blank)], snapshot.length);

  const cells = { rows: s.rows, blocks: s.blocks, rowCount: s.rows.length };
  return compactSheet(
    {
      name,
      kind: 'check',
      merges: s.merges,
      columnWidths: WIDTHS,
      rowHeights: rowHeights(cells, WIDTHS, mergedRowFlags(s.merges, cells.rowCount)),
      freeze: null,
      print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: null, footer: { left: '核对表（不公示）', center: '', right: '' } },
    },
    s.rows,
    s.blocks,
  );
}
