import { explained, noteText } from './notes';
import { toExcel } from '../../engine/decimal';
import type { RankingResult } from './types';
import { awardsText } from './awards-text';

/** The command line's JSON contract: units in source order, warnings with their cells. */
export interface RankingJson {
  units: {
    name: string;
    category: string | null;
    total: number | null;
    grade: string | null;
    rank: number | null;
    award: string | null;
    awards: string[];
    excludedFromAwards: boolean;
    notes: string[];
  }[];
  warnings: { cell: string; message: string }[];
}

export function rankingJson(result: RankingResult): RankingJson {
  return {
    units: result.units.map((u) => ({
      name: u.name,
      category: result.hasCategory ? u.category : null,
      total: u.total === null ? null : toExcel(u.total),
      grade: u.grade,
      rank: u.rank,
      award: u.awards.length > 0 ? awardsText(u.awards) : null,
      awards: u.awards,
      excludedFromAwards: u.excluded,
      notes: explained(u.notes).map(noteText),
    })),
    warnings: result.warnings.map((w) => ({ cell: w.cell, message: w.message })),
  };
}
