/**
 * In a file, functions newer than Excel 2007 are stored with the _xlfn. prefix
 * (RANK.EQ → _xlfn.RANK.EQ); Excel shows them without it and Office.js takes them
 * without it, so plans write them plain and only the file gets the prefix.
 */
const NEWER = [
  'RANK.EQ', 'RANK.AVG', 'STDEV.S', 'STDEV.P', 'VAR.S', 'VAR.P', 'PERCENTILE.INC', 'PERCENTILE.EXC',
  'QUARTILE.INC', 'QUARTILE.EXC', 'MODE.SNGL', 'IFNA', 'IFS', 'SWITCH', 'MAXIFS', 'MINIFS', 'CONCAT',
  'TEXTJOIN', 'XLOOKUP', 'XMATCH', 'AGGREGATE', 'FLOOR.MATH', 'CEILING.MATH',
];

const NEWER_CALL = new RegExp(`(?<![A-Za-z0-9_.])(${NEWER.map((n) => n.replace('.', '\\.')).join('|')})\\s*\\(`, 'gi');

export function fileFormula(formula: string): string {
  // string literals ("…", quotes doubled) are kept as they are
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(NEWER_CALL, (m) => `_xlfn.${m}`)))
    .join('');
}
