import { Inflate, inflateSync } from 'fflate';
import { invalid } from '../../engine/errors';
import type { ZipCodec } from './zip-codec';
import { INFLATE_LIMITS, mebibytes, type InflateLimits } from './zip-limits';
import { joinedBytes } from '../joined-bytes';

/**
 * Unzip with a running count of inflated bytes. The sizes a zip declares can lie, so
 * the count is taken while inflating: compressed data goes in in small slices (deflate
 * expands a slice at most ~1032 times) and inflation stops as soon as a limit is passed.
 * Entries are found through the central directory, as Excel and every zip reader do.
 */
export interface InflateOptions {
  limits?: InflateLimits;
  /** Called after each `yieldEvery` compressed bytes, so a browser page stays responsive. */
  pause?: () => Promise<void>;
  /** A faster inflater the host has (the command line: Node's zlib); fflate's otherwise. */
  codec?: ZipCodec;
  /** The parts to inflate, by name as stored; the others are left out (a look at a few small parts of a large file). */
  only?: (name: string) => boolean;
}

/** An entry as the zip stores it: what a writer needs to copy it unchanged, without inflating and deflating it again. */
export interface StoredEntry {
  method: number;
  crc: number;
  size: number;
  /** The compressed bytes (a view into the file that was read). */
  data: Uint8Array;
  dosTime: number;
  dosDate: number;
  /** The part's inflated bytes were found to have `crc` when read (by the host's inflater): a writer need not compute it again. */
  crcChecked?: boolean;
}

const SLICE = 16 * 1024;
const YIELD_EVERY = 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
  crc: number;
  size: number;
  dosTime: number;
  dosDate: number;
}

class ZipFormatError extends Error {}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 2 ** 32;
}

function need(b: Uint8Array, end: number): void {
  if (end > b.length) throw new ZipFormatError('压缩包的目录超出了文件末尾，文件不完整');
}

function endOfCentralDirectory(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === 0x06054b50) return i;
  }
  throw new ZipFormatError('找不到压缩包的目录（不是 zip 文件，或文件不完整）');
}

function readEntries(b: Uint8Array): Entry[] {
  const eocd = endOfCentralDirectory(b);
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === 0x07064b50) {
    const z = u64(b, eocd - 12);
    need(b, z + 56);
    if (u32(b, z) !== 0x06064b50) throw new ZipFormatError('压缩包的 ZIP64 目录已损坏');
    count = u64(b, z + 32);
    offset = u64(b, z + 48);
  }
  const entries: Entry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    need(b, p + 46);
    if (u32(b, p) !== 0x02014b50) throw new ZipFormatError('压缩包的目录已损坏');
    const flags = u16(b, p + 8);
    const nameLength = u16(b, p + 28);
    const extraLength = u16(b, p + 30);
    const commentLength = u16(b, p + 32);
    need(b, p + 46 + nameLength + extraLength);
    const nameBytes = b.subarray(p + 46, p + 46 + nameLength);
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    let localOffset = u32(b, p + 42);
    // ZIP64: the 32-bit fields that overflowed follow in this order in extra field 0x0001
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; e += 4 + u16(b, e + 2)) {
      if (u16(b, e) !== 0x0001) continue;
      let q = e + 4;
      if (size === 0xffffffff) (size = u64(b, q)), (q += 8);
      if (compressedSize === 0xffffffff) (compressedSize = u64(b, q)), (q += 8);
      if (localOffset === 0xffffffff) localOffset = u64(b, q);
    }
    entries.push({ name, method: u16(b, p + 10), compressedSize, localOffset, crc: u32(b, p + 16), size, dosTime: u16(b, p + 12), dosDate: u16(b, p + 14) });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function tooLarge(what: string, limit: number): Error {
  return invalid(
    `${what}解压后超过 ${mebibytes(limit)}，超出了 PERF 能读取的上限（见 docs/limits.md）。` +
      '这样大的内容通常来自损坏的文件，或工作表中有大量空白但带格式的行和列。' +
      '请在 Excel 中打开该文件，删除用不到的行和列（或把需要的数据复制到新工作簿）后另存，再重新选择。',
  );
}

/** Every part of the zip, inflated within the limits; throws PerfError when a limit is passed. */
export async function inflateWithin(bytes: Uint8Array, options: InflateOptions = {}): Promise<Record<string, Uint8Array>> {
  return (await inflateEntries(bytes, options)).parts;
}

/** Every part inflated within the limits, and each entry as stored, to be copied unchanged when its part is. */
export async function inflateEntries(
  bytes: Uint8Array,
  options: InflateOptions = {},
): Promise<{ parts: Record<string, Uint8Array>; stored: Map<string, StoredEntry> }> {
  const limits = options.limits ?? INFLATE_LIMITS;
  const out: Record<string, Uint8Array> = {};
  const stored = new Map<string, StoredEntry>();
  const inflateRaw = options.codec?.inflateRaw;
  let total = 0;
  let sinceYield = 0;
  for (const entry of readEntries(bytes)) {
    if (options.only && !options.only(entry.name)) continue;
    need(bytes, entry.localOffset + 30);
    if (u32(bytes, entry.localOffset) !== 0x04034b50) throw new ZipFormatError(`部件 ${entry.name} 的文件头已损坏`);
    const start = entry.localOffset + 30 + u16(bytes, entry.localOffset + 26) + u16(bytes, entry.localOffset + 28);
    const end = start + entry.compressedSize;
    need(bytes, end);
    const chunks: Uint8Array[] = [];
    let size = 0;
    let crcChecked = false;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      total += chunk.length;
      if (size > limits.perPart) throw tooLarge(`工作簿中的部件 ${entry.name} `, limits.perPart);
      if (total > limits.total) throw tooLarge('工作簿的全部部件合计', limits.total);
      chunks.push(chunk);
    };
    if (entry.method === 0) {
      take(bytes.slice(start, end));
    } else if (entry.method === 8 && inflateRaw) {
      // the host's inflater stops at the room left; past it, the same messages as below
      const room = Math.min(limits.perPart, limits.total - total);
      const got = inflateRaw(bytes.subarray(start, end), Math.max(room, 1), { size: entry.size, crc: entry.crc });
      if (got === null || got.data.length > room) {
        throw room === limits.perPart ? tooLarge(`工作簿中的部件 ${entry.name} `, limits.perPart) : tooLarge('工作簿的全部部件合计', limits.total);
      }
      take(got.data);
      crcChecked = got.crcChecked;
    } else if (entry.method === 8) {
      const inflate = new Inflate((chunk) => take(chunk));
      if (start === end) inflate.push(new Uint8Array(0), true);
      for (let at = start; at < end; at += SLICE) {
        const stop = Math.min(at + SLICE, end);
        inflate.push(bytes.subarray(at, stop), stop === end);
        sinceYield += stop - at;
        if (options.pause && sinceYield >= YIELD_EVERY) {
          sinceYield = 0;
          await options.pause();
        }
      }
    } else {
      throw new ZipFormatError(`部件 ${entry.name} 使用了 PERF 不支持的压缩方式（${entry.method}）`);
    }
    out[entry.name] = chunks.length === 1 ? chunks[0] : joinedBytes(chunks);
    // an entry whose directory is wrong about its size is not trusted to be copied as it is
    const { method, crc, dosTime, dosDate } = entry;
    if (entry.size === size) stored.set(entry.name, { method, crc, size, data: bytes.subarray(start, end), dosTime, dosDate, crcChecked });
  }
  return { parts: out, stored };
}

/** A part inflated again from its entry as stored (its size and limits were checked when the zip was first read). */
export function inflateStored(entry: StoredEntry, codec?: ZipCodec): Uint8Array {
  if (entry.method === 0) return entry.data.slice();
  const got = codec?.inflateRaw?.(entry.data, Math.max(entry.size, 1), { size: entry.size, crc: entry.crc });
  if (got) return got.data;
  return inflateSync(entry.data, { out: new Uint8Array(entry.size) });
}
