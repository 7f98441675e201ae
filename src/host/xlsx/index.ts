export { XlsxWorkbook, readWorkbook, applyPlan } from './xlsx-workbook';
export { INFLATE_LIMITS, type InflateLimits } from './zip-limits';
