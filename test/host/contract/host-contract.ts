import { beforeAll, describe, expect, it } from 'vitest';
import { chooseSummarySheet } from '../../../src/sheet/table';
import type { WritePlan } from '../../../src/sheet/plan';
import { pointsFromCharacters } from '../../../src/sheet/write/column-width';
import { readRecord, RECORD_SHEET } from '../../../src/sheet/write/record';
import { sheetCells } from '../../../src/sheet/plan-blocks';
import { awardsSheet, compactRankingSheet, fullPlan, planValues, rankingSheet, schemeSheet, trimValues } from '../helpers/plans';
import { clerkWorkbook, withChart, withSheetMark } from '../helpers/workbooks';
import { describeEditContract } from './edit-contract';
import { featurePlan, featureSheet, handedOverSheet } from './feature-plans';
import type { MakeHost, WorkbookView } from './view';

/**
 * The write plans every host must apply alike, asserted through the host-independent
 * view. Run it for each host: describeHostContract('.xlsx', makeXlsxHost).
 */
export function describeHostContract(name: string, makeHost: MakeHost): void {
  describeEditContract(name, makeHost);
  let clerk: Uint8Array;
  beforeAll(async () => {
    clerk = withChart(await clerkWorkbook());
  });

  async function applied(...plans: WritePlan[]) {
    const h = await makeHost(clerk);
    const reports = [];
    for (const p of plans) reports.push(await h.host.apply(p));
    return { view: await h.view(), reports, host: h.host };
  }

  const values = (view: WorkbookView, sheet: string) => trimValues(view.sheets.find((s) => s.name === sheet)!.values);

  describe(`${name} host: the ranking, awards and scheme sheets`, () => {
    let view: WorkbookView;
    beforeAll(async () => {
      ({ view } = await applied(fullPlan()));
    });

    it("keeps the clerk's sheets first and adds PERF's, marked, under free names", () => {
      expect(view.sheets.map((s) => [s.name, s.perfKind])).toEqual([
        ['汇总', null],
        ['排名', null],
        ['Data', null],
        ['排名(2)', 'ranking'],
        ['表彰名单', 'awards'],
        ['方案', 'scheme'],
      ]);
    });

    it('writes the planned values and merges', () => {
      expect(values(view, '排名(2)')).toEqual(planValues(rankingSheet()));
      expect(values(view, '表彰名单')).toEqual(planValues(awardsSheet()));
      expect(values(view, '方案')).toEqual(planValues(schemeSheet()));
      expect(view.sheet('排名(2)').merges).toEqual(['A1:E1', 'A9:E9']);
    });

    it('freezes the header and sets up printing', () => {
      const s = view.sheet('排名(2)');
      expect(s.freeze).toEqual({ rows: 3, columns: 0 });
      expect(s.print).toEqual({ orientation: 'landscape', scale: null, fitToWidth: true, repeatRows: '$3:$3', rowBreaks: [] });
      expect(view.sheet('表彰名单').print.repeatRows).toBe('$1:$2');
      expect(s.bold('A1')).toBe(true);
      expect(s.fill('B3')).toBe('#D9E1F2');
    });

    it('sizes columns and rows: widths in points, the title row high enough for its font', () => {
      const s = view.sheet('排名(2)');
      // 20 characters of the default font = 140 pixels = 105 points
      expect(s.columnWidthPoints(1)).toBe(105);
      expect(s.columnWidthPoints(0)).toBe(pointsFromCharacters(8));
      expect(s.rowHeight(0)).toBe(28);
      expect(s.rowHeight(3)).toBeNull();
    });

    it("defines the plan's names and keeps the clerk's", () => {
      expect(view.names).toContainEqual({ name: '等次表', sheet: null, formula: "'方案'!$A$2:$B$5" });
      expect(view.names).toContainEqual({ name: '总分区域', sheet: null, formula: "'汇总'!$E$3:$E$6" });
    });
  });

  describe(`${name} host: a sheet planned as blocks`, () => {
    it('reads back as the same sheet planned cell by cell: values, merges, looks, formats and heights', async () => {
      const compact = compactRankingSheet();
      const cells = compactRankingSheet();
      // read as rows, it is planned cell by cell from here on
      expect(cells.rows[3]![2]).toEqual({ value: 94.6, style: 'number', numFmt: '0.0' });
      expect(cells.rows[6]![2]).toEqual({ value: null, style: 'integer', numFmt: '0.00' });
      expect(sheetCells(cells).blocks).toEqual([]);
      const [a, b] = await Promise.all([applied({ sheets: [compact] }), applied({ sheets: [cells] })]);
      const look = (view: WorkbookView) => {
        const s = view.sheet('排名(2)');
        const refs = ['A', 'B', 'C', 'D', 'E'].flatMap((c) => Array.from({ length: 9 }, (_, r) => `${c}${r + 1}`));
        return {
          values: values(view, '排名(2)'),
          merges: s.merges,
          looks: refs.map((ref) => [ref, s.fill(ref), s.bold(ref), s.locked(ref), s.numFmt(ref)]),
          heights: Array.from({ length: 9 }, (_, r) => s.rowHeight(r)),
        };
      };
      expect(look(a.view)).toEqual(look(b.view));
      expect(look(a.view).values[3]).toEqual([1, '北湖县', 94.6, '优秀']);
      expect(a.view.sheet('排名(2)').numFmt('C3')).toBe('General');
      expect(a.view.sheet('排名(2)').numFmt('C4')).toBe('0.0');
      expect(a.view.sheet('排名(2)').numFmt('C5')).toBe('0.00');
    });
  });

  describe(`${name} host: formulas, validation, conditional formats, protection, print scale and breaks`, () => {
    let view: WorkbookView;
    beforeAll(async () => {
      ({ view } = await applied(featurePlan()));
    });

    it('writes native formulas, with the cached result where the plan gives one', () => {
      const s = view.sheet('考评表');
      expect(s.formula('D4')).toBe('B4+C4');
      expect(s.formula('D5')).toBe('B5+C5');
      expect(s.formula('D7')).toBe('RANK.EQ(D4,$D$4:$D$6)');
      expect(s.formula('E7')).toBe('IF(TRUE,"“合计”按 ""得分+加分""","")');
      expect(s.formula('A4')).toBeNull();
      const rows = view.sheets.find((x) => x.name === '考评表')!.values;
      expect(rows[3][3]).toBe(92);
      expect(rows[6][1]).toBeCloseTo(82.3333, 3);
      expect(rows[6][4]).toBe('“合计”按 "得分+加分"');
    });

    it('gives input cells their own look, unlocked, and keeps computed cells locked', () => {
      const s = view.sheet('考评表');
      expect(s.fill('B4')).toBe('#FFF2CC');
      expect(s.locked('B4')).toBe(false);
      expect(s.locked('E5')).toBe(false);
      expect(s.fill('D4')).not.toBe(s.fill('B4'));
      expect(s.locked('D4')).toBe(true);
      expect(s.locked('A4')).toBe(true);
      expect(s.protection).toEqual({ protected: true, password: false });
    });

    it('adds the status drop-down with its Chinese error', () => {
      expect(view.sheet('考评表').validations).toEqual([{ range: 'E4:E6', values: ['绿', '黄', '红'], error: '状态只能选“绿”“黄”“红”之一，请从下拉列表中选择。' }]);
    });

    it('adds the three-colour rules in priority order', () => {
      expect(view.sheet('考评表').conditionalFormats).toEqual([
        { range: 'E4:E6', type: 'cellValue', operator: 'equal', formulas: ['"红"'], fill: '#FFC7CE' },
        { range: 'E4:E6', type: 'cellValue', operator: 'equal', formulas: ['"黄"'], fill: '#FFEB9C' },
        { range: 'A4:A6', type: 'formula', formulas: ['$E4="绿"'], fill: '#C6EFCE' },
        { range: 'D4:D6', type: 'cellValue', operator: 'between', formulas: ['60', '80'], fill: '#FFEB9C' },
      ]);
    });

    it('prints at the planned scale with a break above row 6', () => {
      const s = view.sheet('考评表');
      expect(s.print).toMatchObject({ scale: 85, fitToWidth: false, rowBreaks: [5] });
      expect(s.freeze).toEqual({ rows: 3, columns: 1 });
    });

    it('protects with a password only when one is given', async () => {
      const { view: v } = await applied({ sheets: [{ ...featureSheet(), protection: { password: 'perf2025' } }] });
      expect(v.sheet('考评表').protection).toEqual({ protected: true, password: true });
    });

    it('refuses a PERF function in a file formula, in Chinese', async () => {
      const sheet = featureSheet();
      sheet.rows[3][3] = { value: null, formula: 'PERF.GRADE(B4)' };
      const h = await makeHost(clerk);
      await expect(h.host.apply({ sheets: [rankingSheet(), sheet] })).rejects.toThrow(/D4 的公式“=PERF\.GRADE\(B4\)”用了 PERF 函数/);
      // nothing of the refused plan was written, not even its first sheet
      expect((await h.view()).sheets.map((s) => s.name)).toEqual(['汇总', '排名', 'Data']);
    });
  });

  describe(`${name} host: sheets PERF writes but does not own`, () => {
    it('get no mark, are read like the clerk\'s, and a later run writes 综合评估汇总(2) beside them', async () => {
      const { view, reports } = await applied({ sheets: [handedOverSheet()] }, { sheets: [handedOverSheet(undefined, '第二次')] });
      const handed = view.sheets.filter((s) => s.name.startsWith('综合评估汇总'));
      expect(handed.map((s) => [s.name, s.perfKind])).toEqual([
        ['综合评估汇总', null],
        ['综合评估汇总(2)', null],
      ]);
      expect(handed[0].values[1][2]).toBe('第一次');
      expect(handed[1].values[1][2]).toBe('第二次');
      expect(reports[1].written).toEqual([{ planned: '综合评估汇总', actual: '综合评估汇总(2)', action: 'created' }]);
      expect(view.names.filter((n) => n.sheet?.startsWith('综合评估汇总') && n.name === 'PERF_SHEET')).toEqual([]);
    });

    it('are offered as the summary, unlike PERF-owned sheets', async () => {
      const { view } = await applied({ sheets: [{ ...handedOverSheet(), rows: [[{ value: '单位' }, { value: '总分' }], [{ value: '东城区' }, { value: 90 }]] }] });
      const only = view.sheets.filter((s) => s.name === '综合评估汇总');
      expect(chooseSummarySheet(only).sheet.name).toBe('综合评估汇总');
    });
  });

  describe(`${name} host: a sheet carrying a mark this version does not know`, () => {
    it('is PERF\'s (kind unknown): never replaced, never chosen as the summary', async () => {
      const marked = withSheetMark(clerk, 2, 'future');
      const h = await makeHost(marked);
      const before = await h.host.readSheets();
      expect(before.map((s) => s.perfKind)).toEqual([null, null, 'unknown']);
      expect(chooseSummarySheet(before).sheet.name).toBe('汇总');
      const report = await h.host.apply({ sheets: [{ ...rankingSheet(), name: 'Data' }] });
      expect(report.written).toEqual([{ planned: 'Data', actual: 'Data(2)', action: 'created' }]);
      const view = await h.view();
      expect(values(view, 'Data')).toEqual([['R&D <notes> "quoted"'], [3.14159]]);
    });
  });

  describe(`${name} host: the record of what PERF wrote into sheets it does not own`, () => {
    it('is a very hidden PERF sheet, read back entry for entry, merged with the record already there', async () => {
      const first = {
        sheets: [handedOverSheet()],
        record: [
          { sheet: '综合评估汇总', cell: 'B2', what: 'added' as const, value: 90, source: '模板：县区考评' },
          { sheet: '汇总', cell: 'E3', what: 'formula' as const, formula: 'PERF.WEIGHTED(B3:C3,B$2:C$2)', value: 90.7 },
        ],
      };
      const second = {
        sheets: [handedOverSheet()],
        record: [
          { sheet: '综合评估汇总', cell: 'B2', what: 'filled' as const, value: '九十', source: '收集：东城区.xlsx' },
          { sheet: '汇总', cell: 'E3', what: 'formula' as const, formula: 'PERF.WEIGHTED(B3:D3,B$2:D$2)' },
        ],
      };
      const { view, reports } = await applied(first, second);
      const record = view.sheets.find((s) => s.name === RECORD_SHEET)!;
      expect(record.perfKind).toBe('record');
      expect(view.sheet(RECORD_SHEET).visibility).toBe('veryHidden');
      expect(readRecord(view.sheets)).toEqual([
        { sheet: '综合评估汇总', cell: 'B2', what: 'added', value: 90, source: '模板：县区考评' },
        { sheet: '汇总', cell: 'E3', what: 'formula', formula: 'PERF.WEIGHTED(B3:D3,B$2:D$2)' },
        // the second run's handed-over sheet went to 综合评估汇总(2): its entry names it so
        { sheet: '综合评估汇总(2)', cell: 'B2', what: 'filled', value: '九十', source: '收集：东城区.xlsx' },
      ]);
      expect(reports[1].written.map((w) => [w.actual, w.action])).toEqual([
        ['综合评估汇总(2)', 'created'],
        [RECORD_SHEET, 'replaced'],
      ]);
      expect(view.sheets.filter((s) => s.perfKind === 'record')).toHaveLength(1);
    });
  });
}
