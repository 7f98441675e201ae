import type { PaneLocale } from './locale';

export interface PaneStrings {
  title: string;
  intro: string;
  outsideExcelTitle: string;
  outsideExcel: string;
  functionsHeading: string;
  noFunctions: string;
}

export const strings: Record<PaneLocale, PaneStrings> = {
  'zh-CN': {
    title: 'PERF 绩效考评助手',
    intro: '精确计分、评定等次、排名与评优。在单元格中输入 =PERF. 即可使用下列函数，例如 =PERF.GRADE(D7)。',
    outsideExcelTitle: '请在 Excel 中打开',
    outsideExcel: '这是 PERF 加载项的任务窗格。在浏览器中只能查看函数列表；请在 Excel 中加载 manifest.xml 后使用。',
    functionsHeading: '函数',
    noFunctions: '函数列表为空：构建时未找到 PERF 函数。',
  },
  'en-US': {
    title: 'PERF 绩效考评助手',
    intro: 'Exact scoring, grading, ranking and awards. Type =PERF. in a cell to use the functions below, e.g. =PERF.GRADE(D7).',
    outsideExcelTitle: 'Please open this in Excel',
    outsideExcel: 'This is the task pane of the PERF add-in. In a browser it only lists the functions; load manifest.xml in Excel to use them.',
    functionsHeading: 'Functions',
    noFunctions: 'No PERF functions were found at build time.',
  },
};
