import { readCell, type CellValue } from '../engine/cell';
import { normaliseText } from '../engine/match';
import { cellAddress } from '../sheet/address';
import type { SheetData } from '../sheet/source-table';
import { HEADER_SEARCH_ROWS } from '../sheet/table/find-table';
import { headerText } from '../sheet/table';
import { presentRows, rawAt, sheetWidth } from '../sheet/table/grid';

/** The score column of a task sheet (任务分解表 / 自评表): 得分, 考核得分, 自评分. */
const SCORE_HEADER = /得分|评分|自评分|考核分|分数/;
/** The column of points a task carries: a score column beside it makes a task sheet. */
const TASK_HEADER = /分值|预赋|满分|任务|指标|工作|内容|项目|目标/;
/** The row holding the sheet's total. */
const TOTAL_LABEL = /^(合计|总计|总分|得分合计|合计得分|总得分)/;
/** "单位：办公室", "填报单位: 公路科". */
const UNIT_LABEL = /^(?:填报|报送|责任|被考核|考核|自评)?(?:单位|科室|部门|股室|处室)(?:名称)?\s*[:：]\s*(.*)$/;

/** "单位", "填报单位：" alone in a cell, the name in the next filled cell. */
const UNIT_LABEL_ALONE = /^(?:填报|报送|责任|被考核|考核|自评)?(?:单位|科室|部门|股室|处室)(?:名称)?[:：]?$/;

/** A by-unit sheet: one unit's own sheet, giving its total (and where it found things). */
export interface ByUnitSheet {
  sheet: string;
  /** The title above the table, and its cell. */
  title: { text: string; cell: string } | null;
  /** A 单位 cell's text, and the cell it is in. */
  unitCell: { text: string; cell: string } | null;
  scoreHeader: { header: string; cell: string; col: number; row: number };
  /** The 合计 row's score, or null when the sheet has no 合计 row (then `sum` is used). */
  total: { value: CellValue; cell: string; label: string } | null;
  /** The task scores added up, when there is no 合计 row: the cells used, and text that is not a score. */
  scores: { value: CellValue; cell: string }[];
}

const text = (v: CellValue) => (typeof v === 'string' ? normaliseText(v).replace(/\s+/g, '') : '');

/** The task table of a sheet (a header with a score column and a task or points column), or null. */
export function findByUnit(sheet: SheetData): ByUnitSheet | null {
  const width = sheetWidth(sheet);
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    let scoreCol = -1;
    let tasks = false;
    for (let col = 0; col < width; col++) {
      const v = rawAt(sheet, row, col);
      if (typeof v !== 'string') continue;
      const name = headerText(v).name;
      if (name.length > 12) continue;
      if (SCORE_HEADER.test(name) && !/预赋|分值/.test(name)) scoreCol = scoreCol < 0 ? col : scoreCol;
      else if (TASK_HEADER.test(name)) tasks = true;
    }
    if (scoreCol < 0 || !tasks) continue;
    return {
      sheet: sheet.name,
      title: titleOf(sheet, row),
      unitCell: unitCellOf(sheet, row, width),
      scoreHeader: { header: headerText(rawAt(sheet, row, scoreCol)).display, cell: cellAddress(sheet.name, row, scoreCol), col: scoreCol, row },
      ...totalOf(sheet, row, scoreCol),
    };
  }
  return null;
}

function titleOf(sheet: SheetData, headerRow: number): ByUnitSheet['title'] {
  for (let row = 0; row < headerRow; row++) {
    const cells = (sheet.values[row] ?? []).map((v, col) => ({ v, col })).filter((c) => readCell(c.v).kind !== 'blank');
    if (cells.length !== 1 || typeof cells[0]!.v !== 'string' || UNIT_LABEL.test(text(cells[0]!.v))) continue;
    return { text: String(cells[0]!.v).replace(/\s+/g, ' ').trim(), cell: cellAddress(sheet.name, row, cells[0]!.col) };
  }
  return null;
}

/** A 单位 cell above the table: "单位：办公室" in one cell, or "单位" with the name in the next filled cell. */
function unitCellOf(sheet: SheetData, headerRow: number, width: number): ByUnitSheet['unitCell'] {
  for (let row = 0; row < headerRow; row++) {
    for (let col = 0; col < width; col++) {
      const t = text(rawAt(sheet, row, col));
      const m = UNIT_LABEL.exec(t);
      if (m && m[1]) return { text: m[1], cell: cellAddress(sheet.name, row, col) };
      if (!m && !UNIT_LABEL_ALONE.test(t)) continue;
      for (let next = col + 1; next < width; next++) {
        const v = rawAt(sheet, row, next);
        if (readCell(v).kind !== 'blank') return { text: normaliseText(String(v)), cell: cellAddress(sheet.name, row, next) };
      }
    }
  }
  return null;
}

function totalOf(sheet: SheetData, headerRow: number, scoreCol: number): Pick<ByUnitSheet, 'total' | 'scores'> {
  const scores: ByUnitSheet['scores'] = [];
  for (const row of presentRows(sheet, headerRow + 1)) {
    const label = (sheet.values[row] ?? []).slice(0, scoreCol).map(text).find((t) => t !== '');
    const value = rawAt(sheet, row, scoreCol) ?? null;
    if (label && TOTAL_LABEL.test(label)) return { total: { value, cell: cellAddress(sheet.name, row, scoreCol), label }, scores };
    if (label && /^(备注|说明|注[:：]|制表|填表|审核|审定)/.test(label)) break;
    if (readCell(value).kind !== 'blank') scores.push({ value, cell: cellAddress(sheet.name, row, scoreCol) });
  }
  return { total: null, scores };
}
