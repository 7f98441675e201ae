import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fastPaths } from '../../src/engine/fast-paths';
import { snapshotEntries, snapshotOf, verificationCode } from '../../src/sheet/publish/snapshot';
import type { SheetData } from '../../src/sheet/source-table';
import { runRanking } from '../../src/workflow/rank';

/**
 * The 校验码 hashes the snapshot in key order. The unit entries are sorted by category and then
 * name where that is the same order: against sorting the whole keys, for names in any order and
 * categories that are prefixes of each other or hold a "/".
 */
const CATEGORIES = ['一类', '一类甲', '一', 'A', 'A/B', 'A-', '类 别'];
const NAMES = ['东城区', '东城', '西城区', 'abc', 'Abc', '单位1', '单位10', '单位2', '甲/乙', '第一'];

function sheet(rows: [string, string, number][]): SheetData {
  return {
    name: '汇总',
    values: [['序号', '单位名称', '类别', '得分(100%)'], ...rows.map(([name, category, score], i) => [i + 1, name, category, score])],
    merges: [],
    perfKind: null,
  };
}

function snapshot(sheets: SheetData[], fast: boolean) {
  fastPaths.enabled = fast;
  const o = runRanking(sheets, { now: new Date('2026-12-01T00:00:00Z') });
  if (!o.ok) return null;
  const snapshot = snapshotOf(o.result);
  return { keys: snapshotEntries(snapshot).map((e) => e.key), code: verificationCode(snapshot) };
}

describe('snapshot order', () => {
  afterEach(() => {
    fastPaths.enabled = true;
  });

  it('is the order of the whole keys, whatever the names and categories', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...CATEGORIES), fc.integer({ min: 600, max: 1000 }).map((n) => n / 10)), {
          minLength: 1,
          maxLength: 30,
          selector: ([n, c]) => `${c}\u0000${n}`,
        }),
        (rows) => {
          const sheets = [sheet(rows)];
          const fast = snapshot(sheets, true);
          const slow = snapshot(sheets, false);
          expect(fast).toEqual(slow);
          if (fast) {
            compared++;
            const units = fast.keys.filter((k) => k.startsWith('单位 '));
            expect(units).toEqual([...units].sort());
          }
        },
      ),
      { seed: 20261201, numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(100);
  });
});
