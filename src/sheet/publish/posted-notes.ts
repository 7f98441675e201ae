import type { UnitNote } from '../ranking/notes';
import type { UnitResult } from '../ranking/types';

/** "并列第N名" by N: most units of a big sheet share a place with another. */
const TIES: string[] = [];
const TIES_KEPT = 1 << 16;

/**
 * What the public reads about one unit on 排名: a veto, an exclusion, a tie, not ranked.
 * Everything else (caps, rounding, disagreements, the award arithmetic) is on 核对.
 */
function postedNote(n: UnitNote): string | null {
  switch (n.kind) {
    case 'veto':
      return '一票否决';
    case 'veto-excludes':
      return '一票否决，取消评优资格';
    case 'excluded':
      return '取消评优资格';
    case 'tie':
      return tiePlace(n.rank);
    case 'not-scored':
      return '不参加排名';
    default:
      return null;
  }
}

function tiePlace(rank: number): string {
  return rank < TIES_KEPT ? (TIES[rank] ??= `并列第${rank}名`) : `并列第${rank}名`;
}

export function postedNotes(u: UnitResult): string {
  // a tie note alone: its place, without making the note (UnitRecord makes it when its notes are read)
  const tie = u.loneTiePlace;
  if (tie !== undefined) return tiePlace(tie);
  // read once: a tie note is made when read
  const all = u.notes;
  if (all.length === 0) return '';
  if (all.length === 1) return postedNote(all[0]!) ?? '';
  const notes = all.map(postedNote).filter((n): n is string => n !== null);
  return [...new Set(notes)].join('；');
}
