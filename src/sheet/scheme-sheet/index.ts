export { schemeToSheetPlan } from './write';
export { schemeFromSheet } from './read';
export type { SchemeSheetRead } from './read';
export { SCHEME_SHEET_NAME, BANDS_RANGE_NAME, CATEGORIES_RANGE_NAME, SETTINGS, isExcelName } from './layout';
