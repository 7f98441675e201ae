import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../../src/sheet/source-table';
import { mergeAt } from '../../../src/sheet/table/grid';
import { mergeIndex } from '../../../src/sheet/table/merge-index';

const merge = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

describe('merge index', () => {
  it('finds the merge mergeAt finds, overlapping merges included', () => {
    fc.assert(
      fc.property(fc.array(merge, { maxLength: 12 }), (merges) => {
        const sheet: SheetData = { name: 's', values: [], merges, perfKind: null };
        const index = mergeIndex(sheet);
        for (let row = 0; row < 18; row++) for (let col = 0; col < 11; col++) expect(index.at(row, col)).toBe(mergeAt(sheet, row, col));
      }),
      { seed: 21, numRuns: 500 },
    );
  });
});
