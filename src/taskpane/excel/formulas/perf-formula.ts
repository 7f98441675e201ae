/**
 * PERF formula text, host-free. A saved workbook stores a custom function under Excel's
 * internal name (`_xldudf_PERF_GRADE(…)`), and a PERF formula entered while the add-in was not
 * loaded can stay at #NAME?: re-entering it as `=PERF.GRADE(…)` fixes both. String constants
 * and quoted sheet names are left exactly as written.
 */

/** `_xldudf_PERF_GRADE(` → `PERF.GRADE(` (PERF's function ids hold no dots, so the name maps back one to one). */
const INTERNAL = /_xldudf_PERF_([A-Za-z0-9_]+)(?=\s*\()/gi;
const PERF_CALL = /(^|[^A-Za-z0-9_.])PERF\.[A-Za-z0-9_]+\s*\(/i;

/** The formula's parts outside string constants ("…") and quoted sheet names ('…'), rewritten by `edit`. */
function outsideQuotes(formula: string, edit: (code: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const quote = formula[i] === '"' || formula[i] === "'" ? formula[i]! : null;
    if (quote === null) {
      let j = i;
      while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
      out += edit(formula.slice(i, j));
      i = j;
      continue;
    }
    // a doubled quote inside is the quote itself
    let j = i + 1;
    while (j < formula.length && !(formula[j] === quote && formula[j + 1] !== quote)) j += formula[j] === quote ? 2 : 1;
    out += formula.slice(i, j + 1);
    i = j + 1;
  }
  return out;
}

/** The code of the formula (string constants and quoted names blanked), to look for function calls in. */
function codeOf(formula: string): string {
  let code = '';
  outsideQuotes(formula, (part) => {
    code += `${part} `;
    return part;
  });
  return code;
}

/** True when the formula calls a PERF function, by its name or by Excel's internal one. */
export function callsPerf(formula: string): boolean {
  const code = codeOf(formula);
  return PERF_CALL.test(code) || new RegExp(INTERNAL.source, 'i').test(code);
}

/** True when the formula holds Excel's internal name of a PERF function (`_xldudf_PERF_…`). */
export function holdsInternalName(formula: string): boolean {
  return new RegExp(INTERNAL.source, 'i').test(codeOf(formula));
}

/**
 * The formula as a clerk types it, with "=": `_xldudf_PERF_GRADE(D7)` → `=PERF.GRADE(D7)`.
 * Text without "=" (a record's formula) gets one.
 */
export function perfFormulaText(formula: string): string {
  const body = formula.replace(/^\s*=/, '');
  return `=${outsideQuotes(body, (code) => code.replace(INTERNAL, (_m, name: string) => `PERF.${name.toUpperCase()}`))}`;
}
