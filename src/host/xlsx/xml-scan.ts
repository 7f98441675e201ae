/**
 * A small forward-only XML scanner for the big parts (worksheets, shared
 * strings), where building a DOM is too slow. Elements are reported by local
 * name (prefix dropped); comments, processing instructions and DOCTYPE are
 * skipped; CDATA is text. Well-formedness is not checked: the parts come from a
 * zip that Excel or another spreadsheet program wrote.
 */
export interface ScanHandlers {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const TAG = /<(\/?)([^\s/>]+)((?:[^>"'/]|"[^"]*"|'[^']*'|\/(?!>))*)(\/?)>/y;

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

export function scanXml(xml: string, h: ScanHandlers): void {
  let pos = 0;
  const n = xml.length;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      if (pos < n) h.text(decodeEntities(xml.slice(pos)));
      return;
    }
    if (lt > pos) h.text(decodeEntities(xml.slice(pos, lt)));
    if (xml.startsWith('<!--', lt)) {
      pos = skipPast(xml, lt, '-->');
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      h.text(xml.slice(lt + 9, end < 0 ? n : end));
      pos = end < 0 ? n : end + 3;
    } else if (xml.startsWith('<?', lt)) {
      pos = skipPast(xml, lt, '?>');
    } else if (xml.startsWith('<!', lt)) {
      pos = skipPast(xml, lt, '>');
    } else {
      TAG.lastIndex = lt;
      const m = TAG.exec(xml);
      if (!m) throw new Error(`XML 标签无法识别（位置 ${lt}）`);
      const name = localName(m[2]);
      if (m[1]) h.close(name);
      else {
        h.open(name, m[3], m[4] === '/');
        if (m[4] === '/') h.close(name);
      }
      pos = TAG.lastIndex;
    }
  }
}

function skipPast(xml: string, from: number, end: string): number {
  const i = xml.indexOf(end, from);
  return i < 0 ? xml.length : i + end.length;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

/** One attribute's value from a tag's attribute text, by local name (r, t, x:r …). */
const attrPatterns = new Map<string, RegExp>();

export function attrValue(attrs: string, name: string): string | null {
  if (!attrs) return null;
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2]) : null;
}
