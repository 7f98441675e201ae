import { quote, readCell } from '../engine/cell';
import { D } from '../engine/decimal';
import { matchKey } from '../engine/match';
import type { Contribution } from './contribution';
import type { FileRead, SourceItem, UnitItem } from './extract';
import { baseName, isGenericScoreHeader, itemKey } from './item-name';
import { scoreOf } from './score';
import type { Summary, SummaryColumn } from './summary';
import type { CollectProblem, UnitFrom } from './types';
import type { UnitList } from './unit-list';

/** What one file gave, for 报送情况. */
export interface FileTaken {
  file: string;
  flow: FileRead['flow'];
  saved: Date | null;
  /** The indicators (by source) or the unit (by unit) the file reports. */
  what: string;
  /** "遵纪守法 ← B 列，18 个单位", "第 7 行 业绩 ← 合计（单位取自标题）". */
  taken: string[];
  columns: number[];
  unit: number | null;
}

type Pick = { kind: 'one'; column: SummaryColumn; how: string } | { kind: 'none' } | { kind: 'many'; columns: SummaryColumn[] };

/** The summary columns whose name appears in a text (a file or sheet name, a title); the longest names win. */
export function columnsWithin(text: string, columns: SummaryColumn[]): SummaryColumn[] {
  const key = matchKey(text);
  const inside = columns.filter((c) => c.key !== '' && key.includes(c.key));
  const longest = Math.max(0, ...inside.map((c) => c.key.length));
  return inside.filter((c) => c.key.length === longest);
}

/** The summary column a by-source column fills: its header's name, else the name in its file's or sheet's name. */
function columnFor(item: SourceItem, file: string, columns: SummaryColumn[]): Pick {
  if (!isGenericScoreHeader(item.header)) {
    const same = columns.filter((c) => c.key === itemKey(item.header));
    if (same.length === 1) return { kind: 'one', column: same[0]!, how: '表头' };
    if (same.length > 1) return { kind: 'many', columns: same };
  }
  for (const [text, how] of [
    [baseName(file), '文件名'],
    [item.sheet, '工作表名'],
  ] as const) {
    const found = columnsWithin(text, columns);
    if (found.length === 1) return { kind: 'one', column: found[0]!, how };
    if (found.length > 1) return { kind: 'many', columns: found };
  }
  return { kind: 'none' };
}

const headers = (cols: SummaryColumn[]) => cols.map((c) => `“${c.header}”`).join('、');

/** Every number the files give, matched to a summary row (unit) and column (item). */
export function assign(reads: FileRead[], summary: Summary, list: UnitList, problems: CollectProblem[]): { contributions: Contribution[]; taken: FileTaken[] } {
  const contributions: Contribution[] = [];
  const taken: FileTaken[] = [];
  const rowsOf = new Map<number, number[]>();
  for (const r of summary.rows) if (r.unit !== null) rowsOf.set(r.unit, [...(rowsOf.get(r.unit) ?? []), r.row]);
  const rowFor = (unit: number) => {
    const rows = rowsOf.get(unit) ?? [];
    return rows.length === 1 ? rows[0]! : null;
  };
  for (const read of reads) {
    if (read.flow === 'by-source') taken.push(fromSource(read, summary, list, rowFor, contributions, problems));
    else if (read.flow === 'by-unit') taken.push(fromUnit(read, read.unit!, summary, list, rowFor, contributions, problems));
  }
  return { contributions, taken };
}

function fromSource(
  read: FileRead,
  summary: Summary,
  list: UnitList,
  rowFor: (unit: number) => number | null,
  out: Contribution[],
  problems: CollectProblem[],
): FileTaken {
  const t: FileTaken = { file: read.file, flow: 'by-source', saved: read.saved, what: '', taken: [], columns: [], unit: null };
  const whats: string[] = [];
  for (const item of read.sources) {
    const pick = columnFor(item, read.file, summary.columns);
    if (pick.kind !== 'one') {
      const why =
        pick.kind === 'many'
          ? `对得上汇总表的多列（${headers(pick.columns)}），PERF 不猜`
          : `汇总表中没有同名的列（可填的列：${headers(summary.columns) || '无'}），文件名“${baseName(read.file)}”中也没有列名`;
      problems.push({
        kind: 'no-column',
        file: read.file,
        cell: item.headerCell,
        message: `${read.file} ${item.headerCell}：“${item.header}”这一列不知道填到汇总表哪一列：${why}。没有取用这一列；请把表头改成汇总表的列名，或在文件名中写明`,
      });
      continue;
    }
    const column = pick.column;
    whats.push(column.header);
    t.columns.push(column.col);
    const seen = new Set<number>();
    let count = 0;
    for (const e of item.entries) {
      const m = list.match(e.unitText);
      if (m.kind === 'none') {
        problems.push({ kind: 'unmatched', file: read.file, cell: e.unitCell, message: `${read.file} ${e.unitCell}：单位“${e.unitText}”与${list.describe()}中的任何单位都对不上，这一行没有填入。请在单位名册中给对应单位加上别名“${e.unitText}”，或改正文件中的名称` });
        continue;
      }
      if (m.kind === 'many') {
        problems.push({ kind: 'ambiguous', file: read.file, cell: e.unitCell, message: `${read.file} ${e.unitCell}：单位“${e.unitText}”同时对得上 ${list.names(m.units)}，这一行没有填入（PERF 不猜）。请在单位名册中去掉重复的别名，或在文件中写全称` });
        continue;
      }
      seen.add(m.unit);
      const unit = list.units[m.unit]!;
      if (e.category !== null && unit.category !== null && list.source === 'roster' && matchKey(e.category) !== matchKey(unit.category))
        problems.push({ kind: 'category', file: read.file, cell: e.categoryCell, message: `${read.file} ${e.categoryCell}：“${unit.name}”的类别写作“${e.category}”，单位名册中是“${unit.category}”：以单位名册为准` });
      const row = rowFor(m.unit);
      if (row === null) continue;
      const value = scoreOf(e.value, read.file, e.cell, `“${unit.name}”的“${column.header}”`, column, problems);
      if (value === null) continue;
      out.push({ row, col: column.col, value, file: read.file, cell: e.cell, raw: quote(e.value), saved: read.saved });
      count++;
    }
    const absent = list.units.map((_, i) => i).filter((i) => !seen.has(i));
    if (absent.length > 0 && absent.length < list.units.length)
      problems.push({ kind: 'missing', file: read.file, cell: item.headerCell, message: `${read.file}：“${item.header}”列中没有 ${list.names(absent)} 的分数，这些单元格没有填入。请报送单位补报` });
    t.taken.push(`${column.header} ← ${item.sheet} ${item.headerCell.replace(/^.*!/, '').replace(/\d+$/, '')} 列，${count} 个单位（按${pick.how}对应）`);
  }
  t.what = whats.join('、');
  return t;
}

/** The unit of a by-unit file: its 单位 cell, else its title, else its file name (the first that names one unit). */
function unitOf(read: FileRead, item: UnitItem, list: UnitList, problems: CollectProblem[]): { unit: number; from: UnitFrom; cell: string } | null {
  const clues: { text: string; cell: string; from: UnitFrom; exact: boolean }[] = [];
  if (item.unitCell) clues.push({ text: item.unitCell.text, cell: item.unitCell.cell, from: 'unit-cell', exact: true });
  if (item.title) clues.push({ text: item.title.text, cell: item.title.cell, from: 'title', exact: false });
  clues.push({ text: baseName(read.file), cell: '', from: 'file-name', exact: false });
  for (const clue of clues) {
    const m = clue.exact ? list.match(clue.text) : list.within(clue.text);
    if (m.kind === 'one') return { unit: m.unit, from: clue.from, cell: clue.cell };
    if (m.kind === 'many') {
      problems.push({ kind: 'ambiguous', file: read.file, cell: clue.cell, message: `${read.file}${clue.cell ? ` ${clue.cell}` : ''}：“${clue.text}”同时对得上 ${list.names(m.units)}，不知道是哪个单位报送的，没有取用（PERF 不猜）。请在单位名册中去掉重复的别名，或在“单位”一栏写全称` });
      return null;
    }
  }
  const tried = clues.map((c) => `${c.from === 'unit-cell' ? '单位栏' : c.from === 'title' ? '标题' : '文件名'}“${c.text}”`).join('、');
  problems.push({ kind: 'unmatched', file: read.file, cell: item.unitCell?.cell ?? item.title?.cell ?? '', message: `${read.file}：不知道是哪个单位报送的：${tried}都对不上${list.describe()}中的单位，没有取用。请在“单位”一栏写上单位名称，或在单位名册中加上别名` });
  return null;
}

const FROM_WORDS: Record<UnitFrom, string> = { 'unit-cell': '单位栏', title: '标题', 'file-name': '文件名' };

function fromUnit(
  read: FileRead,
  item: UnitItem,
  summary: Summary,
  list: UnitList,
  rowFor: (unit: number) => number | null,
  out: Contribution[],
  problems: CollectProblem[],
): FileTaken {
  const t: FileTaken = { file: read.file, flow: 'by-unit', saved: read.saved, what: '', taken: [], columns: [], unit: null };
  const unit = unitOf(read, item, list, problems);
  if (!unit) return t;
  t.unit = unit.unit;
  const name = list.units[unit.unit]!.name;
  t.what = name;
  const named = [item.title?.text ?? '', item.sheet].map((s) => columnsWithin(s, summary.columns)).find((c) => c.length > 0) ?? [];
  const total = summary.columns.filter((c) => c.role === 'total');
  const column = named.length === 1 ? named[0]! : total.length === 1 ? total[0]! : summary.columns.length === 1 ? summary.columns[0]! : null;
  const columnHow = named.length === 1 ? '标题写明' : total.length === 1 ? '汇总表的总分列' : '汇总表唯一的得分列';
  if (!column) {
    problems.push({
      kind: 'no-column',
      file: read.file,
      cell: item.scoreHeader.cell,
      message: `${read.file}：“${name}”的合计不知道填到汇总表哪一列（可填的列：${headers(summary.columns)}）：标题和工作表名中都没有写明。请在标题中写上列名（如“${summary.columns[0]?.header ?? '业绩'}”）后重新收集`,
    });
    return t;
  }
  t.columns.push(column.col);
  const row = rowFor(unit.unit);
  if (row === null) return t;
  let value;
  let how: string;
  let cell: string;
  let raw: string;
  if ('cell' in item.total) {
    cell = item.total.cell;
    raw = quote(item.total.value);
    how = `${item.total.label}行`;
    value = scoreOf(item.total.value, read.file, cell, `“${name}”的${item.total.label}`, column, problems);
  } else {
    const cells = item.total.cells;
    if (cells.length === 0) {
      problems.push({ kind: 'blank', file: read.file, cell: item.scoreHeader.cell, message: `${read.file} ${item.scoreHeader.cell}：“${name}”的“${item.scoreHeader.header}”列是空的，也没有合计行，没有取用。请填写得分后重新报送` });
      return t;
    }
    const bad = item.total.sum.findIndex((v) => readCell(v).kind !== 'number');
    if (bad >= 0) {
      problems.push({ kind: 'text', file: read.file, cell: cells[bad]!, message: `${read.file} ${cells[bad]}：写的是 ${quote(item.total.sum[bad])}，不是分数；这张表没有合计行，PERF 无法相加，没有取用。请改成数字，或加上合计行` });
      return t;
    }
    const sum = item.total.sum.reduce<InstanceType<typeof D>>((a, v) => a.plus((readCell(v) as { value: InstanceType<typeof D> }).value), new D(0));
    cell = `${cells[0]}:${cells[cells.length - 1]!.replace(/^.*!/, '')}`;
    raw = sum.toString();
    how = `没有合计行，PERF 把 ${cell} 相加`;
    value = scoreOf(sum.toNumber(), read.file, cell, `“${name}”的得分合计`, column, problems);
    problems.push({ kind: 'total', file: read.file, cell, message: `${read.file}：没有合计行，PERF 把 ${cell} 的 ${cells.length} 个得分相加为 ${raw}` });
  }
  if (value === null) return t;
  out.push({ row, col: column.col, value, file: read.file, cell, raw, saved: read.saved, how });
  t.taken.push(`${column.header} ← ${how}（单位取自${FROM_WORDS[unit.from]}${unit.cell ? ` ${unit.cell}` : ''}；列：${columnHow}）`);
  return t;
}
