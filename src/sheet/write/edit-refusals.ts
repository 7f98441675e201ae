import { invalid, type PerfError } from '../../engine/errors';

/** Why a host refuses to edit a clerk's sheet in place (套用, 收集, their undo): one text for every host. */
export function protectedSheetRefusal(sheet: string): PerfError {
  return invalid(`工作表“${sheet}”受保护（审阅 → 保护工作表），PERF 不能在其中写入或清除单元格。请先在 Excel 中撤销工作表保护，再重新运行。`);
}

/** A cell PERF was to write into holds something now: the whole edit is refused, nothing written. */
export function filledCellRefusal(sheet: string, ref: string): PerfError {
  return invalid(`工作表“${sheet}”的 ${ref} 已有内容，PERF 不会覆盖它。请重新预览后再套用（表格可能在预览之后改过）。`);
}

/** An area PERF was to merge crosses one the sheet has merged already: the whole edit is refused. */
export function mergedAreaRefusal(sheet: string, ref: string, existing: string): PerfError {
  return invalid(`工作表“${sheet}”的 ${ref} 与已合并的 ${existing} 重叠，PERF 不能合并它。请重新预览后再套用（表格可能在预览之后改过）。`);
}
