/**
 * Native formula text (English function names, A1, never PERF.*), host-free: the
 * formulas that templates and 套用 put into sheets that must compute in any spreadsheet
 * (Excel without PERF, WPS, LibreOffice). Every total is rounded before it is graded
 * or ranked (see decimals.ts), so what the clerk sees is what is graded.
 */
export { UNSPECIFIED_DECIMALS, decimalsArgument, roundedFormula, type NativeDecimals } from './decimals';
export { cappedFormula, ledgerDeductionFormula, occurrenceDeductionFormula, type NativeCap } from './capped';
export { blankUntilFilled, weightedSumFormula, weightedTotalFormula, type WeightedTotal } from './total';
export { gradeFormula, type NativeBands, type NativeGrade } from './grade';
export { competitionRankFormula, denseRankFormula, rankBySettingFormula, rankFormula, type NativeRank } from './rank';
export { formulaReferences, type FormulaReferences } from './references';
export { numberConstant, textConstant, type Operand } from './operand';
export { yesCondition } from './yes-condition';
export { byCategoryCondition, vetoDowngradesCondition } from './settings';
export { tableLookupFormula, type NativeTable } from './lookup';
