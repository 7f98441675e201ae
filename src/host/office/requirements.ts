/**
 * Which Office.js requirement sets this Excel has, and what that means for the clerk.
 * Versions are compared as strings by Office ("1.10" is newer than "1.9"), so they are
 * always passed as strings. Sources: Microsoft's requirement-set tables; Excel 2016
 * (volume licence) stops at ExcelApi 1.1, 2019 at 1.7, 2021 at 1.14.
 */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface OfficeSupport {
  /** ExcelApi 1.14 and SharedRuntime 1.1: PERF's functions, the pane and 一键排名 (Excel 2021, Microsoft 365, web). */
  baseline: boolean;
  /** ExcelApi 1.7 (getRangeByIndexes, used ranges, names): the least the host reads and writes sheets with. */
  sheets: boolean;
  /** SharedRuntime 1.1: custom functions and ribbon commands share the pane's runtime. */
  sharedRuntime: boolean;
  /** ExcelApi 1.9: A4, fit to width, print titles, footer, page breaks, multi-area formats. */
  print: boolean;
  /** ExcelApi 1.7: frozen header rows. */
  freeze: boolean;
  /** ExcelApi 1.8: drop-down lists. */
  validation: boolean;
  /** ExcelApi 1.6: conditional formats (colour rules) and calculation held back while writing. */
  conditionalFormats: boolean;
  /** ExcelApi 1.7: whether the workbook's structure is protected can be read. */
  workbookProtection: boolean;
  /** ExcelApi 1.9: where a sheet's values are (getSpecialCells), so a stray far cell does not make PERF read millions of blanks. */
  findValues: boolean;
  /** ExcelApi 1.13: merged areas read back. */
  mergedAreas: boolean;
  /** ExcelApi 1.20: a whole write undone with one Ctrl+Z (mergeUndoGroup). */
  undoGroup: boolean;
}

export const BASELINE_EXCEL_API = '1.14';
export const MINIMUM_EXCEL_API = '1.7';

export function detectSupport(req: Requirements): OfficeSupport {
  const excel = (v: string) => safe(() => req.isSetSupported('ExcelApi', v));
  const sharedRuntime = safe(() => req.isSetSupported('SharedRuntime', '1.1'));
  return {
    baseline: excel(BASELINE_EXCEL_API) && sharedRuntime,
    sheets: excel(MINIMUM_EXCEL_API),
    sharedRuntime,
    print: excel('1.9'),
    freeze: excel('1.7'),
    validation: excel('1.8'),
    conditionalFormats: excel('1.6'),
    workbookProtection: excel('1.7'),
    findValues: excel('1.9'),
    mergedAreas: excel('1.13'),
    undoGroup: excel('1.20'),
  };
}

function safe(f: () => boolean): boolean {
  try {
    return f() === true;
  } catch {
    return false;
  }
}

/** What works in this Excel and what does not, in plain Chinese, for the pane. */
export function describeSupport(s: OfficeSupport): { works: string[]; missing: string[]; advice: string | null } {
  const works: string[] = [];
  const missing: string[] = [];
  const item = (ok: boolean, yes: string, no: string) => (ok ? works : missing).push(ok ? yes : no);
  item(s.sheets, '读取汇总表、生成排名和表彰名单', '本 Excel 版本过旧，PERF 不能在这里读取和写入工作表');
  item(s.sharedRuntime, 'PERF 函数（=PERF.…）和功能区按钮', 'PERF 函数和功能区“一键排名”按钮不可用（需要 Excel 2021 或更新版本）');
  item(s.print, '打印设置：A4、按页宽缩放、每页重复表头、页脚页码', '打印设置（A4、按页宽缩放、每页重复表头、页脚）不能自动设置，请在“页面布局”中手动设置');
  item(s.freeze, '冻结表头', '不能自动冻结表头，请在“视图 → 冻结窗格”中手动设置');
  item(s.validation, '下拉列表（如“状态”只能选绿/黄/红）', '不能添加下拉列表');
  item(s.conditionalFormats, '按条件着色（红/黄/绿）', '不能按条件着色');
  item(s.undoGroup, '一次写入可用一次“撤销”（Ctrl+Z）整体撤回', '写入后不能一次撤销整个操作（需要较新的 Microsoft 365）；PERF 只清空重写自己的工作表，不会删除或改动您的表');
  const advice = s.baseline ? null : '请使用 Excel 2021、Microsoft 365 或网页版 Excel；Excel 2016/2019 和 WPS 请改用浏览器版 PERF（打开 PERF 网页，选择 .xlsx 文件）。';
  return { works, missing, advice };
}
