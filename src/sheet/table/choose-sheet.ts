import { invalid, isPerfError, PerfError } from '../../engine/errors';
import type { SheetData, SourceTable } from '../source-table';
import { findSummaryTable } from './find-table';
import { EXPECTED_HEADERS } from './header-roles';
import { diagnoseSheet } from './diagnose-sheet';
import { isEmptySheet } from './grid';


/** A table found with a header and no unit under it is no ranking: say so rather than rank 0 units. */
function withData(table: SourceTable): SourceTable {
  if (table.rows.length > 0) return table;
  const header = table.headerRows.map((r) => r + 1).join('、');
  throw invalid(`汇总表没有数据行：工作表“${table.sheet}”第 ${header} 行是表头，下面没有单位。请在表头下逐行填写各单位及其得分后再运行`);
}

/**
 * The sheet to rank: the one named, or else the one sheet holding a summary table.
 * PERF's own sheets (排名, 表彰名单, 方案) never count.
 */
export function chooseSummarySheet(sheets: SheetData[], name?: string): { sheet: SheetData; table: SourceTable } {
  const names = sheets.map((s) => `“${s.name}”`).join('、');
  if (name !== undefined) {
    const sheet = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim() === name.trim());
    if (!sheet) throw invalid(`工作簿中没有名为“${name}”的工作表：现有工作表为 ${names}，请指定其中一张（任务窗格中选择汇总表所在的工作表；命令行用 --sheet）`);
    if (sheet.perfKind !== null) {
      throw invalid(`工作表“${sheet.name}”是 PERF 生成的，不能作为汇总表：请指定原来的汇总表（任务窗格中选择；命令行用 --sheet）`);
    }
    const table = findSummaryTable(sheet);
    if (!table) throw invalid(`工作表“${sheet.name}”中没有找到汇总表：${diagnoseSheet(sheet)}。汇总表需要${EXPECTED_HEADERS}。请检查表头`);
    return { sheet, table: withData(table) };
  }
  const found: { sheet: SheetData; table?: SourceTable; error?: PerfError }[] = [];
  for (const sheet of sheets) {
    if (sheet.perfKind !== null) continue;
    try {
      const table = findSummaryTable(sheet);
      if (table) found.push({ sheet, table });
    } catch (e) {
      // The header was found but its weights are wrong: the sheet still holds a summary table.
      if (!isPerfError(e)) throw e;
      found.push({ sheet, error: e });
    }
  }
  const clerkSheets = sheets.filter((s) => s.perfKind === null);
  if (clerkSheets.every(isEmptySheet)) {
    throw invalid(`工作簿是空的：${names ? `工作表 ${names} 中` : ''}没有任何内容。请打开填好汇总表的工作簿`);
  }
  if (found.length === 0) {
    const why = clerkSheets.filter((s) => !isEmptySheet(s)).map((s) => `  ${diagnoseSheet(s)}`);
    throw invalid(
      `没有找到汇总表：工作表 ${names || '（无）'} 中都没有可识别的汇总表，汇总表需要${EXPECTED_HEADERS}。` +
        `请检查表头，或指定汇总表所在的工作表（命令行用 --sheet）。各工作表的情况：\n${why.join('\n')}`,
    );
  }
  if (found.length > 1) {
    const list = found.map((f) => `“${f.sheet.name}”`).join('、');
    throw invalid(
      `有 ${found.length} 张工作表都像汇总表（${list}），不知道要排哪一张：请在任务窗格中选择汇总表所在的工作表，或在命令行加 --sheet ${found[0]!.sheet.name}`,
    );
  }
  const only = found[0]!;
  if (only.error) throw only.error;
  return { sheet: only.sheet, table: withData(only.table!) };
}
