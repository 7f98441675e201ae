/**
 * Column widths in the two units hosts use. OOXML's <col width> counts characters of
 * the default font's widest digit plus 5 pixels of padding; Office.js's
 * format.columnWidth is in points. For the default Calibri / 等线 11 at 96 dpi the
 * widest digit is 7 pixels, and a point is 4/3 pixel.
 */
const DIGIT_PX = 7;
const PX_PER_POINT = 96 / 72;

/** Pixels a column of this character width takes on screen (Excel's own rounding). */
export function pixelsFromCharacters(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
}

/** OOXML character width → Office.js points: 8.43 characters (stored 9.140625) → 48 points. */
export function pointsFromCharacters(width: number): number {
  return pixelsFromCharacters(width) / PX_PER_POINT;
}

/** Office.js points → OOXML character width (to 1/256 character, as Excel stores it). */
export function charactersFromPoints(points: number): number {
  const px = Math.round(points * PX_PER_POINT);
  return Math.round((px / DIGIT_PX) * 256) / 256;
}
