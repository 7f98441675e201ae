/** CJK and full-width characters (all in the Basic Multilingual Plane) count two. */
function isWide(c: number): boolean {
  // ASCII and the other narrow scripts first: one comparison; then the CJK ideographs clerks write most
  if (c < 0x1100) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

/** Cells of each character of the plane (isWide), 0 for a high surrogate: one read a character, where the ranges took ten comparisons. */
const CELLS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CELLS[c] = c >= 0xd800 && c <= 0xdbff ? 0 : isWide(c) ? 2 : 1;

/** Width of text in character cells: CJK and full-width characters count two, any other character one. */
export function textWidth(s: string): number {
  const n = s.length;
  let w = 0;
  for (let i = 0; i < n; i++) {
    const cells = CELLS[s.charCodeAt(i)]!;
    if (cells !== 0) {
      w += cells;
      continue;
    }
    // a high surrogate: with a low one after it, one character outside the plane, one cell
    w++;
    if (i + 1 < n) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return w;
}

/**
 * textWidth of a text held as UTF-8 (bytes start..end of `bytes`, as TextEncoder writes it):
 * a character of one, two or four bytes is narrow (none of them is in a wide range), one of
 * three bytes is read and measured. No text is wider than its bytes.
 */
export function utf8Width(bytes: Uint8Array, start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; ) {
    const b = bytes[i]!;
    if (b < 0xe0 || b >= 0xf0) {
      // ASCII, a two-byte character (below U+0800) or a four-byte one (outside the plane); continuation bytes are stepped over
      i += b < 0x80 ? 1 : b < 0xe0 ? 2 : 4;
      w++;
      continue;
    }
    const c = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
    i += 3;
    // (a surrogate is never written as three bytes of UTF-8: its 0 in the table cannot be read here)
    w += CELLS[c]!;
  }
  return w;
}

/**
 * The widest of some texts in character cells (0 for none), measured only where one could be
 * wider than the widest so far (no text is wider than twice its length); stops once one reaches `cap`.
 */
export function widestText(texts: readonly string[], cap = Infinity): number {
  let widest = 0;
  for (let i = 0; i < texts.length && widest < cap; i++) {
    const t = texts[i]!;
    if (2 * t.length > widest) widest = Math.max(widest, textWidth(t));
  }
  return widest;
}

/** A column wide enough for its longest text (and a little air), within [min, max]. */
export function fitWidth(texts: readonly string[], min: number, max: number): number {
  return widthFor(widestText(texts, max - 2), min, max);
}

/** The width of a column whose widest text is `widest`, with a little air, within [min, max]. */
export function widthFor(widest: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, widest + 2));
}

/**
 * Σ width × factor over column widths, in order (what reduce would give). The widths are
 * copied into a typed list first: lists of whole and of fractional widths are two kinds of
 * list, and code optimised for one falls back on meeting the other.
 */
export function totalWidth(widths: readonly number[], factor = 1): number {
  const all = Float64Array.from(widths);
  let total = 0;
  for (let i = 0; i < all.length; i++) total += all[i]! * factor;
  return total;
}
