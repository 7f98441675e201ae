export { collect, type CollectOptions, type CollectOutcome, type CollectTarget } from './collect';
export type { CollectProblem, IncomingFile } from './types';
export { REPORT_SHEET } from './report-sheet';
export { blankWorkbook } from './blank-workbook';
