import { defaultScheme } from '../engine/scheme/defaults';
import { applySchemeFlags } from '../engine/scheme/flags';
import { schemeFromJson } from '../engine/scheme/json';
import { locateInFlags, locateInJson } from '../engine/scheme/locate';
import type { Locate } from '../engine/scheme/validate';
import type { Scheme } from '../engine/scheme/types';
import { schemeFromSheet } from '../sheet/scheme-sheet';
import type { SheetData } from '../sheet/source-table';
import type { Warning } from '../sheet/warning';
import { FileSystem, nodeFileSystem } from './file-system';
import { readInput } from './files';

export const SCHEME_FLAGS = ['bands', 'method', 'deduction-cap', 'bonus-cap', 'decimals', 'awards', 'quota-rounding'] as const;

export interface LoadedScheme {
  scheme: Scheme;
  /** "默认方案", "方案工作表", or the JSON file's name. */
  source: string;
  locate?: Locate;
  warnings: Warning[];
  /** Cells of the 方案 sheet that cannot be read: they block the run like validation errors. */
  errors: Warning[];
}

/** The scheme sheet of a workbook: PERF's own (marked) or a clerk's sheet named 方案. */
export function schemeSheetOf(sheets: SheetData[]): SheetData | undefined {
  return sheets.find((s) => s.perfKind === 'scheme') ?? sheets.find((s) => s.name.trim() === '方案');
}

/** --scheme file.json, else the workbook's 方案 sheet, else the defaults; single flags override. */
export async function loadScheme(sheets: SheetData[], flags: Record<string, string>, fs: FileSystem = nodeFileSystem): Promise<LoadedScheme> {
  let loaded: LoadedScheme;
  if (flags.scheme) {
    const text = new TextDecoder().decode(await readInput(flags.scheme, '方案文件', fs));
    const name = flags.scheme.split(/[\\/]/).pop()!;
    loaded = { scheme: schemeFromJson(text), source: name, locate: locateInJson(name), warnings: [], errors: [] };
  } else {
    const sheet = schemeSheetOf(sheets);
    if (sheet) {
      const read = schemeFromSheet(sheet);
      loaded = { scheme: read.scheme, source: `工作表“${sheet.name}”`, locate: read.locate, warnings: read.warnings, errors: read.errors };
    } else loaded = { scheme: defaultScheme(), source: '默认方案', warnings: [], errors: [] };
  }
  const overrides = Object.fromEntries(SCHEME_FLAGS.filter((f) => flags[f] !== undefined).map((f) => [f, flags[f]]));
  if (Object.keys(overrides).length > 0) {
    const base = { scheme: loaded.scheme, locate: loaded.locate };
    loaded.scheme = applySchemeFlags(loaded.scheme, overrides);
    loaded.locate = locateInFlags(overrides, base);
    loaded.source += `，命令行覆盖 ${Object.keys(overrides).map((f) => `--${f}`).join(' ')}`;
  }
  return loaded;
}
