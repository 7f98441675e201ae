/**
 * Workbook-level names a plan defines (the 方案 sheet's 等次表), host-free: a name the
 * clerk defined is never changed; one that points at a sheet PERF is rewriting is PERF's
 * own from an earlier run and is replaced.
 */

/** The sheet names a formula refers to: 'O''Brien'!A1 and 汇总!A1 alike. */
export function sheetsIn(formula: string): string[] {
  const names: string[] = [];
  for (const m of formula.matchAll(/'((?:[^']|'')+)'!|([^\s'!,;()=+\-*/&^<>:{}"]+)!/g)) names.push((m[1] ?? m[2]).replace(/''/g, "'"));
  return names;
}

export function refersToSheet(formula: string, sheets: string[]): boolean {
  const upper = sheets.map((s) => s.toUpperCase());
  return sheetsIn(formula).some((name) => upper.includes(name.toUpperCase()));
}

export type NameDecision = { action: 'add' } | { action: 'replace' } | { action: 'keep'; message: string };

/**
 * What to do with a planned name given the formula of the workbook name of that name
 * (null: none): add it, replace PERF's earlier one, or keep the clerk's and say why.
 */
export function decideName(name: string, existing: string | null, perfSheets: string[], actualSheet: string): NameDecision {
  if (existing === null) return { action: 'add' };
  if (refersToSheet(existing, perfSheets)) return { action: 'replace' };
  return {
    action: 'keep',
    message:
      `工作簿中已有名称“${name}”（引用 ${existing}），它不是 PERF 定义的，PERF 没有改动它；工作表“${actualSheet}”上的这个区域因此没有定义该名称。` +
      `如需使用，请先在“公式 → 名称管理器”中删除或改名原有的“${name}”后重新运行。`,
  };
}
