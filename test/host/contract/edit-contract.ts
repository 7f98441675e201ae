import { beforeAll, describe, expect, it } from 'vitest';
import type { SheetPlan, WritePlan } from '../../../src/sheet/plan';
import { readRecord } from '../../../src/sheet/write/record';
import { trimValues } from '../helpers/plans';
import { clerkWorkbook, withChart } from '../helpers/workbooks';
import { handedOverSheet } from './feature-plans';
import type { MakeHost, WorkbookView } from './view';

/**
 * Editing cells of a sheet PERF does not own (套用 and 撤销本次套用), as every host must:
 * empty cells get formulas or values, a new column takes its neighbour's look, a cell
 * holding anything is never overwritten, and taking the cells back restores the sheet.
 */
export function describeEditContract(name: string, makeHost: MakeHost): void {
  let clerk: Uint8Array;
  beforeAll(async () => {
    clerk = withChart(await clerkWorkbook());
  });

  /** A styled sheet of the clerk's (handed over earlier): 单位 | 总分 | 说明, header filled and bold, 总分 an input cell. */
  function styledSheet(): SheetPlan {
    const s = handedOverSheet();
    s.rows.push([{ value: '西城区', style: 'text' }, { value: null, style: 'input' }, { value: null, style: 'note' }]);
    s.rows[1][1] = { value: 90, style: 'input', numFmt: '0.00' };
    return s;
  }

  const apply: WritePlan = {
    sheets: [],
    edits: [
      {
        sheet: '综合评估汇总',
        write: [
          // 西城区's empty 总分 (B3): a formula, the cell keeps its look
          { row: 2, column: 1, value: 80.5, formula: 'ROUND(80.5,2)' },
          // a new column D: header like C1, a text value like C2, a rank like B2 but shown "0"
          { row: 0, column: 3, value: '等次', lookLike: { row: 0, column: 2 } },
          { row: 1, column: 3, value: '优秀', formula: 'IF(B2>=90,"优秀","良好")', lookLike: { row: 1, column: 2 } },
          { row: 2, column: 3, value: null, formula: 'IF(B3>=90,"优秀","良好")', lookLike: { row: 2, column: 2 } },
          { row: 1, column: 4, value: 1, formula: 'RANK.EQ(B2,$B$2:$B$3)', lookLike: { row: 1, column: 1 }, numFmt: '0' },
        ],
      },
    ],
    record: [
      { sheet: '综合评估汇总', cell: 'B3', what: 'added', formula: 'ROUND(80.5,2)', value: 80.5, source: '套用' },
      { sheet: '综合评估汇总', cell: 'D1', what: 'added', value: '等次', source: '套用', styled: true },
    ],
  };

  const undo: WritePlan = {
    sheets: [],
    edits: [
      {
        sheet: '综合评估汇总',
        clear: [
          { row: 2, column: 1, formula: 'ROUND(80.5,2)' },
          { row: 0, column: 3, value: '等次', styled: true },
          { row: 1, column: 3, formula: 'IF(B2>=90,"优秀","良好")', styled: true },
          { row: 2, column: 3, formula: 'IF(B3>=90,"优秀","良好")', styled: true },
          { row: 1, column: 4, formula: 'RANK.EQ(B2,$B$2:$B$3)', styled: true },
        ],
      },
    ],
    recordDrop: [
      { sheet: '综合评估汇总', cell: 'B3', what: 'added' },
      { sheet: '综合评估汇总', cell: 'D1', what: 'added' },
    ],
  };

  async function host() {
    const h = await makeHost(clerk);
    await h.host.apply({ sheets: [styledSheet()] });
    return h;
  }

  const valuesOf = (view: WorkbookView) => trimValues(view.sheets.find((s) => s.name === '综合评估汇总')!.values);

  describe(`${name} host: cells written into an existing sheet (套用)`, () => {
    let before: WorkbookView;
    let after: WorkbookView;
    let report: Awaited<ReturnType<HostLike['apply']>>;
    beforeAll(async () => {
      const h = await host();
      before = await h.view();
      report = await h.host.apply(apply);
      after = await h.view();
    });

    it('writes the formulas and values into the empty cells only, and says which', () => {
      const s = after.sheet('综合评估汇总');
      expect(s.formula('B3')).toBe('ROUND(80.5,2)');
      expect(s.formula('E2')).toBe('RANK.EQ(B2,$B$2:$B$3)');
      expect(valuesOf(after)[0]).toEqual(['单位', '总分', '说明', '等次']);
      expect(valuesOf(after)[1].slice(0, 5)).toEqual(['东城区', 90, '第一次', '优秀', 1]);
      expect(valuesOf(after)[2][1]).toBe(80.5);
      expect(report.edited).toEqual([{ sheet: '综合评估汇总', written: ['B3', 'D1', 'D2', 'D3', 'E2'], cleared: [], kept: [] }]);
    });

    it("keeps an existing cell's look and gives a new column its neighbour's", () => {
      const b = before.sheet('综合评估汇总');
      const s = after.sheet('综合评估汇总');
      expect(s.fill('B3')).toBe(b.fill('B3'));
      expect(s.locked('B3')).toBe(false);
      expect(s.fill('D1')).toBe(b.fill('C1'));
      expect(s.bold('D1')).toBe(true);
      expect(s.fill('E2')).toBe(b.fill('B2'));
      expect(s.numFmt('E2')).toBe('0');
      expect(s.numFmt('B2')).toBe('0.00');
    });

    it('leaves every other cell as it was', () => {
      const was = valuesOf(before);
      const now = valuesOf(after);
      was.forEach((row, r) => row.forEach((v, c) => expect(now[r][c]).toEqual(v ?? null)));
      const b = before.sheet('综合评估汇总');
      const s = after.sheet('综合评估汇总');
      for (const ref of ['A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'A3', 'C3']) {
        expect([s.fill(ref), s.bold(ref), s.locked(ref), s.numFmt(ref)]).toEqual([b.fill(ref), b.bold(ref), b.locked(ref), b.numFmt(ref)]);
      }
    });

    it('records the cells it added', () => {
      expect(readRecord(after.sheets)).toEqual([
        { sheet: '综合评估汇总', cell: 'B3', what: 'added', formula: 'ROUND(80.5,2)', value: 80.5, source: '套用' },
        { sheet: '综合评估汇总', cell: 'D1', what: 'added', value: '等次', source: '套用', styled: true },
      ]);
    });

    it('refuses to write over a cell that holds a value, and writes nothing of that plan', async () => {
      const h = await host();
      const over: WritePlan = { sheets: [], edits: [{ sheet: '综合评估汇总', write: [{ row: 2, column: 2, value: 'x' }, { row: 1, column: 1, value: 1 }] }] };
      await expect(h.host.apply(over)).rejects.toThrow(/“综合评估汇总”的 B2 已有内容，PERF 不会覆盖它/);
      expect(valuesOf(await h.view())).toEqual(valuesOf(before));
    });

    it('refuses to edit a protected sheet, in Chinese, and writes nothing', async () => {
      const h = await makeHost(clerk);
      await h.host.apply({ sheets: [{ ...styledSheet(), protection: {} }] });
      const was = valuesOf(await h.view());
      await expect(h.host.apply(apply)).rejects.toThrow(/工作表“综合评估汇总”受保护.*请先在 Excel 中撤销工作表保护/);
      expect(valuesOf(await h.view())).toEqual(was);
    });

    it('refuses a sheet the workbook does not have, in Chinese', async () => {
      const h = await host();
      await expect(h.host.apply({ sheets: [], edits: [{ sheet: '不存在', write: [{ row: 0, column: 0, value: 1 }] }] })).rejects.toThrow(/没有工作表“不存在”/);
    });
  });

  describe(`${name} host: cells taken back (撤销本次套用)`, () => {
    it('clears exactly the cells PERF wrote and restores their looks', async () => {
      const h = await host();
      const before = await h.view();
      await h.host.apply(apply);
      const report = await h.host.apply(undo);
      const after = await h.view();
      expect(valuesOf(after)).toEqual(valuesOf(before));
      const b = before.sheet('综合评估汇总');
      const s = after.sheet('综合评估汇总');
      for (const ref of ['B3', 'D1', 'D2', 'D3', 'E2']) {
        expect(s.formula(ref)).toBeNull();
        expect([s.fill(ref), s.bold(ref), s.locked(ref), s.numFmt(ref)]).toEqual([b.fill(ref), b.bold(ref), b.locked(ref), b.numFmt(ref)]);
      }
      expect(report.edited).toEqual([{ sheet: '综合评估汇总', written: [], cleared: ['B3', 'D1', 'D2', 'D3', 'E2'], kept: [] }]);
      expect(readRecord(after.sheets)).toEqual([]);
    });

    it('merges a new header down and takes the merge back with its cells', async () => {
      const h = await host();
      const before = await h.view();
      const mergesBefore = [...before.sheet('综合评估汇总').merges];
      const fillBefore = before.sheet('综合评估汇总').fill('D2');
      const valuesBefore = valuesOf(before);
      const area = { top: 0, left: 3, bottom: 1, right: 3 };
      const header: WritePlan = {
        sheets: [],
        edits: [{ sheet: '综合评估汇总', write: [{ row: 0, column: 3, value: '等次', lookLike: { row: 0, column: 2 } }, { row: 1, column: 3, value: null, lookLike: { row: 0, column: 2 } }], merge: [area] }],
      };
      await h.host.apply(header);
      const merged = await h.view();
      expect(merged.sheet('综合评估汇总').merges).toEqual([...mergesBefore, 'D1:D2']);
      expect(valuesOf(merged)[0][3]).toBe('等次');
      await h.host.apply({ sheets: [], edits: [{ sheet: '综合评估汇总', unmerge: [area], clear: [{ row: 0, column: 3, value: '等次', styled: true }, { row: 1, column: 3, value: null, styled: true }] }] });
      const back = await h.view();
      expect(back.sheet('综合评估汇总').merges).toEqual(mergesBefore);
      expect(valuesOf(back)).toEqual(valuesBefore);
      expect(back.sheet('综合评估汇总').fill('D2')).toBe(fillBefore);
    });

    it('removes PERF_RECORD once the last cells are taken back: the sheets are as before', async () => {
      const h = await host();
      const names = (v: WorkbookView) => v.sheets.map((s) => s.name);
      const before = names(await h.view());
      await h.host.apply(apply);
      expect(names(await h.view())).toEqual([...before, 'PERF_RECORD']);
      // taking back one of the two entries keeps the record with the other
      await h.host.apply({ ...undo, edits: [{ sheet: '综合评估汇总', clear: [undo.edits![0].clear![0]] }], recordDrop: [undo.recordDrop![0]] });
      const half = await h.view();
      expect(names(half)).toEqual([...before, 'PERF_RECORD']);
      expect(readRecord(half.sheets).map((e) => e.cell)).toEqual(['D1']);
      await h.host.apply({ ...undo, edits: [{ sheet: '综合评估汇总', clear: undo.edits![0].clear!.slice(1) }], recordDrop: [undo.recordDrop![1]] });
      expect(names(await h.view())).toEqual(before);
    });

    it('keeps a cell the clerk has changed since, and says so', async () => {
      const h = await host();
      await h.host.apply(apply);
      const takeBack: WritePlan = { sheets: [], edits: [{ sheet: '综合评估汇总', clear: [{ row: 2, column: 1, formula: 'ROUND(80.5,2)' }] }] };
      // the clerk types 77 over PERF's formula in B3 (played here as a clear and a write)
      await h.host.apply(takeBack);
      await h.host.apply({ sheets: [], edits: [{ sheet: '综合评估汇总', write: [{ row: 2, column: 1, value: 77 }] }] });
      const report = await h.host.apply(takeBack);
      expect(report.edited?.[0].kept).toEqual(['B3']);
      expect(valuesOf(await h.view())[2][1]).toBe(77);
    });
  });
}

type HostLike = Awaited<ReturnType<MakeHost>>['host'];
