import { crc32 } from './crc32';
import type { ZipCodec } from './zip-codec';
import type { StoredEntry } from './zip-read';

/**
 * Writes a package's parts as a zip. A part that is still the very bytes read from the
 * file is copied as it was stored (compressed bytes, CRC-32, date), not deflated again once
 * its CRC-32 is checked: only the parts PERF wrote are compressed. Compressing a part means
 * gzipping it (the codec's or fflate's) and taking the deflate stream, CRC-32 and size
 * from the gzip member, so that no CRC is computed twice.
 */
export interface ZipPart {
  name: string;
  data: Uint8Array;
  /** How the part was stored in the file it was read from, when `data` is what was read. */
  stored?: StoredEntry;
  /** The part already compressed (part-deflater.ts): written as it is, `data` unused. */
  deflated?: DeflatedEntry;
}

/**
 * A part compressed as it was written (part-deflater.ts): its deflate stream in the pieces it was
 * made in, copied piece by piece into the zip (a 100,000-row sheet's pieces are not joined first).
 */
export interface DeflatedEntry extends Omit<StoredEntry, 'data' | 'crcChecked'> {
  pieces: readonly Uint8Array[];
}

/** An entry as writeZip lays it out: its compressed bytes in one piece or several. */
type ZipEntry = Omit<StoredEntry, 'data'> & { pieces: readonly Uint8Array[]; length: number };

function zipEntry(entry: StoredEntry | DeflatedEntry): ZipEntry {
  const pieces = 'pieces' in entry ? entry.pieces : [entry.data];
  let length = 0;
  for (const p of pieces) length += p.length;
  return { method: entry.method, crc: entry.crc, size: entry.size, dosTime: entry.dosTime, dosDate: entry.dosDate, pieces, length };
}

/**
 * Deflate level for the parts PERF writes, chosen by measurement (bench/e2e): level 6 takes 3× as
 * long for 20% smaller files; level 1 about 10% less time than level 2 for 2–5% larger ones.
 */
export const DEFLATE_LEVEL = 1;

const encoder = new TextEncoder();

/** The deflate stream, CRC-32 and size inside one gzip member. */
export function gzipMember(gz: Uint8Array): { data: Uint8Array; crc: number; size: number } {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8) throw new Error('gzip member expected');
  const flags = gz[3]!;
  let at = 10;
  if (flags & 4) at += 2 + (gz[at]! | (gz[at + 1]! << 8));
  if (flags & 8) while (gz[at++] !== 0);
  if (flags & 16) while (gz[at++] !== 0);
  if (flags & 2) at += 2;
  const end = gz.length - 8;
  return { data: gz.subarray(at, end), crc: u32(gz, end), size: u32(gz, end + 4) };
}

function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

export function dosDateTime(d: Date): { dosTime: number; dosDate: number } {
  return {
    dosTime: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    dosDate: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export async function writeZip(parts: ZipPart[], codec: ZipCodec, now = new Date()): Promise<Uint8Array> {
  const stamp = dosDateTime(now);
  const entries = await Promise.all(
    parts.map(async (p): Promise<{ name: Uint8Array; ascii: boolean; entry: ZipEntry }> => {
      const name = encoder.encode(p.name);
      const ascii = name.length === p.name.length;
      if (p.deflated) return { name, ascii, entry: zipEntry(p.deflated) };
      // a stored CRC that does not match (a hand-made zip) is not copied: the part is compressed anew;
      // one checked as the part was inflated (a released sheet) is copied without inflating it again
      if (p.stored && (p.stored.crcChecked || crc32(p.data) === p.stored.crc)) return { name, ascii, entry: zipEntry(p.stored) };
      if (p.data.length === 0) return { name, ascii, entry: zipEntry({ method: 0, crc: 0, size: 0, data: p.data, ...stamp }) };
      const member = gzipMember(await codec.gzip(p.data, DEFLATE_LEVEL));
      if (member.size !== (p.data.length >>> 0)) throw new Error(`gzip of ${p.name} has the wrong size`);
      return { name, ascii, entry: zipEntry({ method: 8, crc: member.crc, size: p.data.length, data: member.data, ...stamp }) };
    }),
  );
  let localBytes = 0;
  let centralBytes = 0;
  for (const e of entries) {
    localBytes += 30 + e.name.length + e.entry.length;
    centralBytes += 46 + e.name.length;
  }
  if (localBytes + centralBytes > 0xffffffff || entries.length > 0xffff) throw new Error('zip too large for a workbook');
  const out = new Uint8Array(localBytes + centralBytes + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let central = localBytes;
  for (const { name, ascii, entry } of entries) {
    const flags = ascii ? 0 : 0x800;
    const offset = at;
    // local file header
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, flags, true);
    view.setUint16(at + 8, entry.method, true);
    view.setUint16(at + 10, entry.dosTime, true);
    view.setUint16(at + 12, entry.dosDate, true);
    view.setUint32(at + 14, entry.crc, true);
    view.setUint32(at + 18, entry.length, true);
    view.setUint32(at + 22, entry.size, true);
    view.setUint16(at + 26, name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(name, at + 30);
    at += 30 + name.length;
    for (const piece of entry.pieces) {
      out.set(piece, at);
      at += piece.length;
    }
    // central directory entry
    view.setUint32(central, 0x02014b50, true);
    view.setUint16(central + 4, 20, true);
    view.setUint16(central + 6, 20, true);
    view.setUint16(central + 8, flags, true);
    view.setUint16(central + 10, entry.method, true);
    view.setUint16(central + 12, entry.dosTime, true);
    view.setUint16(central + 14, entry.dosDate, true);
    view.setUint32(central + 16, entry.crc, true);
    view.setUint32(central + 20, entry.length, true);
    view.setUint32(central + 24, entry.size, true);
    view.setUint16(central + 28, name.length, true);
    // extra, comment, disk, internal and external attributes: 0
    view.setUint32(central + 42, offset, true);
    out.set(name, central + 46);
    central += 46 + name.length;
  }
  view.setUint32(central, 0x06054b50, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, centralBytes, true);
  view.setUint32(central + 16, localBytes, true);
  return out;
}
