import { parseRangeRef } from '../address';
import type { CellRange } from '../plan';

/**
 * What a native formula refers to, for checking formula text (tests, 套用's preview):
 * its functions, its cell and range references (with their sheet, when given) and the
 * defined names it uses. Text constants are skipped. Not a full formula parser: enough
 * for the formulas PERF writes and clerks' ordinary ones.
 */
export interface FormulaReferences {
  functions: string[];
  cells: { sheet: string | null; ref: string; range: CellRange }[];
  names: string[];
}

const TOKEN =
  /"(?:[^"]|"")*"|\{[^}]*\}|(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\p{L}\p{N}_(])|([\p{L}_\\][\p{L}\p{N}_.\\]*)(\s*\()?/gu;

export function formulaReferences(formula: string): FormulaReferences {
  const out: FormulaReferences = { functions: [], cells: [], names: [] };
  for (const m of formula.replace(/^=/, '').matchAll(TOKEN)) {
    const [whole, quotedSheet, plainSheet, sheetRef, bareRef, word, call] = m;
    if (whole.startsWith('"') || whole.startsWith('{')) continue;
    const ref = sheetRef ?? bareRef;
    if (ref) {
      const range = parseRangeRef(ref.replace(/\$/g, ''));
      if (range) out.cells.push({ sheet: quotedSheet?.replace(/''/g, "'") ?? plainSheet ?? null, ref, range });
      continue;
    }
    if (word === undefined) continue;
    if (call) out.functions.push(word.toUpperCase());
    else if (!/^(TRUE|FALSE)$/i.test(word)) out.names.push(word);
  }
  return out;
}
