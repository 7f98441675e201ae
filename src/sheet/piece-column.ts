import type { PieceTexts } from './plan';
import { textWidth } from './text-width';

/**
 * A column of texts written as pieces, row after row in order (see PieceTexts): a row is a text
 * (row), an earlier row again (sameAs), or the pieces added between start and end. Pieces 0 to
 * n − 1 are the units' names, by unit; a word or a number becomes a piece once per column.
 */
export class PieceColumn {
  private readonly pieces: string[];
  /** Each piece's textWidth, -1 until a row uses it. */
  private pieceWidths: Float64Array;
  private ids: Int32Array;
  private idCount = 0;
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  private readonly widths: Uint16Array;
  /** The rows written so far: the next row's index. */
  count = 0;
  private width = 0;
  private readonly known = new Map<string, number>();
  /** The piece of each small integer (places and sizes of ties), -1 before its first use. */
  private readonly integers = new Int32Array(1024).fill(-1);

  /** `names`: the units' names (piece i is unit i's); `rows`: how many rows the column has; `piecesEach`: about how many pieces a row takes. */
  constructor(names: readonly string[], rows: number, piecesEach: number) {
    this.pieces = names.slice();
    this.pieceWidths = new Float64Array(names.length + 64).fill(-1);
    this.ids = new Int32Array(Math.max(16, rows * piecesEach));
    this.starts = new Uint32Array(rows);
    this.ends = new Uint32Array(rows);
    this.widths = new Uint16Array(rows);
  }

  start(): void {
    this.starts[this.count] = this.idCount;
    this.width = 0;
  }

  end(): void {
    this.widths[this.count] = Math.min(this.width, 0xffff);
    this.ends[this.count++] = this.idCount;
  }

  /** The next piece of the row. */
  add(id: number): void {
    if (this.idCount === this.ids.length) {
      const grown = new Int32Array(2 * this.ids.length);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.idCount++] = id;
    let w = this.pieceWidths[id]!;
    if (w < 0) this.pieceWidths[id] = w = textWidth(this.pieces[id]!);
    this.width += w;
  }

  /** The piece of a text (a fixed word, an explanation), made on first use. */
  piece(text: string): number {
    let id = this.known.get(text);
    if (id === undefined) {
      id = this.pieces.length;
      this.pieces.push(text);
      if (id >= this.pieceWidths.length) {
        const grown = new Float64Array(2 * this.pieceWidths.length).fill(-1);
        grown.set(this.pieceWidths);
        this.pieceWidths = grown;
      }
      this.known.set(text, id);
    }
    return id;
  }

  /** The piece of an integer's digits. */
  integer(n: number): number {
    if (n < 0 || n >= this.integers.length) return this.piece(String(n));
    const id = this.integers[n]!;
    return id >= 0 ? id : (this.integers[n] = this.piece(String(n)));
  }

  /** A row of one text. */
  row(text: string): void {
    this.start();
    if (text !== '') this.add(this.piece(text));
    this.end();
  }

  /** The next row is an earlier row again (the units past the first few of a tie say the same). */
  sameAs(row: number): void {
    this.starts[this.count] = this.starts[row]!;
    this.widths[this.count] = this.widths[row]!;
    this.ends[this.count++] = this.ends[row]!;
  }

  done(): PieceTexts {
    return { pieces: this.pieces, ids: this.ids.subarray(0, this.idCount), starts: this.starts, ends: this.ends, widths: this.widths };
  }
}

/** Row i of a column of pieces, as one text. */
export function pieceText(texts: PieceTexts, i: number): string {
  const start = texts.starts[i]!;
  const end = texts.ends[i]!;
  if (end - start === 1) return texts.pieces[texts.ids[start]!]!;
  let text = '';
  for (let k = start; k < end; k++) text += texts.pieces[texts.ids[k]!]!;
  return text;
}
