import type { Dec } from '../../engine/decimal';
import { showFast } from '../../engine/fixed';
import type { CellStyle, PlanCell, SheetPlan } from '../plan';
import { explained, noteText, type UnitNote } from '../ranking/notes';
import { describeScheme } from '../ranking/scheme-summary';
import { blankCells, cell, rowHeights, sharedCells, sharedIntegerCells } from '../ranking/sheet-layout';
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
const NOT_RANKED = Object.freeze(cell('未排名', 'integer'));
const NOT_SCORED = Object.freeze(cell('未计分', 'integer'));

class Sheet {
  rows: PlanCell[][] = [];
  merges: SheetPlan['merges'] = [];

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
  // the cells a column repeats are planned once
  const rankCell = sharedIntegerCells('integer');
  const textCell = sharedCells<string>('text', (t) => t);
  const gradeCell = sharedCells<string>('integer', (g) => g);
  const noteCell = sharedCells<string>('note', (t) => t);
  const totalCell = sharedCells<Dec>('integer', showFast);
  // the units of a large tie share the list of names their note shows (compute.ts), and so its sentence
  const tieCell = sharedCells<UnitNote>('note', noteText);
  const byOthers = new Map<string[], UnitNote>();
  const explanation = (notes: UnitNote[]): PlanCell => {
    const n = notes[0]!;
    if (notes.length > 1 || n.kind !== 'tie' || n.sharesAward) return cell(explained(notes).map(noteText).join('；'), 'note');
    let first = byOthers.get(n.others);
    if (first === undefined) byOthers.set(n.others, (first = n));
    return tieCell(first);
  };
  for (const u of result.units)
    s.rows.push([
      u.rank === null ? NOT_RANKED : rankCell(u.rank),
      cell(u.name),
      textCell(u.category),
      u.total === null ? NOT_SCORED : totalCell(u.total),
      gradeCell(u.grade ?? ''),
      textCell(u.awards.length === 0 ? '' : u.awards.join('、')),
      u.notes.length === 0 ? noteCell('') : explanation(u.notes),
      noteCell(u.remark ?? ''),
    ]);

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
  const snapshotRow = (key: string, value: string) => {
    s.merges.push({ top: s.rows.length, left: 2, bottom: s.rows.length, right: WIDTH - 1 });
    const row = blankCells(WIDTH);
    row[1] = cell(key);
    row[2] = cell(value);
    s.rows.push(row);
  };
  snapshotRow(CODE_KEY, code);
  snapshotRow(ORIGIN_KEY, input.origin);
  snapshotRow(SOURCE_KEY, result.sheet);
  for (const e of entries) snapshotRow(e.key, e.value);

  return {
    name,
    kind: 'check',
    rows: s.rows,
    merges: s.merges,
    columnWidths: WIDTHS,
    rowHeights: rowHeights(s.rows, WIDTHS, new Set(s.merges.map((m) => m.top))),
    freeze: null,
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: null, footer: { left: '核对表（不公示）', center: '', right: '' } },
  };
}
