import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callsPerf, holdsInternalName, perfFormulaText } from '../../src/taskpane/excel/formulas/perf-formula';
import { stuckPerfFormulas } from '../../src/taskpane/excel/formulas/name-repair';
import { enableDecision, recordedFormulas } from '../../src/taskpane/excel/formulas/enable-plan';
import { valuesCopyName } from '../../src/taskpane/excel/formulas/values-copy';

describe('PERF formula text', () => {
  it('turns Excel’s internal name back into the PERF function, leaving text and sheet names alone', () => {
    expect(perfFormulaText('=_xldudf_PERF_GRADE(D7)')).toBe('=PERF.GRADE(D7)');
    expect(perfFormulaText('_xldudf_perf_rank(E5,$E$5:$E$16)')).toBe('=PERF.RANK(E5,$E$5:$E$16)');
    expect(perfFormulaText('=IF(A1="",  "", _xldudf_PERF_TOTAL(B2:C2, B$1:C$1))')).toBe('=IF(A1="",  "", PERF.TOTAL(B2:C2, B$1:C$1))');
    // a string constant and a quoted sheet name that merely look like the internal name
    expect(perfFormulaText('="_xldudf_PERF_GRADE(1)"&\'_xldudf_PERF_X(\'!A1')).toBe('="_xldudf_PERF_GRADE(1)"&\'_xldudf_PERF_X(\'!A1');
    expect(perfFormulaText('=PERF.GRADE(D7)')).toBe('=PERF.GRADE(D7)');
  });

  it('knows a PERF call from text that mentions PERF', () => {
    expect(callsPerf('=PERF.GRADE(D7)')).toBe(true);
    expect(callsPerf('=perf.grade (D7)')).toBe(true);
    expect(callsPerf('=_xldudf_PERF_GRADE(D7)')).toBe(true);
    expect(callsPerf('="PERF.GRADE(D7)"')).toBe(false);
    expect(callsPerf('=MYPERF.GRADE(D7)')).toBe(false);
    expect(callsPerf('=SUMM(D7)')).toBe(false);
    expect(holdsInternalName('=PERF.GRADE(D7)')).toBe(false);
    expect(holdsInternalName("='_xldudf_PERF_A('!B1")).toBe(false);
  });

  it('leaves any formula without the internal name exactly as it was (property)', () => {
    fc.assert(
      fc.property(fc.string(), (body) => {
        fc.pre(!/_xldudf_/i.test(body));
        expect(perfFormulaText(`=${body}`)).toBe(`=${body}`);
      }),
    );
  });
});

describe('修复 #NAME?: which cells', () => {
  it('PERF formulas stuck at #NAME? or stored under the internal name; a clerk’s typo and other errors are left alone', () => {
    const found = stuckPerfFormulas({
      top: 4,
      left: 1,
      formulas: [
        ['=PERF.GRADE(D5)', '=_xldudf_PERF_GRADE(D6)', '=SUMM(D5)', 90],
        ['=PERF.GRADE(D7)', '=PERF.RANK(D7,D:D)', '="PERF.GRADE(1)"', ''],
      ],
      values: [
        ['#NAME?', '良好', '#NAME?', 90],
        ['优', '#VALUE!', '#NAME?', ''],
      ],
    });
    expect(found).toEqual([
      { row: 4, col: 1, formula: '=PERF.GRADE(D5)' },
      { row: 4, col: 2, formula: '=PERF.GRADE(D6)' },
    ]);
  });
});

describe('启用公式: what may be entered', () => {
  const [entry] = recordedFormulas([{ sheet: '汇总', cell: 'G5', what: 'formula', formula: 'PERF.GRADE(F5)', value: '良好' }]);
  const [spill] = recordedFormulas([{ sheet: '汇总', cell: 'H5:H7', what: 'formula', formula: 'PERF.RANKS(F5:F7)' }]);

  it('reads only the record’s formula entries, with "=" and the PERF name', () => {
    const all = recordedFormulas([
      { sheet: '汇总', cell: '$G$5', what: 'formula', formula: '_xldudf_PERF_GRADE(F5)' },
      { sheet: '汇总', cell: 'B5', what: 'filled', value: 3 },
      { sheet: '汇总', cell: 'not a cell', what: 'formula', formula: 'PERF.GRADE(F5)' },
    ]);
    expect(all).toEqual([{ sheet: '汇总', range: { top: 4, left: 6, bottom: 4, right: 6 }, formula: '=PERF.GRADE(F5)' }]);
  });

  it('enters it into an empty cell, over the value PERF wrote, or over the same formula stuck at #NAME?', () => {
    expect(enableDecision(entry!, { formulas: [['']], values: [['']] })).toEqual({ enter: true });
    expect(enableDecision(entry!, { formulas: [['良好']], values: [['良好']] })).toEqual({ enter: true });
    expect(enableDecision(entry!, { formulas: [['=_xldudf_PERF_GRADE(F5)']], values: [['#NAME?']] })).toEqual({ enter: true });
    expect(enableDecision(entry!, { formulas: [['=perf.grade( F5 )']], values: [['#NAME?']] })).toEqual({ enter: true });
  });

  it('never over what the clerk typed or another formula, and says so naming the cell', () => {
    const typed = enableDecision(entry!, { formulas: [['优']], values: [['优']] });
    expect(typed).toEqual({ enter: false, message: '汇总!G5 已有内容“优”（不是 PERF 写入的值），未改动。如需启用公式，请先清空该单元格。' });
    const other = enableDecision(entry!, { formulas: [['=PERF.GRADE(E5)']], values: [['一般']] });
    expect(other.enter).toBe(false);
    expect(other.enter ? '' : other.message).toContain('汇总!G5 已有公式“=PERF.GRADE(E5)”');
  });

  it('a spilling entry needs the rest of its range empty (or already its own spill)', () => {
    expect(enableDecision(spill!, { formulas: [[''], [''], ['']], values: [[''], [''], ['']] })).toEqual({ enter: true });
    expect(enableDecision(spill!, { formulas: [['=PERF.RANKS(F5:F7)'], [2], [3]], values: [[1], [2], [3]] })).toEqual({ enter: true });
    const blocked = enableDecision(spill!, { formulas: [[''], ['x'], ['']], values: [[''], ['x'], ['']] });
    expect(blocked.enter ? '' : blocked.message).toContain('汇总!H6 不是空的（“x”）');
  });
});

describe('转为数值: the copy’s name', () => {
  it('adds （数值）, numbers it when taken (without regard to case), and keeps to 31 characters', () => {
    expect(valuesCopyName('排名', ['排名', '汇总'])).toBe('排名（数值）');
    expect(valuesCopyName('排名', ['排名', '排名（数值）'])).toBe('排名（数值）(2)');
    expect(valuesCopyName('Rank', ['RANK（数值）', 'rank（数值）(2)'])).toBe('Rank（数值）(3)');
    const long = 'x'.repeat(31);
    expect(valuesCopyName(long, [long]).length).toBeLessThanOrEqual(31);
    expect(valuesCopyName(long, [long])).toMatch(/（数值）$/);
    expect(valuesCopyName(long, [long, valuesCopyName(long, [long])])).toBe(`${'x'.repeat(24)}（数值）(2)`);
  });
});
