import { invalid, isPerfError } from '../../engine/errors';
import { attrLocal, childElements, parseXml, utf8 } from './xml';
import { deflateAll, FFLATE_CODEC, inflateAll } from './zip';
import type { ZipCodec } from './zip-codec';
import { inflateStored, type InflateOptions, type StoredEntry } from './zip-read';
import type { DeflatedEntry, ZipPart } from './zip-write';
import { joinedBytes } from '../joined-bytes';

/**
 * An OPC package (the .xlsx/.xlsm zip) as its parts, in the zip's order.
 * Part names are kept exactly as stored; lookups fall back to case-insensitive,
 * as OPC part names are.
 *
 * A part read and no longer needed as bytes (a large sheet, once its values are read) can be
 * released: while it is unchanged, the zip's compressed bytes are all that is held, it is
 * inflated again if asked for, and it is copied into the new zip as it was stored.
 */
export class Package {
  /** null: released, inflated again from `stored` when asked for. */
  private readonly parts: Map<string, Uint8Array | null>;
  /** Parts set since the file was read: their stored entries no longer describe them. */
  private readonly changed = new Set<string>();

  constructor(
    parts: Map<string, Uint8Array>,
    /** How each part was stored in the file read: a part still holding those bytes is copied, not compressed again. */
    private readonly stored = new Map<string, StoredEntry>(),
    private readonly codec: ZipCodec = FFLATE_CODEC,
  ) {
    this.parts = new Map(parts);
  }

  /** Parts held only compressed (setDeflated): their entry in `parts` is empty. */
  private readonly deflated = new Map<string, DeflatedEntry>();

  has(path: string): boolean {
    return this.find(path) !== null;
  }

  /** The stored name of a part, matched case-insensitively. */
  find(path: string): string | null {
    if (this.parts.has(path)) return path;
    const lower = path.toLowerCase();
    for (const k of this.parts.keys()) if (k.toLowerCase() === lower) return k;
    return null;
  }

  get(path: string): Uint8Array | null {
    const k = this.find(path);
    if (k === null) return null;
    const deflated = this.deflated.get(k);
    if (deflated) return inflateStored({ ...deflated, data: joinedBytes(deflated.pieces) }, this.codec);
    let data = this.parts.get(k)!;
    if (data === null) {
      data = inflateStored(this.stored.get(k)!, this.codec);
      this.parts.set(k, data);
    }
    return data;
  }

  /**
   * What a part holds now, as an object that stays the same until the part is set again (its
   * bytes, or its compressed entry): a reader's cache compares it without inflating the part.
   */
  version(path: string): object | null {
    const k = this.find(path);
    if (k === null) return null;
    return this.deflated.get(k) ?? this.parts.get(k) ?? this.stored.get(k) ?? null;
  }

  text(path: string): string | null {
    const b = this.get(path);
    return b === null ? null : utf8(b);
  }

  /** The part still holds the bytes the file was read with. */
  unchanged(path: string): boolean {
    const k = this.find(path);
    return k !== null && !this.changed.has(k);
  }

  /**
   * Lets go of a part's inflated bytes while they are unchanged and the zip's copy is known to
   * be them (its CRC-32 checked when read); otherwise keeps them.
   */
  release(path: string): void {
    const k = this.find(path);
    if (k !== null && !this.changed.has(k) && this.stored.get(k)?.crcChecked) this.parts.set(k, null);
  }

  set(path: string, bytes: Uint8Array): void {
    const k = this.find(path) ?? path;
    this.deflated.delete(k);
    this.parts.set(k, bytes);
    this.changed.add(k);
  }

  /**
   * A part PERF wrote, given as it will be stored (part-deflater.ts): its bytes are
   * not kept, and are inflated again only if the part is read.
   */
  setDeflated(path: string, entry: DeflatedEntry): void {
    const k = this.find(path) ?? path;
    this.parts.set(k, EMPTY);
    this.deflated.set(k, entry);
    this.changed.add(k);
  }

  delete(path: string): void {
    const k = this.find(path);
    if (k !== null) {
      this.parts.delete(k);
      this.deflated.delete(k);
    }
  }

  /** The codec the package compresses with. */
  get zipCodec(): ZipCodec {
    return this.codec;
  }

  toZip(): Promise<Uint8Array> {
    const parts = [...this.parts].map(([name, data]): ZipPart => {
      const deflated = this.deflated.get(name);
      if (deflated) return { name, data: EMPTY, deflated };
      const stored = this.changed.has(name) ? undefined : this.stored.get(name);
      if (data !== null) return { name, data, stored };
      // released: inflated again only if the writer looks at the bytes
      const codec = this.codec;
      return {
        name,
        stored,
        get data() {
          return inflateStored(stored!, codec);
        },
      };
    });
    return deflateAll(parts, this.codec);
  }
}

const EMPTY = new Uint8Array(0);

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part path inside the package (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

function notWorkbook(fileName: string | undefined, why: string): Error {
  const name = fileName ? `“${fileName}”` : '';
  return invalid(`文件${name}不是有效的 Excel 工作簿（.xlsx/.xlsm）：${why}`);
}

export async function openPackage(bytes: Uint8Array, fileName?: string, options?: InflateOptions): Promise<Package> {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw notWorkbook(fileName, '这是旧版 .xls 格式（或加密的工作簿）。请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再试。');
  }
  const SAVE_AS = 'PERF 只能读取 .xlsx/.xlsm：请在 Excel/WPS 中另存为 .xlsx';
  // every .xlsx/.xlsm is a zip ("PK"); anything else (CSV, text, a renamed file) is not one
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notWorkbook(fileName, `${SAVE_AS}。`);
  let entries: Awaited<ReturnType<typeof inflateAll>>;
  try {
    entries = await inflateAll(bytes, options);
  } catch (e) {
    if (isPerfError(e)) throw e;
    throw notWorkbook(fileName, `${SAVE_AS}（文件已损坏或不完整：${(e as Error).message}）。`);
  }
  return new Package(new Map(Object.entries(entries.parts)), entries.stored, options?.codec);
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  const dir = slash < 0 ? '' : partPath.slice(0, slash + 1);
  return `${dir}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against the part that owns the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURI(target);
  } catch {
    // keep the raw target when it is not valid percent-encoding
  }
  if (t.startsWith('/')) return t.slice(1);
  const slash = sourcePart.lastIndexOf('/');
  const segments = (slash < 0 ? [] : sourcePart.slice(0, slash).split('/')).concat(t.split('/'));
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

export function readRelationships(pkg: Package, sourcePart: string): Relationship[] {
  const relsPath = relsPathOf(sourcePart);
  const text = pkg.text(relsPath);
  if (text === null) return [];
  const root = parseXml(text, relsPath).documentElement!;
  return childElements(root, 'Relationship').map((r) => {
    const external = attrLocal(r, 'TargetMode') === 'External';
    const raw = attrLocal(r, 'Target') ?? '';
    return {
      id: attrLocal(r, 'Id') ?? '',
      type: attrLocal(r, 'Type') ?? '',
      target: external ? raw : resolveTarget(sourcePart, raw),
      external,
    };
  });
}

/** Relationship types end the same way in transitional and strict files. */
export function isRelType(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

/** Where the package's relationships say its workbook part is (read from `_rels/.rels` alone; not checked). */
export function officeDocumentPath(pkg: Package): string {
  return readRelationships(pkg, '').find((r) => isRelType(r, 'officeDocument'))?.target ?? 'xl/workbook.xml';
}

/** The workbook part the package points to; a package without one is not a workbook. */
export function workbookPath(pkg: Package, fileName?: string): string {
  const path = officeDocumentPath(pkg);
  const text = pkg.text(path);
  if (text === null || parseXml(text, path).documentElement?.localName !== 'workbook') {
    throw notWorkbook(fileName, '压缩包里没有工作簿部件（xl/workbook.xml），它可能是 Word、PowerPoint 或其他 Office 文件。请选择 Excel 工作簿。');
  }
  return pkg.find(path)!;
}
