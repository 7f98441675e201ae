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

/** The fixed words of a tie's sentence, between its names and numbers (TieSink.word's `word`): as few pieces as the sentence allows. */
export const TIE_WORDS = ['与 ', '、', ' 等 ', ' 个单位 并列第 ', ' 并列第 ', ' 名', ' 名（共 ', ' 个单位并列）'] as const;
const [OPEN, AND, MORE, MORE_PLACE, PLACE, END, END_ALL, ALL_END] = [0, 1, 2, 3, 4, 5, 6, 7];

/** Where a tie's sentence goes, piece by piece: a fixed word (its index in TIE_WORDS), a unit's name, a number. */
export interface TieSink {
  word(word: number): void;
  name(unit: number): void;
  integer(n: number): void;
}

/**
 * A tie's sentence: its place, the size of its group and the names shown (`shown` of them: of
 * units a, b and c, in order). 核对 keeps one for most units of a big sheet as pieces
 * (src/sheet/piece-column.ts); tieSentence joins them.
 */
export function tieSentenceTo(sink: TieSink, rank: number, size: number, shown: number, a: number, b: number, c: number): void {
  sink.word(OPEN);
  sink.name(a);
  if (shown > 1) {
    sink.word(AND);
    sink.name(b);
  }
  if (shown > 2) {
    sink.word(AND);
    sink.name(c);
  }
  if (size - 1 - shown > 0) {
    // 与 甲、乙、丙 等 5 个单位 并列第 3 名
    sink.word(MORE);
    sink.integer(size - 1);
    sink.word(MORE_PLACE);
  } else sink.word(PLACE);
  sink.integer(rank);
  if (size === 2) sink.word(END);
  else {
    // … 并列第 3 名（共 6 个单位并列）
    sink.word(END_ALL);
    sink.integer(size);
    sink.word(ALL_END);
  }
}

/** A sentence's pieces joined into one text (a note's sentence), the units' names given as texts. */
class Joined implements TieSink {
  private readonly parts: string[] = [];
  private names: readonly string[] = [];

  /** This sink, emptied, for units named by `names`. */
  reset(names: readonly string[]): this {
    this.parts.length = 0;
    this.names = names;
    return this;
  }
  word(word: number): void {
    this.parts.push(TIE_WORDS[word]!);
  }
  name(unit: number): void {
    this.parts.push(this.names[unit]!);
  }
  integer(n: number): void {
    this.parts.push(String(n));
  }
  text(): string {
    return this.parts.join('');
  }
}

const joined = new Joined();

/** tieSentenceTo's sentence as one text, the names shown given as texts (a, b and c: `shown` of them). */
function tieSentence(rank: number, size: number, shown: number, a: string, b: string, c: string): string {
  const sink = joined.reset([a, b, c]);
  tieSentenceTo(sink, rank, size, shown, 0, 1, 2);
  return sink.text();
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
