import type { Dec } from '../../engine/decimal';
import { showFast } from '../../engine/fixed';
import type { BlockColumn, CellBlock, CellStyle, PlanCell, SheetPlan } from '../plan';
import { compactSheet } from '../plan-blocks';
import { explained, noteText, type UnitNote } from '../ranking/notes';
import { describeScheme } from '../ranking/scheme-summary';
import { blankCells, cell, mergedRowFlags, rowHeights, widestGrade, widestName } from '../ranking/sheet-layout';
import { textWidth, widestText } from '../text-width';
import type { RankingResult, UnitResult } from '../ranking/types';
import { readReportLines, type ReadReport } from '../table/read-report';
import { warningLine } from '../warning';
import { vacantPlaces } from './award-sheet';
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
const NOT_RANKED = '未排名';
const NOT_SCORED = '未计分';
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

const UNIT_STYLES: CellStyle[] = ['integer', 'text', 'text', 'integer', 'integer', 'text', 'note', 'note'];

/**
 * 三、各单位计算说明, one unit at a time: a small method that V8 optimises once and keeps (one
 * loop in the sheet's builder was re-optimised on every run). Lists are born holding texts.
 */
class UnitLines {
  readonly ranks: PlanCell['value'][];
  readonly names: string[];
  readonly categories: string[];
  readonly totals: string[];
  readonly grades: string[];
  readonly awards: string[];
  readonly explanations: string[];
  readonly remarks: string[];
  totalWidest = textWidth(NOT_SCORED);
  awardWidest = 0;
  // the units of a large tie share one note (frozen, compute.ts), and so its sentence
  private readonly shared = new Map<UnitNote, string>();
  // units with the same total share its decimal (fixedToDec): each is written out once
  private readonly shownTotals = new Map<Dec, string>();
  // a unit's awards as one text: most units have none or one, a text the run already holds
  private readonly awardWidths = new Map<string, number>();
  private readonly parts: string[] = [];

  constructor(n: number) {
    const texts = () => new Array<string>(n).fill('');
    this.ranks = new Array<PlanCell['value']>(n).fill(null);
    this.names = texts();
    this.categories = texts();
    this.totals = texts();
    this.grades = texts();
    this.awards = texts();
    this.explanations = texts();
    this.remarks = texts();
  }

  put(k: number, u: UnitResult): void {
    this.ranks[k] = u.rank ?? NOT_RANKED;
    this.names[k] = u.name;
    this.categories[k] = u.category;
    this.totals[k] = u.total === null ? NOT_SCORED : this.totalText(u.total);
    this.grades[k] = u.grade ?? '';
    this.awards[k] = this.awardText(u.awards);
    this.explanations[k] = this.explanation(u.notes);
    this.remarks[k] = u.remark ?? '';
  }

  columns(): PlanCell['value'][][] {
    return [this.ranks, this.names, this.categories, this.totals, this.grades, this.awards, this.explanations, this.remarks];
  }

  private textOf(n: UnitNote): string {
    if (!Object.isFrozen(n)) return noteText(n);
    let text = this.shared.get(n);
    if (text === undefined) this.shared.set(n, (text = noteText(n)));
    return text;
  }

  private explanation(notes: UnitNote[]): string {
    if (notes.length === 0) return '';
    if (notes.length === 1 && !(notes[0]!.kind === 'tie' && notes[0]!.sharesAward)) return this.textOf(notes[0]!);
    const parts = this.parts;
    parts.length = 0;
    for (const n of explained(notes)) parts.push(this.textOf(n));
    return parts.join('；');
  }

  private totalText(d: Dec): string {
    let text = this.shownTotals.get(d);
    if (text === undefined) {
      this.shownTotals.set(d, (text = showFast(d)));
      this.totalWidest = Math.max(this.totalWidest, textWidth(text));
    }
    return text;
  }

  private awardText(awards: string[]): string {
    if (awards.length === 0) return '';
    const text = awards.length === 1 ? awards[0]! : awards.join('、');
    let width = this.awardWidths.get(text);
    if (width === undefined) this.awardWidths.set(text, (width = textWidth(text)));
    if (width > this.awardWidest) this.awardWidest = width;
    return text;
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
  const list = new UnitLines(units.length);
  for (let k = 0; k < units.length; k++) list.put(k, units[k]!);
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
