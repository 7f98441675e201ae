/**
 * What happened to one unit on the way to its result, as data: the pane's 说明 shows the
 * steps from these, and each surface makes the Chinese sentence with noteText at the edge.
 * Amounts are strings as shown to the clerk ("89.6"); cells are addresses ("汇总!D7").
 */
export type UnitNote =
  | { kind: 'cap'; what: '扣分' | '加分'; header?: string; before: string; after: string; by: 'header' | 'scheme' }
  | { kind: 'not-scored'; reason: 'blank' | 'unreadable' | 'uncalculated' | 'adjustment' | 'too-large'; cells: string[] }
  | { kind: 'total-from-components' }
  | { kind: 'total-differs'; table: string; computed: string }
  | { kind: 'rounded'; before: string; after: string; decimals: number }
  | { kind: 'veto'; reason: string | null; from: string; to: string }
  | { kind: 'veto-excludes'; reason: string | null }
  | { kind: 'excluded'; reason: string | null }
  /** sharesAward: the tied units share an award place, and the award note tells it in full. */
  | { kind: 'tie'; rank: number; size: number; others: string[]; sharesAward?: true }
  /** A forced-distribution or award step, as the engine words it. */
  | { kind: 'distribution' | 'award'; text: string };

/** A unit with nothing to note: one shared empty list (frozen), replaced by addNote on the first note. */
export const NO_NOTES = Object.freeze([]) as unknown as UnitNote[];

/**
 * `notes` with `note` added: a unit's first note makes its own list, and so does a unit whose
 * list is shared (frozen: the units of a large tie share one, see compute.ts).
 */
export function addNote(notes: UnitNote[], note: UnitNote): UnitNote[] {
  if (notes === NO_NOTES) return [note];
  if (Object.isFrozen(notes)) return [...notes, note];
  notes.push(note);
  return notes;
}

/** Names shown in a tie note: a few, then the size of the group says the rest. */
export const TIE_NAMES_SHOWN = 3;

const NOT_SCORED: Record<Extract<UnitNote, { kind: 'not-scored' }>['reason'], (cells: string) => string> = {
  blank: (c) => `得分为空（${c}）：尚未填写，未参加排名`,
  unreadable: (c) => `得分无法识别（${c}），未参加排名`,
  uncalculated: () => '总分是未计算的公式，未参加排名',
  adjustment: () => '扣分或加分无法识别，暂不计分',
  'too-large': (c) => `得分数值过大（${c}），不是有效的分数，未参加排名`,
};

function reasonText(reason: string | null): string {
  return reason ? `（${reason}）` : '';
}

/** The notes a unit's explanation shows: a tie note is left out where the award note tells the same tie. */
export function explained(notes: readonly UnitNote[]): UnitNote[] {
  return notes.filter((n) => !(n.kind === 'tie' && n.sharesAward));
}

/** A tie sentence's pieces, joined once into one flat text (most units of a big sheet are tied, and 核对 measures each line). */
const TIE_PARTS = ['与 ', '', '', '', '', '', '', ' 并列第 ', '', ' 名', ''];
/** "（共 N 个单位并列）" by N. */
const TIE_SIZES: string[] = [];

/**
 * A tie's sentence: its place, the size of its group and the names shown (`shown` of them: a, b
 * and c in order, '' past it). TieGroups makes it without a note; tieText, from one.
 */
export function tieSentence(rank: number, size: number, shown: number, a: string, b: string, c: string): string {
  const parts = TIE_PARTS;
  parts[1] = a;
  parts[2] = shown > 1 ? '、' : '';
  parts[3] = b;
  parts[4] = shown > 2 ? '、' : '';
  parts[5] = c;
  parts[6] = size - 1 - shown > 0 ? ` 等 ${size - 1} 个单位` : '';
  parts[8] = String(rank);
  parts[10] = size === 2 ? '' : size < 1024 ? (TIE_SIZES[size] ??= `（共 ${size} 个单位并列）`) : `（共 ${size} 个单位并列）`;
  return parts.join('');
}

function tieText(n: Extract<UnitNote, { kind: 'tie' }>): string {
  const o = n.others;
  if (o.length <= 3) return tieSentence(n.rank, n.size, o.length, o[0] ?? '', o[1] ?? '', o[2] ?? '');
  // more names than a note shows: all but the last two in the first place
  return tieSentence(n.rank, n.size, o.length, o.slice(0, -2).join('、'), o[o.length - 2]!, o[o.length - 1]!);
}

/** The note as one Chinese sentence, as the printed sheet, the JSON and the pane show it. */
export function noteText(n: UnitNote): string {
  switch (n.kind) {
    case 'cap':
      return n.by === 'header'
        ? `“${n.header}” ${n.before} 分，按表头上限计 ${n.after} 分`
        : `${n.what} ${n.before} 分，按上限${n.what === '扣分' ? '扣' : '加'} ${n.after} 分`;
    case 'not-scored':
      return NOT_SCORED[n.reason](n.cells.join('、'));
    case 'total-from-components':
      return '总分按各项得分计算（表中公式未计算）';
    case 'total-differs':
      return `表中总分 ${n.table} 与计算值 ${n.computed} 不一致`;
    case 'rounded':
      return `总分 ${n.before} 按四舍五入保留 ${n.decimals} 位小数为 ${n.after}`;
    case 'veto':
      return n.from === n.to
        ? `一票否决${reasonText(n.reason)}：已是最低等次“${n.from}”`
        : `一票否决${reasonText(n.reason)}：等次由“${n.from}”降为“${n.to}”`;
    case 'veto-excludes':
      return `一票否决${reasonText(n.reason)}：取消评奖资格`;
    case 'excluded':
      return `取消评优${reasonText(n.reason)}：参加排名，不参加评奖`;
    case 'tie':
      return tieText(n);
    case 'distribution':
    case 'award':
      return n.text;
  }
}
