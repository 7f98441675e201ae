export { findSummaryTable } from './find-table';
export { chooseSummarySheet } from './choose-sheet';
export { validateWeights, componentLabel, type WeightCheck } from './validate-weights';
export { headerText, type HeaderText, type Weight } from './header-text';
export { roleOfName, isScoreRole, UNIT_HEADERS, EXPECTED_HEADERS } from './header-roles';
