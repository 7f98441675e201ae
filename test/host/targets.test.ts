import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PerfSheetKind } from '../../src/sheet/source-table';
import { describeTargets, MAX_SHEET_NAME, readPerfMark, resolveTargets, type ExistingSheet } from '../../src/sheet/targets';
import { awardsSheet, fullPlan, rankingSheet } from './helpers/plans';

const plan = fullPlan();

describe('resolveTargets', () => {
  it('creates the sheets under their planned names in a workbook that has none of them', () => {
    const t = resolveTargets([{ name: '汇总', perfKind: null }], plan);
    expect(t).toEqual([
      { planned: '排名', actual: '排名', action: 'created' },
      { planned: '表彰名单', actual: '表彰名单', action: 'created' },
      { planned: '方案', actual: '方案', action: 'created' },
    ]);
  });

  it("never takes the clerk's own 排名: the plan goes to 排名(2) and the message says why", () => {
    const existing: ExistingSheet[] = [
      { name: '汇总', perfKind: null },
      { name: '排名', perfKind: null },
    ];
    const [ranking] = resolveTargets(existing, plan);
    expect(ranking).toEqual({ planned: '排名', actual: '排名(2)', action: 'created' });
    const [message] = describeTargets([ranking]);
    expect(message).toContain('已有名为“排名”的工作表');
    expect(message).toContain('没有改动它');
    expect(message).toContain('“排名(2)”');
  });

  it('skips numbered names that are taken, whatever their case', () => {
    const existing: ExistingSheet[] = [
      { name: 'Rank', perfKind: null },
      { name: 'RANK(2)', perfKind: null },
    ];
    const [t] = resolveTargets(existing, { sheets: [rankingSheet(undefined, 'rank')] });
    expect(t.actual).toBe('rank(3)');
  });

  it("replaces PERF's own sheet of the same kind, also when it is the numbered fallback from an earlier run", () => {
    const existing: ExistingSheet[] = [
      { name: '排名', perfKind: null },
      { name: '排名(2)', perfKind: 'ranking' },
      { name: '表彰名单', perfKind: 'awards' },
    ];
    const t = resolveTargets(existing, { sheets: [rankingSheet(), awardsSheet()] });
    expect(t).toEqual([
      { planned: '排名', actual: '排名(2)', action: 'replaced' },
      { planned: '表彰名单', actual: '表彰名单', action: 'replaced' },
    ]);
  });

  it("does not take PERF's sheet of another kind that happens to carry the name", () => {
    const [t] = resolveTargets([{ name: '排名', perfKind: 'awards' }], { sheets: [rankingSheet()] });
    expect(t).toEqual({ planned: '排名', actual: '排名(2)', action: 'created' });
  });

  it('keeps a numbered name within 31 characters', () => {
    const long = '很'.repeat(31);
    const [t] = resolveTargets([{ name: long, perfKind: null }], { sheets: [rankingSheet(undefined, long)] });
    expect(t.actual).toBe(`${'很'.repeat(28)}(2)`);
  });

  it('property: targets are distinct, ≤31 characters, and never a sheet PERF did not make', () => {
    const kind = fc.constantFrom<PerfSheetKind | null>(null, 'ranking', 'awards', 'scheme');
    const name = fc.constantFrom('排名', '排名(2)', '排名(3)', '表彰名单', '方案', 'RANK', 'rank(2)', '汇总');
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name, perfKind: kind }), { selector: (s) => s.name.toUpperCase() }), (existing) => {
        const targets = resolveTargets(existing, { sheets: [rankingSheet(), awardsSheet(), rankingSheet(undefined, 'rank')] });
        const actual = targets.map((t) => t.actual.toUpperCase());
        expect(new Set(actual).size).toBe(actual.length);
        for (const t of targets) {
          expect(t.actual.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
          const clash = existing.find((s) => s.name.toUpperCase() === t.actual.toUpperCase());
          if (t.action === 'created') expect(clash).toBeUndefined();
          else expect(clash?.perfKind).not.toBeNull();
        }
      }),
    );
  });
});

describe('readPerfMark', () => {
  it('reads the kind from the defined name, with or without "="', () => {
    expect(readPerfMark('"ranking"')).toBe('ranking');
    expect(readPerfMark('="awards"')).toBe('awards');
    // a kind this version does not know is still PERF's mark (a newer PERF's sheet)
    expect(readPerfMark('"something"')).toBe('unknown');
    expect(readPerfMark('"record"')).toBe('record');
    expect(readPerfMark("'汇总'!$A$1")).toBeNull();
    expect(readPerfMark(undefined)).toBeNull();
  });
});
