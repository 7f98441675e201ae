import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine/cell';
import { rankingJson } from '../../src/sheet/ranking/result-json';
import { runRanking } from '../../src/workflow/rank';

describe('a large tie', () => {
  it('2,000 units on the same score, sharing an award: every note names at most three others and the size of the group', () => {
    const values: CellValue[][] = [['单位', '总分']];
    for (let i = 1; i <= 2000; i++) values.push([`单位${i}`, 88]);
    const outcome = runRanking([{ name: '汇总', values, merges: [], perfKind: null }], { settings: { awards: '先进:10%:良好' }, now: new Date(0) });
    if (!outcome.ok) throw new Error(outcome.problems[0]!.message);
    const json = rankingJson(outcome.result);
    expect(json.units.every((u) => u.rank === 1 && u.award === '先进')).toBe(true);
    for (const u of json.units) for (const n of u.notes) expect(n.length, n).toBeLessThan(120);
    expect(json.units[0]!.notes.join()).toContain('等 1999 个单位');
    // the award list says it once, with the first ten names and the count
    const events = outcome.result.awardLines.flatMap((l) => l.events).join('\n');
    expect(events).toContain('第1名有 2000 个单位并列（单位1、单位2');
    expect(events).toContain('等 2000 个单位');
  });
});
