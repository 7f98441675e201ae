import type { WritePlan, WriteReport } from '../../sheet/plan';
import type { SheetData } from '../../sheet/source-table';
import type { FileWorkbook } from '../workbook';
import { openPackage, type Package } from './package';
import { readPackageSheets } from './read';
import { applyPlanToPackage } from './write';
import type { InflateOptions } from './zip-read';

/**
 * An .xlsx/.xlsm file as a workbook: unzipped once when opened, read and written in
 * memory, zipped again only when its bytes are asked for. Runs in Node and in a
 * browser (no file system here: the caller brings the bytes and takes them away).
 */
export class XlsxWorkbook implements FileWorkbook {
  private constructor(
    private readonly pkg: Package,
    /** The clerk's file name, for messages. */
    readonly fileName?: string,
  ) {}

  /** `options.limits`: how much may be inflated (default INFLATE_LIMITS, docs/limits.md). */
  static async open(bytes: Uint8Array, fileName?: string, options?: InflateOptions): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await openPackage(bytes, fileName, options), fileName);
  }

  async readSheets(): Promise<SheetData[]> {
    return readPackageSheets(this.pkg, this.fileName);
  }

  async apply(plan: WritePlan): Promise<WriteReport> {
    return applyPlanToPackage(this.pkg, plan, this.fileName);
  }

  toBytes(): Promise<Uint8Array> {
    return this.pkg.toZip();
  }
}

/** Every sheet of an .xlsx/.xlsm file's bytes (a one-off read). */
export async function readWorkbook(bytes: Uint8Array, fileName?: string): Promise<SheetData[]> {
  return (await XlsxWorkbook.open(bytes, fileName)).readSheets();
}

/** A write plan applied to a file's bytes (a one-off write): the new bytes and where each sheet went. */
export async function applyPlan(bytes: Uint8Array, plan: WritePlan, fileName?: string): Promise<{ bytes: Uint8Array; report: WriteReport }> {
  const workbook = await XlsxWorkbook.open(bytes, fileName);
  const report = await workbook.apply(plan);
  return { bytes: await workbook.toBytes(), report };
}
