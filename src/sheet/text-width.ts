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

/** Width of text in character cells: CJK and full-width characters count two, any other character one. */
export function textWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a surrogate pair is one character outside the plane: one cell
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

/** A column wide enough for its longest text (and a little air), within [min, max]. */
export function fitWidth(texts: readonly string[], min: number, max: number): number {
  let widest = 0;
  // no text is wider than twice its length, and none wider than the cap matters: most are not measured
  for (let i = 0; i < texts.length && widest + 2 < max; i++) {
    const t = texts[i]!;
    if (2 * t.length > widest) widest = Math.max(widest, textWidth(t));
  }
  return Math.max(min, Math.min(max, widest + 2));
}
