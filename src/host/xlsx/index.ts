export { XlsxWorkbook, readWorkbook, applyPlan } from './xlsx-workbook';
