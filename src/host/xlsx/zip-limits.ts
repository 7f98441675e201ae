/**
 * How much PERF inflates from one workbook (docs/limits.md). The largest workbook
 * PERF is meant for (about 100,000 units) holds some 50 MB of sheet XML; these admit
 * well over twice that, and stop a small file that would inflate to gigabytes
 * before it exhausts memory.
 */
export interface InflateLimits {
  /** Bytes one part (one sheet's XML, the shared strings …) may inflate to. */
  perPart: number;
  /** Bytes all parts together may inflate to. */
  total: number;
}

const MiB = 1024 * 1024;

export const INFLATE_LIMITS: InflateLimits = { perPart: 256 * MiB, total: 512 * MiB };

export function mebibytes(bytes: number): string {
  return `${Math.round((bytes / MiB) * 10) / 10} MiB`;
}
