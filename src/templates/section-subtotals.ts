/**
 * The 任务分解表 template's block of section subtotals, as the template writes it and as
 * collecting recognises it exactly (src/collect/template-subtotals.ts): a title row, a header
 * row, then one row per 科室 with its score on a 100-point scale. In the bureau schemes of
 * seed 004 that score is the section's 业绩 (60%).
 */
export const SECTION_SUBTOTAL_TITLE = '科室小计（百分制）';
export const SECTION_SUBTOTAL_HEADERS = ['科室', '百分制得分', '分值', '得分'] as const;
/** The summary item a section's 百分制得分 fills. */
export const SECTION_SUBTOTAL_ITEM = '业绩';
