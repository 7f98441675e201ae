import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteText } from '../../../src/sheet/ranking/notes';
import { TieGroups } from '../../../src/sheet/ranking/tie-groups';
import { PieceColumn, pieceText } from '../../../src/sheet/piece-column';
import { textWidth } from '../../../src/sheet/text-width';

/**
 * 核对 explains a unit whose only note is its tie with TieGroups.sentenceInto: a row of pieces,
 * made without the note. It must read as the sentence the note gives (noteText), with its width,
 * for every unit of every group.
 */
function groups(names: string[], order: number[], sizes: number[], firstRank = 1): TieGroups {
  const ties = new TieGroups(names.length, order, names);
  let at = 0;
  let rank = firstRank;
  for (const size of sizes) {
    ties.add(at, at + size, rank);
    at += size;
    rank += size;
  }
  return ties;
}

/** Each unit's row of 核对 as written in table order: its text, or null when nothing was written. */
function explained(ties: TieGroups, names: string[]): { text: string | null; width: number | null }[] {
  const column = new PieceColumn(names, names.length, 4);
  const rows = names.map((_, i) => (ties.sentenceInto(i, column) ? column.count - 1 : -1));
  const texts = column.done();
  return rows.map((r) => (r < 0 ? { text: null, width: null } : { text: pieceText(texts, r), width: texts.widths[r]! }));
}

describe('a lone tie explained without its note', () => {
  it('reads as worked by hand: the first names but its own, then how many', () => {
    const names = ['甲局', '乙局', '丙局', '丁局', '戊局', '己局', '庚局', '辛局'];
    // 乙局 and 甲局 tie for 1st (in that order); 丙局 … 庚局, five of them, for 3rd; 辛局 is alone
    const rows = explained(groups(names, [1, 0, 2, 3, 4, 5, 6, 7], [2, 5]), names).map((r) => r.text);
    expect(rows[1]).toBe('与 甲局 并列第 1 名');
    expect(rows[0]).toBe('与 乙局 并列第 1 名');
    expect(rows[3]).toBe('与 丙局、戊局、己局 等 4 个单位 并列第 3 名（共 5 个单位并列）');
    // past the first three, all name the first three
    expect(rows[5]).toBe('与 丙局、丁局、戊局 等 4 个单位 并列第 3 名（共 5 个单位并列）');
    expect(rows[6]).toBe('与 丙局、丁局、戊局 等 4 个单位 并列第 3 名（共 5 个单位并列）');
    expect(rows[7]).toBeNull();
  });

  it('is noteText of the note, with its width, for every unit of groups of any size, and nothing for a unit in none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2, max: 9 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer(),
        (sizes, loose, firstRank, seed) => {
          const n = sizes.reduce((a, b) => a + b, 0) + loose;
          const names = Array.from({ length: n }, (_, i) => `单位${(i * 7919 + seed) % 100003}`);
          // a shuffled order: groups are runs of the order, not of the table
          const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => ((a * 31 + seed) % 97) - ((b * 31 + seed) % 97) || a - b);
          const ties = groups(names, order, sizes, firstRank);
          const grouped = new Set(order.slice(0, n - loose));
          const rows = explained(ties, names);
          for (let i = 0; i < n; i++) {
            if (!grouped.has(i)) {
              expect(rows[i]!.text).toBeNull();
              continue;
            }
            const sentence = noteText(ties.noteOf(i));
            expect(rows[i]).toEqual({ text: sentence, width: textWidth(sentence) });
          }
        },
      ),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it('names more than three others, when a note holds them, all in order', () => {
    const note = { kind: 'tie', rank: 4, size: 9, others: ['甲', '乙', '丙', '丁', '戊'] } as const;
    expect(noteText({ ...note, others: [...note.others] })).toBe('与 甲、乙、丙、丁、戊 等 8 个单位 并列第 4 名（共 9 个单位并列）');
  });
});
