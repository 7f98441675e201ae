/** A unit's awards as one text, as every surface shows them: "一等奖、单项奖", '' for none (one award: its own text, no new string). */
export function awardsText(awards: readonly string[]): string {
  return awards.length === 0 ? '' : awards.length === 1 ? awards[0]! : awards.join('、');
}
