import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanCell } from '../../../src/sheet/plan';
import { sheetCells } from '../../../src/sheet/plan-blocks';
import { rowHeights } from '../../../src/sheet/ranking/sheet-layout';
import { fitWidth, textWidth, utf8Width } from '../../../src/sheet/text-width';

/** The rule as first written: a regex per character. */
function reference(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom('a', '单', '９', '\uD83D\uDE00', '\uD800', '\uDC00', '\u1100', '\uFFE6', '\uA4CF', '\uA4D0'), { maxLength: 60 }).map((c) => c.join('')),
);

describe('text width and row heights', () => {
  it('measures a text held as UTF-8 as the text itself, never wider than its bytes', () => {
    fc.assert(
      fc.property(text, text, (before, s) => {
        // the text in the middle of a buffer, as a column of texts holds it
        const head = new TextEncoder().encode(before);
        const body = new TextEncoder().encode(s);
        const bytes = new Uint8Array(head.length + body.length + 3);
        bytes.set(head);
        bytes.set(body, head.length);
        const width = utf8Width(bytes, head.length, head.length + body.length);
        // a lone surrogate is written as U+FFFD: narrow, as the surrogate itself counts
        expect(width).toBe(reference(s));
        expect(width).toBeLessThanOrEqual(body.length);
      }),
      { seed: 5, numRuns: 3000 },
    );
    // 单 is three bytes and two cells; é two bytes and one; 😀 four bytes and one
    expect(utf8Width(new TextEncoder().encode('单é😀a'), 0, 10)).toBe(5);
  });

  it('counts CJK and full-width characters two, any other one, as the regex did', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(textWidth(s)).toBe(reference(s));
      }),
      { seed: 3, numRuns: 3000 },
    );
  });

  it('fits a column to its widest text as measuring every text would, within its bounds', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 }), (texts, min, span) => {
        const widest = Math.max(0, ...texts.map(reference));
        expect(fitWidth(texts, min, min + span)).toBe(Math.max(min, Math.min(min + span, widest + 2)));
      }),
      { seed: 5, numRuns: 2000 },
    );
  });

  it('gives the heights measuring every text would give', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 5 }), { maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 5, maxLength: 5 }), (rows, widths) => {
        const cells: PlanCell[][] = rows.map((r) => r.map((value) => ({ value, style: 'text' })));
        const merged = new Set([0, 3]);
        const total = widths.reduce((a, b) => a + b, 0);
        const expected: Record<number, number> = {};
        cells.forEach((row, r) => {
          let lines = 1;
          row.forEach((c, i) => {
            if (typeof c.value !== 'string' || c.value === '') return;
            const width = merged.has(r) ? total : (widths[i] ?? 10);
            lines = Math.max(lines, Math.ceil(reference(c.value) / Math.max(1, width - 1)));
          });
          if (lines > 1) expected[r] = lines * 15 + 3;
        });
        // the rows given a height, and each one's (a list with holes, read as a record)
        expect({ ...rowHeights(sheetCells({ rows: cells }), widths, merged) }).toEqual(expected);
        // the same rows from row 1 on planned as a block of columns (a missing cell: blank) measure the same
        const from = Math.min(1, cells.length);
        const blockRows = cells.slice(from);
        const width = Math.max(0, ...blockRows.map((r) => r.length));
        const block = {
          top: from,
          rowCount: blockRows.length,
          columns: Array.from({ length: width }, (_, c) => ({ style: 'text' as const, values: blockRows.map((r) => r[c]?.value ?? null) })),
        };
        const outside = cells.map((r, i) => (i < from ? r : []));
        expect({ ...rowHeights({ rows: outside, blocks: blockRows.length ? [block] : [], rowCount: cells.length }, widths, merged) }).toEqual(expected);
      }),
      { seed: 4, numRuns: 1000 },
    );
  });
});
