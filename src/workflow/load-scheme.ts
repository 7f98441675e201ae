import { defaultScheme } from '../engine/scheme/defaults';
import { applySchemeFlags, type SchemeFlag } from '../engine/scheme/flags';
import { readSchemeJson } from '../engine/scheme/json';
import { defaultWorkbookSettings, type WorkbookSettings } from '../engine/scheme/office';
import { locateInFlags, locateInJson } from '../engine/scheme/locate';
import type { Locate } from '../engine/scheme/validate';
import type { Scheme } from '../engine/scheme/types';
import { schemeFromSheet } from '../sheet/scheme-sheet';
import type { SheetData } from '../sheet/source-table';
import type { Warning } from '../sheet/warning';

export const SCHEME_FLAGS: readonly SchemeFlag[] = ['bands', 'method', 'deduction-cap', 'bonus-cap', 'decimals', 'awards', 'quota-rounding'];

/** A scheme file as the caller read it: the command line from disk, the pane from a chosen file. */
export interface SchemeFile {
  name: string;
  text: string;
}

export interface LoadedScheme {
  scheme: Scheme;
  /** "默认方案", "工作表“方案”", or the JSON file's name; with the settings changed for this run. */
  source: string;
  locate?: Locate;
  warnings: Warning[];
  /** Cells of the 方案 sheet that cannot be read: they block the run like validation errors. */
  errors: Warning[];
  /** The office's own settings and roster: always the workbook's, whatever file the rules came from. */
  settings: WorkbookSettings;
  /** The rules are the workbook's 方案 sheet as it stands (no file, no setting changed for this run). */
  fromSheet: boolean;
}

/** The scheme sheet of a workbook: PERF's own (marked) or a clerk's sheet named 方案. */
export function schemeSheetOf(sheets: SheetData[]): SheetData | undefined {
  return sheets.find((s) => s.perfKind === 'scheme') ?? sheets.find((s) => s.name.trim() === '方案');
}

/** A scheme file, else the workbook's 方案 sheet, else the defaults; single settings override. */
export function loadScheme(sheets: SheetData[], file: SchemeFile | undefined, flags: Partial<Record<SchemeFlag, string>>): LoadedScheme {
  let loaded: LoadedScheme;
  const sheet = schemeSheetOf(sheets);
  const read = sheet ? schemeFromSheet(sheet) : null;
  const settings = read?.settings ?? defaultWorkbookSettings();
  if (file) {
    const json = readSchemeJson(file.text);
    const warnings = json.passedOver.map((message) => ({ cell: '', message }));
    loaded = { scheme: json.scheme, source: `方案文件 ${file.name}`, locate: locateInJson(file.name), warnings, errors: [], settings, fromSheet: false };
  } else if (sheet && read) {
    const { scheme, locate, warnings, errors } = read;
    loaded = { scheme, source: `工作表“${sheet.name}”`, locate, warnings, errors, settings, fromSheet: true };
  } else loaded = { scheme: defaultScheme(), source: '默认方案', warnings: [], errors: [], settings, fromSheet: false };
  const overrides = Object.fromEntries(SCHEME_FLAGS.filter((f) => flags[f] !== undefined).map((f) => [f, flags[f]])) as Partial<Record<SchemeFlag, string>>;
  if (Object.keys(overrides).length > 0) {
    const base = { scheme: loaded.scheme, locate: loaded.locate };
    loaded.scheme = applySchemeFlags(loaded.scheme, overrides);
    loaded.locate = locateInFlags(overrides, base);
    loaded.fromSheet = false;
    loaded.source += `，本次调整了${Object.keys(overrides).map((f) => FLAG_WORDS[f as SchemeFlag]).join('、')}`;
  }
  return loaded;
}

/** What each single setting is called for the clerk (the command line's flags, the pane's fields). */
const FLAG_WORDS: Record<SchemeFlag, string> = {
  bands: '等次分数线',
  method: '排名方式',
  'deduction-cap': '扣分上限',
  'bonus-cap': '加分上限',
  decimals: '保留小数位数',
  awards: '奖项名额',
  'quota-rounding': '名额取整方式',
};
