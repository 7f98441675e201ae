import { attrLocal, childElements, parseXml, serializeXml, toBytes } from './xml';
import type { Package } from './package';

/**
 * Excel's calculation chain lists formula cells by sheet id; an entry for a cell
 * that no longer holds a formula makes Excel "repair" the file. When PERF
 * rewrites one of its own sheets, the entries for that sheet go. Returns false
 * when the chain ends up empty and the part should be dropped.
 */
export function dropCalcChainSheets(pkg: Package, path: string, sheetIds: Set<number>): boolean {
  const doc = parseXml(pkg.text(path)!, path);
  const root = doc.documentElement!;
  let current = 0;
  let removed = false;
  // An entry without i belongs to the sheet of the entry before it, so removing every
  // entry of a sheet never changes which sheet a remaining entry belongs to.
  for (const c of childElements(root, 'c')) {
    const i = attrLocal(c, 'i');
    if (i !== null) current = Number(i);
    if (sheetIds.has(current)) {
      root.removeChild(c);
      removed = true;
    }
  }
  if (childElements(root, 'c').length === 0) return false;
  if (removed) pkg.set(path, toBytes(serializeXml(doc)));
  return true;
}
