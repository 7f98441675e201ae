import { unzipSync } from 'fflate';

/**
 * When a workbook was last saved: docProps/core.xml's dcterms:modified (Excel and WPS write
 * it on every save), else the newest time stamp of its zip entries, else null.
 */
export function savedTime(bytes: Uint8Array): { at: Date; from: 'core' | 'zip' } | null {
  const core = coreModified(bytes);
  if (core) return { at: core, from: 'core' };
  const zip = newestEntryTime(bytes);
  return zip ? { at: zip, from: 'zip' } : null;
}

function coreModified(bytes: Uint8Array): Date | null {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => f.name.toLowerCase() === 'docprops/core.xml' && f.originalSize < 1_000_000 });
  } catch {
    return null;
  }
  const part = Object.values(parts)[0];
  if (!part) return null;
  const m = /<dcterms:modified[^>]*>([^<]+)<\/dcterms:modified>/.exec(new TextDecoder().decode(part));
  if (!m) return null;
  const at = new Date(m[1]!.trim());
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The newest DOS time stamp in the zip's central directory (local time, as zip stores it). */
function newestEntryTime(b: Uint8Array): Date | null {
  const u16 = (i: number) => b[i]! | (b[i + 1]! << 8);
  const u32 = (i: number) => (u16(i) | (u16(i + 2) << 16)) >>> 0;
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let at = u32(eocd + 16);
  const count = u16(eocd + 10);
  let newest: Date | null = null;
  for (let n = 0; n < count && at + 46 <= b.length && u32(at) === 0x02014b50; n++) {
    const time = u16(at + 12);
    const date = u16(at + 14);
    const d = new Date(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2);
    if (!Number.isNaN(d.getTime()) && (!newest || d > newest)) newest = d;
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return newest;
}

/** "2026-01-05 16:00" in the clerk's local time. */
export function timeText(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
