/** What the pane does with a chosen file, by its name. */
export type FileKind = 'xlsx' | 'xlsm' | 'save-as-xlsx' | 'unknown';

/** Files Excel or WPS can save as .xlsx but PERF cannot read. */
const SAVE_AS = ['xls', 'et', 'csv', 'ods', 'xlsb', 'ett', 'wps'];

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function fileKind(fileName: string): FileKind {
  const ext = extensionOf(fileName);
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'xlsm') return 'xlsm';
  if (SAVE_AS.includes(ext)) return 'save-as-xlsx';
  return 'unknown';
}

/** "汇总表.xlsx" → "汇总表-排名.xlsx"; a macro workbook keeps .xlsm so its macros still open. */
export function resultFileName(fileName: string): string {
  const ext = extensionOf(fileName) === 'xlsm' ? 'xlsm' : 'xlsx';
  const dot = fileName.lastIndexOf('.');
  const stem = dot < 0 ? fileName : fileName.slice(0, dot);
  return `${stem || '工作簿'}-排名.${ext}`;
}

/** For the file input's accept attribute. */
export const ACCEPT = '.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12';
