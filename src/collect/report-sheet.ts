import type { PlanCell, SheetPlan } from '../sheet/plan';
import { textWidth } from '../sheet/text-width';
import type { FileTaken } from './assign';
import type { FilledCell } from './fill';
import { timeText } from './saved-time';
import type { CollectProblem } from './types';

/** The name of PERF's report of a collecting run. */
export const REPORT_SHEET = '报送情况';

/** One line of the report's first table: a file received (or not), or a source or unit still missing. */
export interface ReportLine {
  what: string;
  status: '已收到' | '未收到' | '未识别' | '无法读取' | '作单位名册';
  file: string;
  saved: Date | null;
  taken: string;
  problems: number;
}

const WIDTH = 7;
const WIDTHS = [8, 22, 18, 30, 17, 50, 22];
/** Points per line of wrapped text (the default font). */
const LINE = 15;
const t = (value: string | number | null, style: PlanCell['style'] = 'text'): PlanCell => ({ value, style });

/** The lines for files received and for what did not come in, files in name order. */
export function reportLines(taken: FileTaken[], others: ReportLine[], missing: string[], problems: CollectProblem[]): ReportLine[] {
  const count = (file: string) => problems.filter((p) => p.file === file).length;
  const received = taken.map((f): ReportLine => ({ what: f.what || '（未取用）', status: '已收到', file: f.file, saved: f.saved, taken: f.taken.join('；') || '没有取用任何数（见问题清单）', problems: count(f.file) }));
  const lines = [...received, ...others].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return [...lines, ...missing.map((what): ReportLine => ({ what, status: '未收到', file: '', saved: null, taken: '', problems: 0 }))];
}

/**
 * 报送情况 (PERF-owned, rewritten on every run): per file or per missing source/unit what
 * came in; every problem with its file and cell; every filled cell with its source.
 */
export function reportSheet(summarySheet: string, lines: ReportLine[], problems: CollectProblem[], filled: FilledCell[], now: Date): SheetPlan {
  const rows: PlanCell[][] = [];
  const merges: SheetPlan['merges'] = [];
  const rowHeights: Record<number, number> = {};
  /** The row about to be added wraps `text` within columns from..to: tall enough for every line. */
  const fit = (text: string, from: number, to = from) => {
    const width = WIDTHS.slice(from, to + 1).reduce((a, w) => a + w, 0);
    const lines = Math.ceil(textWidth(text) / Math.max(1, width - 1));
    if (lines > 1) rowHeights[rows.length] = Math.max(rowHeights[rows.length] ?? 0, lines * LINE);
  };
  const wide = (cells: PlanCell[], from: number) => {
    merges.push({ top: rows.length, left: from, bottom: rows.length, right: WIDTH - 1 });
    rows.push([...cells, ...Array.from({ length: WIDTH - 1 - from }, () => t(null, cells[cells.length - 1]!.style))]);
  };
  const received = lines.filter((l) => l.status === '已收到').length;
  const missing = lines.filter((l) => l.status === '未收到').length;
  wide([t('报送情况', 'title')], 0);
  wide([t(`汇总表“${summarySheet}”：收到 ${received} 个文件，未收到 ${missing} 项；填入 ${filled.length} 个单元格；需要核对的问题 ${problems.length} 条。${timeText(now)} 由 PERF 收集生成，每次收集重写本表。`, 'subtitle')], 0);
  rows.push([]);
  wide([t('一、报送情况', 'subtitle')], 0);
  rows.push(['序号', '报送内容', '状态', '文件', '保存时间', '取用', '问题'].map((h) => t(h, 'header')));
  lines.forEach((l, i) => {
    fit(l.taken, 5);
    fit(l.what, 1);
    rows.push([t(i + 1, 'integer'), t(l.what, 'note'), t(l.status, l.status === '已收到' ? 'text' : 'warning'), t(l.file), t(l.saved ? timeText(l.saved) : ''), t(l.taken, 'note'), t(l.problems ? `${l.problems} 条，见问题清单` : '')]);
  });
  rows.push([]);
  wide([t('二、问题清单（文件、单元格、问题）', 'subtitle')], 0);
  wide([t('序号', 'header'), t('文件', 'header'), t('单元格', 'header'), t('问题', 'header')], 3);
  if (problems.length === 0) wide([t('没有问题', 'note')], 0);
  problems.forEach((p, i) => {
    fit(p.message, 3, WIDTH - 1);
    wide([t(i + 1, 'integer'), t(p.file || '（汇总表）'), t(p.cell), t(p.message, 'note')], 3);
  });
  rows.push([]);
  wide([t('三、填入的单元格及其来源', 'subtitle')], 0);
  // one row per filled cell, unmerged: thousands of them stay cheap to write and to read
  rows.push(['序号', '单位', '项目', '汇总表单元格', '值', '来源'].map((h) => t(h, 'header')));
  filled.forEach((f, i) => rows.push([t(i + 1, 'integer'), t(f.unit), t(f.item), t(`${summarySheet}!${f.ref}`), t(f.value, typeof f.value === 'number' ? 'number' : 'text'), t(f.source)]));
  return {
    name: REPORT_SHEET,
    kind: 'collect',
    rows,
    merges,
    columnWidths: WIDTHS,
    rowHeights,
    freeze: null,
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: null, footer: { left: '', center: '报送情况', right: '' } },
  };
}
