import { createHash } from 'node:crypto';
import { XlsxWorkbook } from '../host/xlsx';
import { NODE_ZIP } from './node-zip';
import type { SheetData } from '../sheet/source-table';

/**
 * How PERF recognises its own earlier output for the same input, so a re-run replaces
 * it without --force:
 * - a workbook: it carries PERF's sheet marks (PERF_SHEET), and its other sheets are the
 *   input's sheets, same names in the same order (PERF's output is the input plus its sheets);
 * - a ranking JSON: it has the shape of the JSON contract ({"units": […], "warnings": […]});
 *   nobody edits it by hand and any input remakes it, so the shape is enough;
 * - an exported scheme file: the "$perf" note PERF writes into it names the workbook it came
 *   from and a digest of the rest, so a file the clerk has edited since is never replaced.
 */

const clerkSheets = (sheets: readonly Pick<SheetData, 'name' | 'perfKind'>[]) => sheets.filter((s) => !s.perfKind).map((s) => s.name);

export async function isOwnWorkbook(existing: Uint8Array, inputSheets: readonly SheetData[]): Promise<boolean> {
  let sheets: Pick<SheetData, 'name' | 'perfKind'>[];
  try {
    // the names and marks are enough: no sheet is inflated (a ranking of 100,000 units is 300,000 rows)
    sheets = await XlsxWorkbook.sheetListOf(existing, undefined, { codec: NODE_ZIP });
  } catch {
    return false;
  }
  if (!sheets.some((s) => s.perfKind)) return false;
  const theirs = clerkSheets(sheets);
  const ours = clerkSheets(inputSheets);
  return theirs.length === ours.length && theirs.every((n, i) => n === ours[i]);
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isOwnRankingJson(existing: Uint8Array): boolean {
  const json = parseJson(existing);
  return isObject(json) && Array.isArray(json.units) && Array.isArray(json.warnings) && json.units.every(isObject);
}

const MARK = '$perf';
const digestOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

/** The exported scheme file: schemeToJson's text with PERF's note first (import ignores keys starting with $). */
export function markSchemeExport(schemeJson: string, workbookName: string): string {
  const body = JSON.parse(schemeJson) as Record<string, unknown>;
  const note = { 说明: '由 perf scheme export 导出', exportedFrom: workbookName, digest: digestOf(pretty(body)) };
  return pretty({ [MARK]: note, ...body });
}

export function isOwnSchemeExport(existing: Uint8Array, workbookName: string): boolean {
  const json = parseJson(existing);
  if (!isObject(json) || !isObject(json[MARK])) return false;
  const { [MARK]: note, ...body } = json;
  const mark = note as Record<string, unknown>;
  return mark.exportedFrom === workbookName && mark.digest === digestOf(pretty(body));
}
