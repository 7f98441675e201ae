import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { PaneController } from '../../src/taskpane/browser/controller';
import { rankView } from '../../src/taskpane/browser/rank-view';
import { dumpSheet } from './cells';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** The fixture with its sheet protected (审阅 → 保护工作表), as Excel writes it. */
function protectedInput(): Uint8Array {
  const parts = unzipSync(input());
  const path = 'xl/worksheets/sheet1.xml';
  parts[path] = strToU8(strFromU8(parts[path]!).replace('</sheetData>', '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'));
  return zipSync(parts);
}

const input = () => new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', 'apply-summary-missing', 'input.xlsx')));

function pane() {
  const controller = new PaneController({
    openWorkbook: (bytes, name) => XlsxWorkbook.open(bytes, name),
    rank: async (s, request) => structuredClone(rankView(structuredClone(s), request)),
    now: () => new Date('2026-01-15T09:00:00Z'),
  });
  return controller;
}

describe('the browser pane’s 套用到现有表格, on the .xlsx host', () => {
  it('previews without writing, adds the cells on confirming, and 撤销本次套用 gives the sheet back', async () => {
    const controller = pane();
    await controller.open('部门汇总.xlsx', async () => input());
    expect(controller.state.appliedSheets).toEqual([]);

    const preview = await controller.previewApply(null);
    if (!preview?.ok) throw new Error(JSON.stringify(preview));
    expect(preview.proposal.cells).toHaveLength(27);
    // nothing written by the preview
    expect(dumpSheet((await controller.downloadApplied())!.bytes, '部门汇总').cells).toEqual(dumpSheet(input(), '部门汇总').cells);

    const confirmed = await controller.confirmApply('部门汇总');
    expect(confirmed?.ok).toBe(true);
    expect(controller.state.appliedSheets).toEqual(['部门汇总']);
    expect(controller.state.activeSheet).toBe('部门汇总');
    const sheet = controller.state.sheets.find((s) => s.name === '部门汇总')!;
    expect(sheet.values[7]!.slice(7, 10)).toEqual([80, '良好', 3]);
    const file = (await controller.downloadApplied())!;
    expect(file.name).toBe('部门汇总-套用.xlsx');

    // a second preview finds nothing left to add
    const again = await controller.previewApply('部门汇总');
    expect(again?.ok && again.proposal.cells.length).toBe(0);

    const undone = await controller.undoApply(null);
    expect(undone?.undo.ok).toBe(true);
    expect(undone?.report?.edited?.[0]?.cleared).toHaveLength(27);
    expect(controller.state.appliedSheets).toEqual([]);
    expect(dumpSheet((await controller.downloadApplied())!.bytes, '部门汇总').cells).toEqual(dumpSheet(input(), '部门汇总').cells);
  });

  it('lists the applications, the latest first, and takes back the one chosen', async () => {
    let now = new Date(2026, 0, 15, 9, 0, 0);
    const controller = new PaneController({
      openWorkbook: (bytes, name) => XlsxWorkbook.open(bytes, name),
      rank: async (s, request) => structuredClone(rankView(structuredClone(s), request)),
      now: () => now,
    });
    // two summaries in one workbook: 部门汇总 (the fixture) and a copy of it under another name
    const bytes = input();
    const wb = await XlsxWorkbook.open(bytes);
    const copy = (await wb.readSheets()).find((s) => s.name === '部门汇总')!;
    await wb.apply({ sheets: [{ name: '部门汇总二', owned: false, kind: 'ranking', rows: copy.values.map((r) => (r ?? []).map((v) => ({ value: v ?? null, style: 'text' as const }))), merges: [], columnWidths: [], freeze: { rows: 0, columns: 0 }, print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatRows: null, footer: { left: '', center: '', right: '' } } }] });
    const two = await wb.toBytes();
    await controller.open('两张汇总.xlsx', async () => two);
    expect((await controller.confirmApply('部门汇总'))?.ok).toBe(true);
    now = new Date(2026, 0, 15, 10, 30, 0);
    expect((await controller.confirmApply('部门汇总二'))?.ok).toBe(true);
    expect(controller.state.applications).toEqual([
      { label: '2026-01-15 10:30:00 部门汇总二：总分、等次、排名', sheet: '部门汇总二', cells: 27 },
      { label: '2026-01-15 09:00:00 部门汇总：总分、等次、排名', sheet: '部门汇总', cells: 27 },
    ]);
    // the earlier one, chosen from the list
    const undone = await controller.undoApply(null, 2);
    expect(undone?.undo.ok && undone.undo.application.label).toBe('2026-01-15 09:00:00 部门汇总：总分、等次、排名');
    expect(undone?.report?.edited?.[0]).toMatchObject({ sheet: '部门汇总' });
    expect(controller.state.applications.map((a) => a.sheet)).toEqual(['部门汇总二']);
    expect(dumpSheet((await controller.downloadApplied())!.bytes, '部门汇总').cells).toEqual(dumpSheet(input(), '部门汇总').cells);
  });

  it('says in Chinese that a protected sheet must be unprotected first, and writes nothing', async () => {
    const controller = pane();
    await controller.open('部门汇总.xlsx', async () => protectedInput());
    const outcome = await controller.confirmApply('部门汇总');
    expect(outcome).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('工作表“部门汇总”受保护') }] });
    expect(controller.state.appliedSheets).toEqual([]);
    expect(dumpSheet((await controller.downloadApplied())!.bytes, '部门汇总').cells).toEqual(dumpSheet(protectedInput(), '部门汇总').cells);
  });
});
