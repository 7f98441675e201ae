import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, readCell, textKey } from '../../src/engine/cell';
import { isBlankFast, normaliseTextFast, readCellFast, textKeyFast } from '../../src/engine/text-fast';

/** Characters clerks type, and the ones that NFKC, folding or trim change. */
const char = fc.constantFrom(
  'a', 'Z', '0', '9', '.', '-', '%', '(', ' ', '单', '位', '类', '分', '一', '龥',
  '９', '０', '％', '（', '）', '－', '\u2212', '\u3000', '\u00A0', '\t', '\n', '\uFEFF', '\u2002', 'ｱ', '①', '\uF900', '\u2F00', 'e\u0301',
);
const text = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(''));
const raw = fc.oneof(text, fc.constantFrom<unknown>(null, undefined, 0, -0, 90.5, NaN, Infinity, true, false, '90分', ' 87.5 ', '1,234.5', '=A1'), fc.double());

describe('plain-text fast paths beside cell.ts', () => {
  it('normalise, key, read and test for blank exactly as cell.ts does', () => {
    fc.assert(
      fc.property(raw, (v) => {
        if (typeof v === 'string') {
          expect(normaliseTextFast(v)).toBe(normaliseText(v));
          expect(textKeyFast(v)).toBe(textKey(v));
        }
        expect(readCellFast(v)).toEqual(readCell(v));
        expect(isBlankFast(v)).toBe(readCell(v).kind === 'blank');
      }),
      { seed: 5, numRuns: 5000 },
    );
  });
});
