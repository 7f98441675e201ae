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

/** What a sentence is written into, piece by piece: a text (tieSentence), or UTF-8 (核对's explanations). */
export interface SentenceSink {
  /** The sentence's own words ("与 ", " 并列第 "): a few fixed texts. */
  words(text: string): void;
  /** A unit's name. */
  name(text: string): void;
  /** A whole number. */
  number(n: number): void;
}

/**
 * The one rule of a tie's sentence: its place, the size of its group and the names shown
 * (`shown` of them: a, b and c in order). "与 A、B、C 等 N 个单位 并列第 R 名（共 S 个单位并列）".
 */
export function tieSentenceInto(out: SentenceSink, rank: number, size: number, shown: number, a: string, b: string, c: string): void {
  out.words('与 ');
  out.name(a);
  if (shown > 1) {
    out.words('、');
    out.name(b);
  }
  if (shown > 2) {
    out.words('、');
    out.name(c);
  }
  if (size - 1 - shown > 0) {
    out.words(' 等 ');
    out.number(size - 1);
    out.words(' 个单位');
  }
  out.words(' 并列第 ');
  out.number(rank);
  out.words(' 名');
  if (size !== 2) {
    out.words('（共 ');
    out.number(size);
    out.words(' 个单位并列）');
  }
}

/** A sentence as one text. */
class TextSink implements SentenceSink {
  readonly parts: string[] = [];
  words(text: string): void {
    this.parts.push(text);
  }
  name(text: string): void {
    this.parts.push(text);
  }
  number(n: number): void {
    this.parts.push(String(n));
  }
}

/** A tie's sentence as a text (see tieSentenceInto). */
export function tieSentence(rank: number, size: number, shown: number, a: string, b: string, c: string): string {
  const out = new TextSink();
  tieSentenceInto(out, rank, size, shown, a, b, c);
  return out.parts.join('');
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
