/**
 * The workbook as the pane's worker holds it: XlsxWorkbook's open, apply and toBytes, and a
 * readSheets that parses again only the sheets whose XML a plan replaced (a sheet's part, and
 * the shared strings, are replaced as a whole when written, so an unchanged part is the same
 * bytes object and its values read before still hold). After a ranking, that is 排名 and
 * 表彰名单, not the clerk's 10,000-row summary as well.
 */
import type { FileWorkbook } from '../../host/workbook';
import { openPackage, workbookPath, type Package } from '../../host/xlsx/package';
import { readSheetsOf } from '../../host/xlsx/read';
import { perfKindOf, readWorkbookInfo, sharedStringsPath } from '../../host/xlsx/workbook-info';
import { applyPlanToPackage } from '../../host/xlsx/write';
import type { WritePlan, WriteReport } from '../../sheet/plan';
import type { SheetData } from '../../sheet/source-table';

interface ReadSheet {
  part: Uint8Array | null;
  strings: Uint8Array | null;
  values: SheetData['values'];
  merges: SheetData['merges'];
}

export class HeldWorkbook implements FileWorkbook {
  /** By part path: the bytes a sheet's values were read from. */
  private readonly read = new Map<string, ReadSheet>();

  private constructor(
    private readonly pkg: Package,
    readonly fileName: string,
  ) {}

  static async open(bytes: Uint8Array, fileName: string): Promise<HeldWorkbook> {
    return new HeldWorkbook(await openPackage(bytes, fileName), fileName);
  }

  async readSheets(): Promise<SheetData[]> {
    const pkg = this.pkg;
    const info = readWorkbookInfo(pkg, workbookPath(pkg, this.fileName));
    const sstPath = sharedStringsPath(pkg, info.path);
    const strings = sstPath ? pkg.get(sstPath) : null;
    const partOf = (name: string) => {
      const sheet = info.sheets.find((s) => s.name === name);
      return sheet?.type === 'worksheet' && sheet.path ? { path: sheet.path, bytes: pkg.get(sheet.path) } : null;
    };
    const fresh = (name: string) => {
      const part = partOf(name);
      const before = part ? this.read.get(part.path) : undefined;
      return before !== undefined && before.part === part!.bytes && before.strings === strings ? before : null;
    };
    const reread = readSheetsOf(pkg, info, (s) => fresh(s.name) === null);
    // readSheetsOf gives the sheets it picked in workbook order, so they fill the gaps in turn
    let next = 0;
    return info.sheets.map((sheet): SheetData => {
      const kept = fresh(sheet.name);
      if (kept) return { name: sheet.name, values: kept.values, merges: kept.merges, perfKind: perfKindOf(info, sheet.index) };
      const got = reread[next++]!;
      const part = partOf(sheet.name);
      if (part) this.read.set(part.path, { part: part.bytes, strings, values: got.values, merges: got.merges });
      return got;
    });
  }

  async apply(plan: WritePlan): Promise<WriteReport> {
    return applyPlanToPackage(this.pkg, plan, this.fileName);
  }

  toBytes(): Promise<Uint8Array> {
    return this.pkg.toZip();
  }
}
