import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Document, Element, Node } from '@xmldom/xmldom';
import { invalid } from '../../engine/errors';

export type { Document, Element };

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export function utf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function toBytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Parse one package part; a broken part is the clerk's file being damaged, said in Chinese. */
export function parseXml(text: string, part: string): Document {
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'application/xml');
  } catch (e) {
    throw invalid(`工作簿中的部件 ${part} 已损坏，无法读取（${(e as Error).message}）。请在 Excel 中打开并另存一次后再试。`);
  }
}

export function serializeXml(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}

/** Direct child elements with this local name, whatever prefix the file uses. */
export function childElements(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === localName) out.push(n as Element);
  }
  return out;
}

export function firstChild(parent: Element, localName: string): Element | null {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === localName) return n as Element;
  }
  return null;
}

/** An attribute by local name, whatever its prefix (r:id, x:r …). */
export function attrLocal(el: Element, localName: string): string | null {
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i)!;
    if ((a.localName ?? a.name) === localName) return a.value;
  }
  return null;
}

/** A new element in the same namespace and with the same prefix as `like`. */
export function createLike(doc: Document, like: Element, localName: string): Element {
  const qualified = like.prefix ? `${like.prefix}:${localName}` : localName;
  return doc.createElementNS(like.namespaceURI, qualified);
}

const MARKUP = /[&<>"]/;

export function escapeXml(s: string): string {
  if (!MARKUP.test(s)) return s;
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

// Characters XML 1.0 cannot carry (and CR, which XML parsers turn into LF); OOXML strings write them as _xHHHH_.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A string as an OOXML ST_Xstring: literal "_xHHHH_" escaped, characters XML cannot hold encoded. */
const MAYBE_ENCODED = /[_\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function encodeOoxmlString(s: string): string {
  if (!MAYBE_ENCODED.test(s)) return s;
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function decodeOoxmlString(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
