import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workbook } from '../fixtures/collect-build';
import { collectedCells, fixtureFiles } from './run-core';

/**
 * What the summary receives depends on what the files say, not on how they arrive:
 * shuffling their order, renaming them (around the words that name a unit or an item),
 * or adding an unrelated workbook changes no cell of the summary.
 */
const notice = () => workbook([{ name: '通知', rows: [['关于报送2025年度考评材料的通知'], ['单位', '联系人', '电话'], ['绩效办', '张三', '0438-1234567']] }]);
const affix = fc.stringMatching(/^[0-9a-z_-]{0,5}$/);

describe.each(['collect-county', 'collect-bureau', 'collect-problem-conflict'])('collecting %s', (folder) => {
  it('gives the same summary whatever the file order, the file names, or an unrelated workbook among them', async () => {
    const files = fixtureFiles(folder);
    const { cells: expected } = await collectedCells(folder, files);
    const unrelated = await notice();
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }),
        fc.array(fc.tuple(affix, affix), { minLength: files.length, maxLength: files.length }),
        fc.option(fc.nat(files.length), { nil: undefined }),
        async (order, affixes, unrelatedAt) => {
          const renamed = order.map((f, i) => ({ name: `${affixes[i]![0]}${f.name.replace(/\.xlsx$/, '')}${affixes[i]![1]}.xlsx`, bytes: f.bytes }));
          if (unrelatedAt !== undefined) renamed.splice(unrelatedAt, 0, { name: '通知.xlsx', bytes: unrelated });
          const { cells } = await collectedCells(folder, renamed);
          expect(cells).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
