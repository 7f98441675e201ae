import type { FileWorkbook } from '../../src/host/workbook';
import type { WritePlan, WriteReport } from '../../src/sheet/plan';
import type { SheetData } from '../../src/sheet/source-table';
import { resolveTargets, targetReport } from '../../src/sheet/targets';

export type Call = { op: 'readSheets' } | { op: 'apply'; sheets: string[] } | { op: 'toBytes' };

/**
 * A workbook held as plain sheets that records every call the pane makes. apply() follows
 * PERF's target rule (resolveTargets) like the real hosts, so a clerk's own sheet named
 * 排名 is left alone; toBytes() gives a marker, not a zip.
 */
export class RecordingWorkbook implements FileWorkbook {
  readonly calls: Call[] = [];
  readonly plans: WritePlan[] = [];
  sheets: SheetData[];

  constructor(sheets: SheetData[]) {
    this.sheets = structuredClone(sheets);
  }

  async readSheets(): Promise<SheetData[]> {
    this.calls.push({ op: 'readSheets' });
    return structuredClone(this.sheets);
  }

  async apply(plan: WritePlan): Promise<WriteReport> {
    this.calls.push({ op: 'apply', sheets: plan.sheets.map((s) => s.name) });
    this.plans.push(plan);
    const targets = resolveTargets(this.sheets, plan);
    plan.sheets.forEach((sheet, i) => {
      const written: SheetData = {
        name: targets[i]!.actual,
        values: sheet.rows.map((row) => row.map((c) => c.value)),
        merges: sheet.merges,
        perfKind: sheet.kind,
      };
      const at = this.sheets.findIndex((s) => s.name === written.name);
      if (at >= 0) this.sheets[at] = written;
      else this.sheets.push(written);
    });
    return targetReport(targets);
  }

  async toBytes(): Promise<Uint8Array> {
    this.calls.push({ op: 'toBytes' });
    return new TextEncoder().encode(`workbook with ${this.sheets.map((s) => s.name).join(',')}`);
  }

  get applied(): string[][] {
    return this.calls.flatMap((c) => (c.op === 'apply' ? [c.sheets] : []));
  }
}
