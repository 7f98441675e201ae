import type { PaneLocale } from '../locale';
import { browserStrings, type BrowserStrings } from '../browser/strings';

/** The Excel pane's own words; the steps it shares with the browser version keep theirs (browserStrings), with these changes. */
export interface ExcelStrings {
  formulasStep: string;
  cellEditTitle: string;
  cellEdit: string;
  staleTitle: string;
  staleRanked: string;
  staleChecked: string;
  rerank: string;
  recheck: string;
  reread: string;
  supportAll: string;
  supportSome: (missing: number) => string;
  supportWorks: string;
  supportMissing: string;
  explainFollows: string;
  enableHeading: string;
  enableHint: string;
  enableButton: string;
  repairHeading: string;
  repairHint: string;
  repairSelection: string;
  repairSheet: string;
  valuesHeading: string;
  valuesHint: string;
  valuesSheets: string;
  valuesButton: string;
  working: (action: string) => string;
}

export const excelStrings: Record<PaneLocale, ExcelStrings> = {
  'zh-CN': {
    formulasStep: '公式',
    cellEditTitle: '请先结束单元格编辑',
    cellEdit: 'Excel 正在编辑一个单元格。按 Enter 或 Esc 结束编辑后，PERF 会接着完成。',
    staleTitle: '结果已过期',
    staleRanked: '汇总表或方案在排名后有修改，“排名”“表彰名单”还是修改前的结果。请重新排名。',
    staleChecked: '汇总表或方案有修改，这里的检查结果是修改前的。',
    rerank: '重新排名',
    recheck: '重新检查',
    reread: '重新读取工作簿',
    supportAll: '本 Excel 支持 PERF 的全部功能。',
    supportSome: (n) => `本 Excel 有 ${n} 项功能不可用，点此查看。`,
    supportWorks: '可以使用：',
    supportMissing: '不可用：',
    explainFollows: '在“排名”“表彰名单”或汇总表中选中某个单位所在的行，这里就显示它的说明。',
    enableHeading: '启用公式',
    enableHint: '在 Excel 以外生成的工作簿（如套用模板）里，PERF 公式先以数值保存。点“启用公式”，把 PERF 记录的公式写回这些单元格；您自己填写过内容的单元格不会被改动。',
    enableButton: '启用公式',
    repairHeading: '修复 #NAME?',
    repairHint: '在加载 PERF 之前输入或打开的 PERF 公式可能一直显示 #NAME?。PERF 会重新输入这些公式（其他公式不动）。',
    repairSelection: '修复选中区域',
    repairSheet: '修复当前工作表',
    valuesHeading: '转为数值',
    valuesHint: '把选中的工作表复制一份“（数值）”副本，只保留数值和格式、不含公式，便于发给没有安装 PERF 的单位。原工作表不变。',
    valuesSheets: '要复制为数值的工作表',
    valuesButton: '复制为数值',
    working: (a) => `正在${a}…`,
  },
  'en-US': {
    formulasStep: 'Formulas',
    cellEditTitle: 'Please finish editing the cell (请先结束单元格编辑)',
    cellEdit: 'Excel is editing a cell. Press Enter or Esc and PERF carries on.',
    staleTitle: 'Out of date (结果已过期)',
    staleRanked: 'The summary table or the scheme changed after the ranking: 排名 and 表彰名单 show the result before the change. Rank again.',
    staleChecked: 'The summary table or the scheme changed: this check is from before the change.',
    rerank: 'Rank again',
    recheck: 'Check again',
    reread: 'Read the workbook again',
    supportAll: 'This Excel supports everything PERF does.',
    supportSome: (n) => `${n} features are not available in this Excel: show.`,
    supportWorks: 'Works:',
    supportMissing: 'Not available:',
    explainFollows: 'Select a unit’s row on 排名, 表彰名单 or the summary table and it is explained here.',
    enableHeading: 'Enable formulas',
    enableHint: 'A workbook made outside Excel (from a template) holds PERF formulas as values. Enable writes the formulas PERF recorded back into those cells; cells you filled in yourself are left alone.',
    enableButton: 'Enable formulas',
    repairHeading: 'Repair #NAME?',
    repairHint: 'PERF formulas entered or opened before PERF was loaded can stay at #NAME?. PERF enters them again (other formulas are left alone).',
    repairSelection: 'Repair the selection',
    repairSheet: 'Repair the active sheet',
    valuesHeading: 'Values only',
    valuesHint: 'Copies the chosen sheets as “（数值）” sheets with values and formats but no formulas, to send to an office without PERF. The sheets themselves stay as they are.',
    valuesSheets: 'Sheets to copy as values',
    valuesButton: 'Copy as values',
    working: (a) => `${a}…`,
  },
};

/** The browser version's strings as the Excel pane uses them: no file to open, places shown in the workbook. */
export function paneStringsInExcel(locale: PaneLocale): BrowserStrings {
  const base = browserStrings[locale];
  return locale === 'zh-CN'
    ? { ...base, tagline: '在 Excel 中检查当前工作簿、一键排名、查看每个单位的说明。', showCell: (a) => `在工作簿中选中 ${a}`, needWorkbook: '正在读取当前工作簿…' }
    : { ...base, tagline: 'Check the open workbook, rank in one click and explain every unit, in Excel.', showCell: (a) => `Select ${a} in the workbook`, needWorkbook: 'Reading the open workbook…' };
}
