import { constantFormula } from '../write/formula-text';

/**
 * What a native formula builder takes: a formula fragment (a cell "D5", a range
 * "$D$5:$D$20", a name "PERF_扣分上限", an expression), or a constant. Decimal
 * constants come from the scheme as decimal strings and are written as typed ("0.5"),
 * never through binary floating point.
 */
export type Operand = string;

/** A scheme's decimal string as a formula number: "0.5" → "0.5", "-3" → "-3"; anything else is refused. */
export function numberConstant(decimal: string | number): string {
  const s = typeof decimal === 'number' ? String(decimal) : decimal.trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`not a decimal constant: ${s}`);
  return s;
}

/** Text as a formula constant ("优秀" → "\"优秀\""). */
export function textConstant(text: string): string {
  return constantFormula(text);
}

/** A cell or range reference, with or without its sheet: "E5", "$E$5:$E$9", "台账!E5". */
export function isReference(expr: Operand): boolean {
  return /^(?:'(?:[^']|'')+'!|[^\s'!()]+!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.test(expr);
}

/** An operand in brackets unless it is a plain reference, name, number or call. */
export function grouped(expr: Operand): string {
  const plain = /^(?:'(?:[^']|'')+'!|[^\s'!()]+!)?[$A-Za-z0-9_.\u3400-\u9fff]+(?::[$A-Za-z0-9]+)?$/u.test(expr);
  return plain || isCall(expr) ? expr : `(${expr})`;
}

/** "ROUND(...)" as a whole: one call whose closing bracket ends the text. */
function isCall(expr: string): boolean {
  const m = /^[A-Z][A-Z0-9.]*\(/.exec(expr);
  if (!m) return false;
  let depth = 0;
  let inText = false;
  for (let i = m[0].length - 1; i < expr.length; i++) {
    const ch = expr[i];
    if (ch === '"') inText = !inText;
    if (inText) continue;
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) return i === expr.length - 1;
  }
  return false;
}
