import { defaultScheme } from '../engine/scheme/defaults';
import { readSchemeJson, schemeToJson } from '../engine/scheme/json';
import { locateInJson } from '../engine/scheme/locate';
import { defaultWorkbookSettings } from '../engine/scheme/office';
import { validateScheme } from '../engine/scheme/validate';
import type { WritePlan } from '../sheet/plan';
import { schemeFromSheet, schemeToSheetPlan } from '../sheet/scheme-sheet';
import type { SheetData } from '../sheet/source-table';
import type { Warning } from '../sheet/warning';
import { schemeSheetOf, type SchemeFile } from './load-scheme';

export type SchemeExport =
  | { ok: false; problems: Warning[]; sheet: string }
  | {
      ok: true;
      /** The rules as a scheme file: the office's own settings and roster stay in the workbook. */
      json: string;
      /** The 方案 sheet it came from; null = the workbook has none, the defaults were exported. */
      sheet: string | null;
      warnings: Warning[];
    };

/** The rules of a workbook's 方案 sheet as a file to send down; without one, the defaults (a starting point). */
export function exportScheme(sheets: SheetData[]): SchemeExport {
  const sheet = schemeSheetOf(sheets);
  if (!sheet) return { ok: true, json: schemeToJson(defaultScheme()), sheet: null, warnings: [] };
  const read = schemeFromSheet(sheet);
  const check = validateScheme(read.scheme, read.locate);
  const problems = [...read.errors, ...check.errors];
  if (problems.length > 0) return { ok: false, problems, sheet: sheet.name };
  return { ok: true, json: schemeToJson(read.scheme), sheet: sheet.name, warnings: [...read.warnings, ...check.warnings] };
}

export type SchemeImport = { ok: false; problems: Warning[] } | { ok: true; plan: WritePlan; warnings: Warning[] };

/**
 * A scheme file onto a workbook: the 方案 sheet is rewritten with the file's rules, and the
 * office's own settings and roster already on the workbook's 方案 sheet are kept.
 */
export function importScheme(sheets: SheetData[], file: SchemeFile): SchemeImport {
  const json = readSchemeJson(file.text);
  const check = validateScheme(json.scheme, locateInJson(file.name));
  if (check.errors.length > 0) return { ok: false, problems: check.errors };
  const existing = schemeSheetOf(sheets);
  const settings = existing ? schemeFromSheet(existing).settings : defaultWorkbookSettings();
  const passedOver = json.passedOver.map((message) => ({ cell: '', message }));
  return { ok: true, plan: { sheets: [schemeToSheetPlan(json.scheme, settings)] }, warnings: [...passedOver, ...check.warnings] };
}
