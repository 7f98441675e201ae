/**
 * The workbook as the pane's worker holds it: XlsxWorkbook's open, apply and toBytes, and a
 * readSheets (as readPackageSheets reads) that parses again only the sheets whose XML a plan
 * replaced (a sheet's part, and the shared strings, are replaced as a whole when written, so
 * an unchanged part is the same bytes object and its values read before still hold). After a
 * ranking, that is 排名, 表彰名单 and 核对, not the clerk's 10,000-row summary as well; with
 * a `parse` helper (another worker) the largest of them is parsed there meanwhile.
 */
import type { FileWorkbook } from '../../host/workbook';
import { openPackage, workbookPath, type Package } from '../../host/xlsx/package';
import { readSharedStrings } from '../../host/xlsx/strings-read';
import { perfKindOf, readWorkbookInfo, sharedStringsPath } from '../../host/xlsx/workbook-info';
import { readWorksheetValues, type WorksheetValues } from '../../host/xlsx/worksheet-read';
import { applyPlanToPackage } from '../../host/xlsx/write';
import type { WritePlan, WriteReport } from '../../sheet/plan';
import type { SheetData } from '../../sheet/source-table';

/** Parses a worksheet's XML elsewhere (as readWorksheetValues does). */
export type ParseElsewhere = (xml: string, part: string, sharedStrings: string[]) => Promise<WorksheetValues>;

/** Below this much XML a sheet is parsed here: posting it would cost more than it saves. */
const PARSE_ELSEWHERE_CHARS = 1_000_000;

interface ReadSheet {
  part: Uint8Array;
  strings: Uint8Array | null;
  values: WorksheetValues;
}

export class HeldWorkbook implements FileWorkbook {
  /** By part path: the bytes a sheet's values were read from. */
  private readonly read = new Map<string, ReadSheet>();
  private strings: { bytes: Uint8Array | null; values: string[] } | null = null;

  private constructor(
    private readonly pkg: Package,
    readonly fileName: string,
    private readonly parse?: ParseElsewhere,
  ) {}

  static async open(bytes: Uint8Array, fileName: string, parse?: ParseElsewhere): Promise<HeldWorkbook> {
    return new HeldWorkbook(await openPackage(bytes, fileName), fileName, parse);
  }

  async readSheets(): Promise<SheetData[]> {
    const pkg = this.pkg;
    const info = readWorkbookInfo(pkg, workbookPath(pkg, this.fileName));
    const sstPath = sharedStringsPath(pkg, info.path);
    const sstBytes = sstPath ? pkg.get(sstPath) : null;
    if (this.strings?.bytes !== sstBytes || this.strings === null) {
      this.strings = { bytes: sstBytes, values: sstPath && sstBytes ? readSharedStrings(pkg.text(sstPath)!, sstPath) : [] };
    }
    const sharedStrings = this.strings.values;
    const sheets = info.sheets.map((sheet) => {
      const path = sheet.type === 'worksheet' && sheet.path ? sheet.path : null;
      const bytes = path ? pkg.get(path) : null;
      const before = path ? this.read.get(path) : undefined;
      const kept = bytes !== null && before?.part === bytes && before.strings === sstBytes ? before.values : null;
      return { sheet, path, bytes, kept, xml: kept === null && path !== null ? pkg.text(path) : null };
    });
    // the largest sheet to parse goes to the helper while the rest are parsed here
    const toParse = sheets.filter((s) => s.xml !== null);
    const largest = toParse.reduce<(typeof toParse)[number] | null>((a, s) => (a === null || s.xml!.length > a.xml!.length ? s : a), null);
    const away =
      this.parse && largest && toParse.length > 1 && largest.xml!.length >= PARSE_ELSEWHERE_CHARS ? this.parse(largest.xml!, largest.path!, sharedStrings) : null;
    // a rejected helper's answer is awaited below, after the local parsing
    away?.catch(() => undefined);
    const parsed = new Map<string, WorksheetValues>();
    for (const s of toParse) if (!(away && s === largest)) parsed.set(s.path!, readWorksheetValues(s.xml!, s.path!, sharedStrings));
    if (away && largest) parsed.set(largest.path!, await away);
    return sheets.map(({ sheet, path, bytes, kept }): SheetData => {
      const got = kept ?? (path ? parsed.get(path) : undefined) ?? { values: [], merges: [] };
      if (path && bytes && !kept) this.read.set(path, { part: bytes, strings: sstBytes, values: got });
      return { name: sheet.name, values: got.values, merges: got.merges, perfKind: perfKindOf(info, sheet.index) };
    });
  }

  async apply(plan: WritePlan): Promise<WriteReport> {
    return applyPlanToPackage(this.pkg, plan, this.fileName);
  }

  toBytes(): Promise<Uint8Array> {
    return this.pkg.toZip();
  }
}
