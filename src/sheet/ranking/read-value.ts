import { CellValue, quote } from '../../engine/cell';
import { readCellFast } from '../../engine/text-fast';
import { D, type Dec } from '../../engine/decimal';
import { cellAddress } from '../address';
import type { Warning } from '../warning';

/** A score cell as read: a number, blank (not entered yet), or something that is no score (warned). */
export type ScoreRead = { kind: 'value'; value: Dec } | { kind: 'blank' } | { kind: 'unreadable' } | { kind: 'too-large' };

/**
 * Beyond this no number is a score: Excel shows 15 digits, and a sum of such values could
 * overflow what a spreadsheet can hold (9E+307 + 9E+307). The unit is left unscored.
 */
const LARGEST_SCORE = new D('1e15');

const BLANK: ScoreRead = { kind: 'blank' };
const UNREADABLE: ScoreRead = { kind: 'unreadable' };

/**
 * Read a score-like cell of the clerk's sheet. Blank → blank (not entered). Text that is
 * not a number, or a number too large to be a score → a warning. A percentage ("85%") in a
 * score column is read as that share of the column's full score, with a warning saying so.
 */
export function readScore(
  raw: CellValue,
  at: { sheet: string; row: number; col: number },
  what: string,
  fullScale: Dec,
  warnings: Warning[],
): ScoreRead {
  const cell = readCellFast(raw);
  if (cell.kind === 'blank') return BLANK;
  // the common case first: a number within range, nothing to say about it
  if (cell.kind === 'number' && !cell.percent && cell.value.abs().lt(LARGEST_SCORE)) return { kind: 'value', value: cell.value };
  const address = cellAddress(at.sheet, at.row, at.col);
  switch (cell.kind) {
    case 'number':
      if (cell.value.abs().gte(LARGEST_SCORE)) {
        warnings.push({
          cell: address,
          message: `${address} 的${what} ${quote(raw)} 数值过大，不是有效的分数，该单位暂不计分：请核对是否录错（分数一般在 0–${fullScale.toFixed()} 之间）`,
        });
        return { kind: 'too-large' };
      }
      if (cell.percent) {
        const v = cell.value.times(fullScale);
        warnings.push({
          cell: address,
          message: `${address} 的${what} ${quote(raw)} 是百分数，按满分 ${fullScale.toFixed()} 折算为 ${v.toFixed()} 分：如不对请直接填写分数`,
        });
        return { kind: 'value', value: v };
      }
      return { kind: 'value', value: cell.value };
    case 'text':
      if (cell.text.startsWith('=')) {
        warnings.push({
          cell: address,
          message: `${address} 的${what}是公式 ${cell.text}，但文件中没有它的计算结果（文件可能由其他程序生成，未经 Excel 计算），该单位暂不计分：请在 Excel 中打开、保存后再运行`,
        });
        return UNREADABLE;
      }
    // falls through
    case 'bool':
      warnings.push({
        cell: address,
        message: `${address} 的${what} ${quote(raw)} 不是数字，该单位暂不计分：请填写数字（如 85 或 85.5）`,
      });
      return UNREADABLE;
  }
}

/** A deduction or bonus is a magnitude: "−0.5" in a 扣分 column means 0.5 off, with a warning. */
export function magnitude(value: Dec, address: string, raw: CellValue, what: string, warnings: Warning[]): Dec {
  if (!value.isNegative()) return value;
  const m = value.abs();
  warnings.push({
    cell: address,
    message: `${address} 的${what} ${quote(raw)} 是负数，按 ${m.toFixed()} 分${what === '扣分' ? '扣除' : '加上'}（${what}填写正数即可）`,
  });
  return m;
}

