import { absoluteRange } from '../sheet/address';
import type { PlanCell } from '../sheet/plan';

/**
 * A small settings table written above a template's data (rater groups and their weights,
 * leaders and theirs): a header and rows of label, value, as input cells the office edits.
 * Its ranges are absolute references for INDEX/MATCH in the data rows.
 */
export interface LookupBlock {
  rows: PlanCell[][];
  labels: string;
  values: string;
  /** Both columns: '领导评估'!$D$4:$E$8. */
  table: string;
}

/** The block at 0-based sheet row `top`, columns `left` (labels) and `left + 1` (values). */
export function lookupBlock(sheet: string, top: number, left: number, headers: [string, string], entries: [string, number][]): LookupBlock {
  const pad: PlanCell[] = Array.from({ length: left }, () => ({ value: null }));
  const rows: PlanCell[][] = [
    [...pad, { value: headers[0], style: 'header' }, { value: headers[1], style: 'header' }],
    ...entries.map(([label, value]): PlanCell[] => [...pad, { value: label, style: 'inputText' }, { value, style: 'input' }]),
  ];
  const range = (col: number) => absoluteRange(sheet, { top: top + 1, left: col, bottom: top + entries.length, right: col });
  const table = absoluteRange(sheet, { top: top + 1, left, bottom: top + entries.length, right: left + 1 });
  return { rows, labels: range(left), values: range(left + 1), table };
}

/** INDEX(values,MATCH(key,labels,0)), blank when the key is blank. */
export function lookupFormula(key: string, block: Pick<LookupBlock, 'labels' | 'values'>): string {
  return `IF(${key}="","",INDEX(${block.values},MATCH(${key},${block.labels},0)))`;
}
