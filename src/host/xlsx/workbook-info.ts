import type { PerfSheetKind } from '../../sheet/source-table';
import { PERF_MARK_NAME, readPerfMark } from '../../sheet/targets';
import { isRelType, readRelationships, type Package } from './package';
import { attrLocal, childElements, firstChild, parseXml, type Document } from './xml';

export type SheetPartType = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'other';

export interface WorkbookSheet {
  name: string;
  /** Position in the sheet list: what localSheetId refers to. */
  index: number;
  sheetId: number;
  rId: string;
  /** The sheet's part, or null when the relationship is missing. */
  path: string | null;
  type: SheetPartType;
}

export interface DefinedNameInfo {
  name: string;
  localSheetId: number | null;
  formula: string;
}

export interface WorkbookInfo {
  path: string;
  doc: Document;
  sheets: WorkbookSheet[];
  definedNames: DefinedNameInfo[];
  /** Strict Open XML (ISO 29500 strict) rather than the transitional flavour Excel saves by default. */
  strict: boolean;
}

function partType(type: string): SheetPartType {
  for (const t of ['worksheet', 'chartsheet', 'dialogsheet', 'macrosheet'] as const) if (type.endsWith(`/${t}`)) return t;
  return 'other';
}

export function readWorkbookInfo(pkg: Package, path: string): WorkbookInfo {
  const doc = parseXml(pkg.text(path)!, path);
  const root = doc.documentElement!;
  const rels = readRelationships(pkg, path);
  const sheetsEl = firstChild(root, 'sheets');
  const sheets = (sheetsEl ? childElements(sheetsEl, 'sheet') : []).map((el, index): WorkbookSheet => {
    const rId = attrLocal(el, 'id') ?? '';
    const rel = rels.find((r) => r.id === rId && !r.external);
    return {
      name: attrLocal(el, 'name') ?? '',
      index,
      sheetId: Number(attrLocal(el, 'sheetId') ?? 0),
      rId,
      path: rel && pkg.has(rel.target) ? pkg.find(rel.target) : null,
      type: rel ? partType(rel.type) : 'other',
    };
  });
  const namesEl = firstChild(root, 'definedNames');
  const definedNames = (namesEl ? childElements(namesEl, 'definedName') : []).map((el) => {
    const local = attrLocal(el, 'localSheetId');
    return { name: attrLocal(el, 'name') ?? '', localSheetId: local === null ? null : Number(local), formula: el.textContent ?? '' };
  });
  const strict = (root.namespaceURI ?? '').startsWith('http://purl.oclc.org/ooxml/');
  return { path, doc, sheets, definedNames, strict };
}

/** The kind PERF marked a sheet with, or null for the clerk's own sheets. */
export function perfKindOf(info: WorkbookInfo, sheetIndex: number): PerfSheetKind | 'unknown' | null {
  const mark = info.definedNames.find(
    (n) => n.localSheetId === sheetIndex && n.name.toUpperCase() === PERF_MARK_NAME,
  );
  return readPerfMark(mark?.formula);
}

export function sharedStringsPath(pkg: Package, workbookPath: string): string | null {
  const rel = readRelationships(pkg, workbookPath).find((r) => isRelType(r, 'sharedStrings') && !r.external);
  return rel && pkg.has(rel.target) ? pkg.find(rel.target) : null;
}
