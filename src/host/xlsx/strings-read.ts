import { invalid } from '../../engine/errors';
import { scanXml } from './xml-scan';
import { decodeOoxmlString, toBytes, utf8 } from './xml';
import { ByteXml } from './xml-byte-scan';

/**
 * Collects the text of string items (<si> in shared strings, <is> in a cell):
 * plain <t>, or rich-text runs joined; phonetic guides (<rPh>) left out.
 */
export class StringItemCollector {
  private buffer: string | null = null;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly item: 'si' | 'is') {}

  get active(): boolean {
    return this.buffer !== null;
  }

  open(name: string): void {
    if (name === this.item) this.buffer = '';
    else if (this.buffer === null) return;
    else if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  /** Returns the item's text when its element closes. */
  close(name: string): string | null {
    if (this.buffer === null) return null;
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic--;
    else if (name === this.item) {
      const text = decodeOoxmlString(this.buffer);
      this.buffer = null;
      return text;
    }
    return null;
  }

  text(t: string): void {
    if (this.inText && this.buffer !== null) this.buffer += t;
  }
}

/** The shared strings part's items, in order: read from its bytes, the general scanner where they are not plain. */
export function readSharedStrings(source: Uint8Array | string, part: string): string[] {
  const bytes = typeof source === 'string' ? toBytes(source) : source;
  try {
    return readSharedStringsFast(bytes) ?? readItems(typeof source === 'string' ? source : utf8(source), 'si');
  } catch (e) {
    throw invalid(`工作簿中的部件 ${part} 已损坏，无法读取（${(e as Error).message}）。请在 Excel 中打开并另存一次后再试。`);
  }
}

function readItems(xml: string, item: 'si'): string[] {
  const out: string[] = [];
  const si = new StringItemCollector(item);
  scanXml(xml, {
    open: (name) => si.open(name),
    close: (name) => {
      const text = si.close(name);
      if (text !== null) out.push(text);
    },
    text: (t) => si.text(t),
  });
  return out;
}

/**
 * The items as Excel writes them, <si><t>…</t></si>, read from the bytes; an item of another
 * shape (rich-text runs, phonetic guides) is read alone by the general scanner. Null when the
 * part is not plain enough for this (a comment, CDATA, a prefix, anything but <si> in <sst>).
 */
const PREFIXED_TAG = /<\/?[^\s>/:]*:/;

function readSharedStringsFast(bytes: Uint8Array): string[] | null {
  const x = new ByteXml(bytes);
  const b = bytes;
  let lt = x.nextLt(0);
  // the prolog, then <sst …>
  while (lt >= 0 && b[lt + 1] === 63 /* ? */) lt = x.nextLt(lt + 1);
  if (lt < 0 || !(x.startsWith(lt, '<sst') && x.isNameEnd(lt + 4)) || !x.attributes(lt + 4)) return null;
  const out: string[] = [];
  if (x.selfClosing) return out;
  let i = x.end;
  for (;;) {
    const at = x.nextTagAfterSpace(i);
    if (at < 0) return null;
    if (x.startsWith(at, '</sst>')) return out;
    if (!(x.startsWith(at, '<si') && x.isNameEnd(at + 3)) || !x.attributes(at + 3)) return null;
    if (x.selfClosing) {
      out.push('');
      i = x.end;
      continue;
    }
    const plain = plainItem(x, x.end);
    if (plain !== null) {
      out.push(plain);
      i = x.end;
      continue;
    }
    // not a plain item: this one alone through the general scanner
    const close = x.indexOfWord('</si>', at);
    if (close < 0) return null;
    const item = utf8(b.subarray(at, close + 5));
    if (item.includes('<!') || PREFIXED_TAG.test(item)) return null;
    const texts = readItems(item, 'si');
    if (texts.length !== 1) return null;
    out.push(texts[0]!);
    i = close + 5;
  }
}

/** The text of `<t>…</t></si>` from `from` (x.end then just past `</si>`), or null when the item is not that. */
function plainItem(x: ByteXml, from: number): string | null {
  const t = x.nextTagAfterSpace(from);
  if (t < 0 || x.b[t + 1] !== 116 /* t */ || !x.isNameEnd(t + 2) || !x.attributes(t + 2)) return null;
  let text = '';
  let end = x.end;
  if (!x.selfClosing) {
    const close = x.textEnd(x.end, '</t>');
    if (close < 0) return null;
    text = x.textOf(x.end, close, x.amp);
    end = close + 4;
  }
  const after = x.nextTagAfterSpace(end);
  if (after < 0 || !x.startsWith(after, '</si>')) return null;
  x.end = after + 5;
  return decodeOoxmlString(text);
}
