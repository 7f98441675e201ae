/** Column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "汇总!D7" for 0-based row 6, column 3 of sheet 汇总 (quoted when the name needs it, as Excel does). */
export function cellAddress(sheet: string, row: number, col: number): string {
  const needsQuotes = /[\s'!,;()\-+&]/.test(sheet) || /^\d/.test(sheet);
  const name = needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${columnLetters(col)}${row + 1}`;
}
