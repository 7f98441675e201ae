import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { schemeToJson } from '../../src/engine/scheme/json';
import type { Scheme } from '../../src/engine/scheme/types';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { cellRef } from '../../src/sheet/address';
import { schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import type { SheetData } from '../../src/sheet/source-table';
import { proposeApply } from '../../src/workflow/apply';
import { hasSoffice, recalculated } from './recalc';

/** test/fixtures/apply-tasks/README.md, "With a 定性评价 table on 方案": 较好 70%, then 50%. */
const INPUT = path.resolve(__dirname, '../fixtures/apply-tasks/input.xlsx');
const withShares = (better: string): Scheme => ({
  ...defaultScheme(),
  ratingShares: [
    { rating: '好', share: '100%' },
    { rating: '较好', share: better },
    { rating: '一般', share: '50%' },
    { rating: '差', share: '0%' },
  ],
});

async function workbook(scheme: Scheme | null) {
  const wb = await XlsxWorkbook.open(new Uint8Array(readFileSync(INPUT)), 'input.xlsx');
  if (scheme) await wb.apply({ sheets: [schemeToSheetPlan(scheme)] });
  return wb;
}

function propose(sheets: SheetData[], schemeFile?: { name: string; text: string }) {
  const o = proposeApply(sheets, { sheet: '任务分解表', schemeFile });
  if (!o.ok) throw new Error(o.problems.map((p) => p.message).join('\n'));
  return o;
}

const cellOf = (o: ReturnType<typeof propose>, ref: string) => o.proposal.cells.find((c) => cellRef(c.row, c.column) === ref)!;

describe('套用 on a task sheet scores 定性评价 with the scheme’s shares', () => {
  it('the workbook’s 方案 holds a 定性评价比例 table: the 得分 formula looks the rating up there by name', async () => {
    const o = propose(await (await workbook(withShares('70%'))).readSheets());
    expect(cellOf(o, 'I7')).toMatchObject({ formula: 'IF(H7="","",ROUND(C7*VLOOKUP(TRIM(H7),PERF_评价比例,2,FALSE),6))', value: 14 });
    expect(cellOf(o, 'I9').value).toBe(87.5);
    expect(o.proposal.columns[0].how).toContain('按方案的定性评价比例（PERF_评价比例：好 100%、较好 70%、一般 50%、差 0%');
  });

  it('a scheme file chosen for the run: its shares are written into the formula (the workbook has no such table)', async () => {
    const o = propose(await (await workbook(null)).readSheets(), { name: '方案.json', text: schemeToJson(withShares('70%')) });
    expect(cellOf(o, 'I7')).toMatchObject({ formula: 'IF(H7="","",ROUND(C7*INDEX({1,0.7,0.5,0},MATCH(TRIM(H7),{"好","较好","一般","差"},0)),6))', value: 14 });
  });

  it('no table anywhere: today’s built-in shares (较好 80%)', async () => {
    const o = propose(await (await workbook(null)).readSheets());
    expect(cellOf(o, 'I7').value).toBe(16);
    expect(cellOf(o, 'I7').formula).toContain('INDEX({1,0.8,0.6,0,1,0.8,0.6,0,1,0.8,0.6},MATCH(TRIM(H7),');
    expect(o.proposal.columns[0].how).toContain('定性评价 好 100%、较好 80%、一般 60%、差 0%');
  });

  it.skipIf(!hasSoffice && !process.env.CI)('LibreOffice: the 方案 rewritten with 较好 50% recomputes the applied scores (the name follows the new sheet)', async () => {
    const wb = await workbook(withShares('70%'));
    await wb.apply(propose(await wb.readSheets()).plan);
    await wb.apply({ sheets: [schemeToSheetPlan(withShares('50%'))] });
    const sheets = await recalculated(await wb.toBytes(), 'shares-50.xlsx');
    const tasks = sheets.find((s) => s.name === '任务分解表')!;
    // 20 × 50% = 10; 办公室 20 + 28.5 + 15 + 10 + 10 = 83.5
    expect([tasks.values[6]![8], tasks.values[8]![8]]).toEqual([10, 83.5]);
  }, 300_000);
});
