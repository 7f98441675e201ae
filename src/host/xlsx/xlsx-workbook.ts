import type { SheetPlan, WritePlan, WriteReport } from '../../sheet/plan';
import type { SheetData } from '../../sheet/source-table';
import type { FileWorkbook } from '../workbook';
import { officeDocumentPath, openPackage, relsPathOf, workbookPath, type Package } from './package';
import { planValues } from './plan-values';
import { readSharedStrings } from './strings-read';
import { perfKindOf, readWorkbookInfo, sharedStringsPath } from './workbook-info';
import { readWorksheetValues, type WorksheetValues } from './worksheet-read';
import { applyPlanToPackage } from './write';
import type { InflateOptions } from './zip-read';

/** Parses a worksheet's XML (its UTF-8 bytes) elsewhere (another worker), as readWorksheetValues does. */
export type ParseElsewhere = (xml: Uint8Array, part: string, sharedStrings: string[]) => Promise<WorksheetValues>;

export interface OpenOptions extends InflateOptions {
  /** A helper for the largest sheet to parse (the browser pane's second worker). */
  parse?: ParseElsewhere;
}

/** Below this many bytes of XML a sheet is parsed here: posting it elsewhere would cost more than it saves. */
const PARSE_ELSEWHERE_BYTES = 1_000_000;

interface ReadSheet {
  /** The part's version the values were read from (Package.version); 'as-read' when those were the file's own (released since, see Package.release). */
  part: object | 'as-read';
  strings: Uint8Array | null;
  /** The values; for a sheet a plan wrote, the plan until they are first asked for (planValues; null: the part is parsed). */
  values: WorksheetValues | SheetPlan;
}

/** A kept sheet's values, made from its plan on first use. */
function keptValues(kept: ReadSheet): WorksheetValues | null {
  if ('values' in kept.values) return kept.values;
  const made = planValues(kept.values);
  if (made) kept.values = made;
  return made;
}

/**
 * An .xlsx/.xlsm file as a workbook: unzipped once when opened, read and written in
 * memory, zipped again only when its bytes are asked for. Runs in Node and in a
 * browser (no file system here: the caller brings the bytes and takes them away).
 * Reading again after a plan parses only the sheets whose XML the plan replaced: a part
 * is replaced as a whole when written, so an unchanged part is the same bytes object and
 * its values read before still hold (after a ranking: 排名, 表彰名单 and 核对, not the
 * clerk's summary as well). A sheet the file brought is let go of as bytes once its values
 * are read (the zip's compressed copy is kept to write it back): at 100,000 units that is
 * 35 MB less for the rest of the ranking.
 */
export class XlsxWorkbook implements FileWorkbook {
  /** By part path: the bytes a sheet's values were read from. */
  private readonly read = new Map<string, ReadSheet>();
  private strings: { bytes: Uint8Array | null; values: string[] } | null = null;

  private constructor(
    private readonly pkg: Package,
    /** The clerk's file name, for messages. */
    readonly fileName?: string,
    private readonly parse?: ParseElsewhere,
  ) {}

  /** `options.limits`: how much may be inflated (default INFLATE_LIMITS, docs/limits.md); `options.parse`: a helper for large sheets. */
  static async open(bytes: Uint8Array, fileName?: string, options?: OpenOptions): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await openPackage(bytes, fileName, options), fileName, options?.parse);
  }

  /**
   * The sheets' names and PERF's marks of a workbook file, from its workbook part alone: no sheet is
   * inflated (telling PERF's own earlier output of 100,000 units reads kilobytes, not the 100 MB
   * and more of its sheets). Throws as open does for a file that is not a workbook.
   */
  static async sheetListOf(bytes: Uint8Array, fileName?: string, options?: OpenOptions): Promise<Pick<SheetData, 'name' | 'perfKind'>[]> {
    const PACKAGE_RELS = relsPathOf('');
    const is = (...names: string[]) => (name: string) => names.includes(name.toLowerCase());
    const rels = await openPackage(bytes, fileName, { ...options, only: is(PACKAGE_RELS) });
    const target = officeDocumentPath(rels).toLowerCase();
    const pkg = await openPackage(bytes, fileName, { ...options, only: is(PACKAGE_RELS, target, relsPathOf(target)) });
    return new XlsxWorkbook(pkg, fileName).sheetList();
  }

  async readSheets(): Promise<SheetData[]> {
    const pkg = this.pkg;
    const info = readWorkbookInfo(pkg, workbookPath(pkg, this.fileName));
    const sstPath = sharedStringsPath(pkg, info.path);
    const sstBytes = sstPath ? pkg.get(sstPath) : null;
    if (this.strings?.bytes !== sstBytes || this.strings === null) {
      this.strings = { bytes: sstBytes, values: sstPath && sstBytes ? readSharedStrings(sstBytes, sstPath) : [] };
    }
    const sharedStrings = this.strings.values;
    const sheets = info.sheets.map((sheet) => {
      const path = sheet.type === 'worksheet' && sheet.path ? sheet.path : null;
      const before = path ? this.read.get(path) : undefined;
      const asRead = path !== null && pkg.unchanged(path);
      const same = before !== undefined && before.strings === sstBytes && (before.part === 'as-read' ? asRead : before.part === pkg.version(path!));
      const kept = same ? keptValues(before!) : null;
      return { sheet, path, asRead, kept, xml: kept === null && path !== null ? pkg.get(path) : null };
    });
    // the largest sheet to parse goes to the helper while the rest are parsed here
    const toParse = sheets.filter((s) => s.xml !== null);
    const largest = toParse.reduce<(typeof toParse)[number] | null>((a, s) => (a === null || s.xml!.length > a.xml!.length ? s : a), null);
    const away =
      this.parse && largest && toParse.length > 1 && largest.xml!.length >= PARSE_ELSEWHERE_BYTES ? this.parse(largest.xml!, largest.path!, sharedStrings) : null;
    // a rejected helper's answer is awaited below, after the local parsing
    away?.catch(() => undefined);
    const parsed = new Map<string, WorksheetValues>();
    for (const s of toParse) if (!(away && s === largest)) parsed.set(s.path!, readWorksheetValues(s.xml!, s.path!, sharedStrings));
    if (away && largest) parsed.set(largest.path!, await away);
    return sheets.map(({ sheet, path, asRead, kept, xml }): SheetData => {
      const got = kept ?? (path ? parsed.get(path) : undefined) ?? { values: [], merges: [] };
      if (path && xml && !kept) {
        this.read.set(path, { part: asRead ? 'as-read' : pkg.version(path)!, strings: sstBytes, values: got });
        if (asRead) pkg.release(path);
      }
      return { name: sheet.name, values: got.values, merges: got.merges, perfKind: perfKindOf(info, sheet.index) };
    });
  }

  /** The sheets' names and PERF's marks, in order, from the workbook part alone (no sheet is parsed). */
  sheetList(): Pick<SheetData, 'name' | 'perfKind'>[] {
    const info = readWorkbookInfo(this.pkg, workbookPath(this.pkg, this.fileName));
    return info.sheets.map((sheet) => ({ name: sheet.name, perfKind: perfKindOf(info, sheet.index) }));
  }

  async apply(plan: WritePlan): Promise<WriteReport> {
    const report = await applyPlanToPackage(this.pkg, plan, this.fileName);
    this.knowWritten(plan, report);
    return report;
  }

  /** The sheets a plan wrote, known from the plan (planValues): reading again does not parse what was just written. */
  private knowWritten(plan: WritePlan, report: WriteReport): void {
    const pkg = this.pkg;
    const info = readWorkbookInfo(pkg, workbookPath(pkg, this.fileName));
    const sstPath = sharedStringsPath(pkg, info.path);
    const strings = sstPath ? pkg.get(sstPath) : null;
    for (const sheet of plan.sheets) {
      const actual = report.written.find((w) => w.planned === sheet.name)?.actual;
      const path = info.sheets.find((s) => s.name === actual)?.path;
      const part = path ? pkg.version(path) : null;
      // made only if the workbook is read again (the pane); the command line never asks
      if (path && part) this.read.set(path, { part, strings, values: sheet });
    }
  }

  toBytes(): Promise<Uint8Array> {
    return this.pkg.toZip();
  }
}

/** Every sheet of an .xlsx/.xlsm file's bytes (a one-off read). */
export async function readWorkbook(bytes: Uint8Array, fileName?: string, options?: OpenOptions): Promise<SheetData[]> {
  return (await XlsxWorkbook.open(bytes, fileName, options)).readSheets();
}

/** A write plan applied to a file's bytes (a one-off write): the new bytes and where each sheet went. */
export async function applyPlan(bytes: Uint8Array, plan: WritePlan, fileName?: string): Promise<{ bytes: Uint8Array; report: WriteReport }> {
  const workbook = await XlsxWorkbook.open(bytes, fileName);
  const report = await workbook.apply(plan);
  return { bytes: await workbook.toBytes(), report };
}
