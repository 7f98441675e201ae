import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine/cell';
import { cellRef } from '../../src/sheet/address';
import type { SheetData } from '../../src/sheet/source-table';
import { proposeApply } from '../../src/workflow/apply';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { schemeToJson } from '../../src/engine/scheme/json';

const sheet = (values: CellValue[][], merges: SheetData['merges'] = []): SheetData => ({ name: '汇总', perfKind: null, merges, values });
const HEADER = ['单位', '指标考核(80%)', '公众评议(20%)', '总分', '等次', '排名'];

function propose(s: SheetData, settings: Record<string, string> = {}) {
  const o = proposeApply([s], { settings });
  if (!o.ok) throw new Error(o.problems.map((p) => p.message).join('\n'));
  return o.proposal;
}

describe('what 套用 proposes', () => {
  it('never proposes a cell that holds anything, whatever the clerk filled in (property)', () => {
    const filled = fc.oneof(fc.constant(null), fc.constant(''), fc.integer({ min: 0, max: 100 }), fc.constantFrom('优秀', '待定', '—'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), filled, filled, filled), { minLength: 1, maxLength: 8 }), (rows) => {
        const values: CellValue[][] = [HEADER, ...rows.map(([a, b, t, g, r], i) => [`单位${i + 1}`, a, b, t, g, r])];
        const p = propose(sheet(values));
        // '' is what a formula showing blank reads as (an empty cell reads null): it holds something
        for (const c of p.cells) {
          const v = values[c.row]?.[c.column];
          expect(v === null || v === undefined, `${cellRef(c.row, c.column)} holds ${JSON.stringify(v)}`).toBe(true);
        }
        // and every empty one of the three columns is proposed
        const empty = values.flatMap((row, r) => (r === 0 ? [] : [3, 4, 5].filter((c) => row[c] === null).map((c) => cellRef(r, c))));
        expect(p.cells.map((c) => cellRef(c.row, c.column)).sort()).toEqual(empty.sort());
      }),
      { numRuns: 60 },
    );
  });

  it('writes no rank formula when the scheme breaks ties by another column, and says why', () => {
    const s = sheet([HEADER, ['东城区', 90, 80, null, null, null], ['西城区', 80, 70, null, null, null]]);
    const scheme = { ...defaultScheme(), ranking: { method: 'competition' as const, byCategory: true, tieBreak: ['指标考核'] } };
    const o = proposeApply([s], { schemeFile: { name: '方案.json', text: schemeToJson(scheme) } });
    if (!o.ok) throw new Error(JSON.stringify(o.problems));
    expect(o.proposal.cells.filter((c) => c.kind === 'rank')).toEqual([]);
    expect(o.proposal.notes.join('\n')).toContain('总分相同时按“指标考核”排先后，普通排名公式做不到');
  });

  it('writes no grade formula for a 一票否决 written as levels (2), and says where', () => {
    const s = sheet([['单位', '指标考核(80%)', '公众评议(20%)', '一票否决', '总分', '等次'], ['东城区', 90, 80, 2, null, null]]);
    const p = propose(s);
    expect(p.cells.filter((c) => c.kind === 'grade')).toEqual([]);
    expect(p.notes.join('\n')).toContain('D2 的一票否决写的是降级数（2）');
  });

  it('leaves a cell inside a merged area alone, and says so', () => {
    const s = sheet([HEADER, ['东城区', 90, 80, null, null, null], ['西城区', 80, 70, null, null, null]], [{ top: 1, left: 4, bottom: 2, right: 4 }]);
    const p = propose(s);
    expect(p.cells.some((c) => c.row === 2 && c.column === 4)).toBe(false);
    expect(p.cells.some((c) => c.row === 1 && c.column === 4)).toBe(true);
    expect(p.notes.join('\n')).toContain('E3 在合并单元格之内');
  });

  it('does not rank a 小计 row between the units: no rank formula, with the row named', () => {
    const s = sheet([HEADER, ['东城区', 90, 80, null, null, null], ['小计', null, null, 170, null, null], ['西城区', 80, 70, null, null, null]]);
    const p = propose(s);
    expect(p.cells.filter((c) => c.kind === 'rank')).toEqual([]);
    expect(p.notes.join('\n')).toContain('第 3 行（合计、小计等）在各单位之间');
  });

  it('puts new columns right of the table, past a note the clerk keeps beside it', () => {
    const s = sheet([
      ['单位', '指标考核(80%)', '公众评议(20%)', null, '说明：评议为抽样'],
      ['东城区', 90, 80],
    ]);
    const p = propose(s);
    // D is free but E holds the note: the three columns go side by side from F
    expect(p.columns.map((c) => [c.header, c.column])).toEqual([
      ['总分', 5],
      ['等次', 6],
      ['排名', 7],
    ]);
  });

  it('writes no total where a score is typed as text, which a spreadsheet formula would not count, and leaves that unit unranked', () => {
    const s = sheet([HEADER, ['东城区', '90分', 80, null, null, null], ['西城区', 80, 70, null, null, null]]);
    const p = propose(s);
    expect(p.cells.some((c) => c.kind === 'total' && c.row === 1)).toBe(false);
    expect(p.notes.join('\n')).toContain('B2 的得分是文字（如“90分”、全角数字），表格公式不把它当数字');
    // what the formulas will show: 东城区 blank (no total), 西城区 first
    expect(p.cells.filter((c) => c.row === 1).map((c) => [c.kind, c.value])).toEqual([
      ['grade', ''],
      ['rank', ''],
    ]);
    expect(p.cells.filter((c) => c.row === 2).map((c) => [c.kind, c.value])).toEqual([
      ['total', 78],
      ['grade', '一般'],
      ['rank', 1],
    ]);
  });

  it('on a sheet of totals only, grades and ranks them, and names the empty totals it cannot compute', () => {
    const p = propose(sheet([['单位', '总分', '等次', '排名'], ['东城区', 90, null, null], ['西城区', null, null, null], ['南山县', 85.5, null, null]]));
    expect(p.cells.map((c) => [cellRef(c.row, c.column), c.value])).toEqual([
      ['C2', '优秀'],
      ['C3', ''],
      ['C4', '良好'],
      ['D2', 1],
      ['D3', ''],
      ['D4', 2],
    ]);
    expect(p.notes).toEqual(['B3 的总分为空，表中又没有带权重的得分列，PERF 无法写出总分公式：请填写总分（等次、排名公式在填写后自动计算）']);
  });
});
