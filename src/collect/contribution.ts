import type { Dec } from '../engine/decimal';

/** A score headed for one cell of the summary, and the file cell it comes from. */
export interface Contribution {
  row: number;
  col: number;
  value: Dec;
  file: string;
  /** "Sheet1!D12" in the file. */
  cell: string;
  raw: string;
  saved: Date | null;
  /** How the value was taken, when it needs saying ("合计行", "PERF 把 D4:D15 相加"). */
  how?: string;
}

/** "来自 监察局-共性目标.xlsx / Sheet1!D12": what the 说明 and 报送情况 show for a filled cell. */
export function sourceText(c: Pick<Contribution, 'file' | 'cell'>): string {
  return `来自 ${c.file} / ${c.cell}`;
}
