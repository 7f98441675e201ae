import { isPerfError, PerfError, invalid } from '../../engine/errors';

/**
 * Office.js errors in the clerk's words. Office.js rejects with an error whose `code`
 * is not localized ("ItemNotFound") and whose message is English developer text; the
 * clerk gets a Chinese sentence saying what happened and what to do, and the code in
 * brackets for whoever helps them. A PERF message (already Chinese) passes through.
 */

/** The code of an Office.js error (OfficeExtension.Error), or null for anything else. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : null;
}

/** What the clerk is told, by code; `{action}` is what PERF was doing ("写入排名"). */
const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: '请先结束单元格编辑：Excel 正在编辑一个单元格，PERF 无法{action}。请按 Enter 键或点击其他单元格，然后再试。',
  ItemNotFound: 'PERF {action}时找不到要用的工作表或区域，它可能刚被删除或改名。请检查工作簿后重新运行。',
  ItemAlreadyExists: 'PERF {action}时发现同名的工作表或名称已经存在（可能刚被其他人或其他操作添加）。请重新运行。',
  RequestPayloadSizeLimitExceeded: '一次要写入 Excel 的数据太多，超过了网页版 Excel 每次 5 MB 的限制，PERF 未能{action}。请缩小表格或改用桌面版 Excel、浏览器版 PERF。',
  ResponsePayloadSizeLimitExceeded: '一次要从 Excel 读取的数据太多，超过了网页版 Excel 每次 5 MB 的限制，PERF 未能{action}。请缩小表格或改用桌面版 Excel、浏览器版 PERF。',
  RangeExceedsLimit: '表格太大（一次读取超过 500 万个单元格），PERF 未能{action}。请删除多余的行列后再试。',
  AccessDenied: 'PERF 无法{action}：工作表或工作簿受保护，或文件是只读的。请在“审阅”中撤销保护（或取得编辑权限）后再试。',
  InvalidArgument: 'PERF {action}时 Excel 拒绝了其中的内容。请把这条提示告诉维护人员。',
  InvalidOperation: 'Excel 此时不允许 PERF {action}（例如工作表受保护或正在共享编辑）。请稍后再试。',
  ApiNotFound: '当前的 Excel 版本不支持 PERF {action}需要的功能。请使用 Excel 2021、Microsoft 365 或网页版 Excel，或改用浏览器版 PERF。',
  UndoNotSupported: 'Excel 不能把这次{action}合并为一步撤销。请把这条提示告诉维护人员。',
  Conflict: '工作簿正在被其他人同时编辑，PERF {action}时发生冲突。请稍后重新运行。',
  RequestAborted: 'PERF {action}时 Excel 中断了请求（可能工作簿已关闭或刷新）。请重新运行。',
  ActivityLimitReached: 'Excel 暂时繁忙，PERF 未能{action}。请稍等片刻再试。',
  GeneralException: 'Excel 内部出错，PERF 未能{action}。请保存工作簿后重试；如仍出错，可改用浏览器版 PERF。',
  PropertyNotLoaded: 'PERF 内部出错（读取了未加载的内容），未能{action}。请把这条提示告诉维护人员。',
};

/** A Chinese message for any error raised while PERF worked in Excel. */
export function officeErrorMessage(e: unknown, action: string): string {
  if (isPerfError(e)) return e.message;
  const code = officeErrorCode(e);
  const template = code ? MESSAGES[code] : undefined;
  if (template) return `${template.split('{action}').join(action)}（Excel 错误：${code}）`;
  const detail = code ?? (e instanceof Error ? e.message : String(e));
  return `PERF ${action}时 Excel 报告了错误，未能完成。请重新运行；如仍出错，请把这条提示告诉维护人员。（Excel 错误：${detail}）`;
}

/** The error as a PerfError carrying the Chinese message (the Office code kept on it as `officeCode`). */
export function toPerfError(e: unknown, action: string): PerfError {
  if (isPerfError(e)) return e;
  const err = invalid(officeErrorMessage(e, action)) as PerfError & { officeCode?: string };
  const code = officeErrorCode(e);
  if (code) err.officeCode = code;
  return err;
}

/** Whether the error means the clerk is still editing a cell (the pane shows "请先结束单元格编辑"). */
export function isCellEditError(e: unknown): boolean {
  return officeErrorCode(e) === 'InvalidOperationInCellEditMode' || (e as { officeCode?: string } | null)?.officeCode === 'InvalidOperationInCellEditMode';
}
