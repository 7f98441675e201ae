import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx';
import type { WritePlan } from '../../src/sheet/plan';
import { sheetCells, sheetMerges } from '../../src/sheet/plan-blocks';
import { postedPlan, receivedPlan } from '../../src/sheet/plan-post';
import { runRanking } from '../../src/workflow/rank';
import { writtenParts } from './helpers/parts';
import { clerkWorkbook } from './helpers/workbooks';

/**
 * The Excel pane ranks in a Web Worker and writes the plan on the page: the plan crosses by
 * postMessage, a structured clone. A ranking planned as blocks must arrive as blocks (no row
 * of cell objects made on the way) and write the same workbook as the plan it was.
 */
async function ranking(clerk: Uint8Array): Promise<WritePlan> {
  const outcome = runRanking(await readWorkbook(clerk), { settings: { awards: '一等奖:1:良好,二等奖:25%' }, now: new Date('2026-12-01T00:00:00Z') });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.plan;
}

describe('a ranking plan posted to another thread', () => {
  it('arrives as blocks, its snapshot rows merged across as one entry, and writes the same parts byte for byte', async () => {
    const clerk = await clerkWorkbook();
    const sent = await ranking(clerk);
    const arrived = receivedPlan(structuredClone(postedPlan(sent)));
    expect(arrived.sheets.map((s) => s.name)).toEqual(['排名', '表彰名单', '核对']);
    expect(arrived.sheets.map((s) => sheetCells(s).blocks.length)).toEqual(sent.sheets.map((s) => sheetCells(s).blocks.length));
    expect(arrived.sheets.every((s) => sheetCells(s).blocks.length > 0)).toBe(true);
    // 核对's 校验快照: its rows merged from 内容 to the last column, one entry for the block
    const check = arrived.sheets[2]!;
    expect(sheetMerges(check).blocks.map((b) => b.mergeAcross)).toEqual([
      { left: 2, right: 7 },
      { left: 2, right: 7 },
    ]);
    const [a, b] = [await writtenParts(clerk, sent), await writtenParts(clerk, arrived)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) expect(b[name], name).toBe(a[name]);
  });

  it('read as a plain plan after the crossing, lists every cell and every merge, the snapshot rows among them', async () => {
    const sent = await ranking(await clerkWorkbook());
    const arrived = receivedPlan(structuredClone(postedPlan(sent)));
    const check = arrived.sheets[2]!;
    const title = check.rows.findIndex((r) => r[0]?.value === '六、校验快照（perf verify 核对公示结果时使用，请勿修改）');
    expect(title).toBeGreaterThan(0);
    // the first snapshot row after the header: 校验码, merged C..H
    expect(check.rows[title + 2]!.slice(1, 3).map((c) => c.value)).toEqual(['校验码', expect.stringMatching(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/)]);
    expect(check.merges).toContainEqual({ top: title + 2, left: 2, bottom: title + 2, right: 7 });
    expect(check.merges).toContainEqual({ top: check.rows.length - 1, left: 2, bottom: check.rows.length - 1, right: 7 });
  });
});
