import { strToU8, zipSync } from 'fflate';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The parts of a one-sheet workbook around the given worksheet XML (inline strings only). */
export function workbookParts(sheetXml: string | Uint8Array): Record<string, Uint8Array> {
  return {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="汇总" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': typeof sheetXml === 'string' ? strToU8(sheetXml) : sheetXml,
  };
}

export function oneSheetWorkbook(sheetXml: string): Uint8Array {
  return zipSync(workbookParts(sheetXml));
}

function inline(ref: string, v: string | number): string {
  return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
}

/** A 13-row summary (header and 12 units) and, far away, whatever `extra` adds to sheetData. */
export function summarySheetXml(extra = ''): string {
  const rows = [`<row r="1">${inline('A1', '单位')}${inline('B1', '指标考核(80%)')}${inline('C1', '公众评议(20%)')}</row>`];
  for (let i = 0; i < 12; i++) {
    const r = i + 2;
    rows.push(`<row r="${r}">${inline(`A${r}`, `第${i + 1}单位`)}${inline(`B${r}`, 90 - i)}${inline(`C${r}`, 80 + i)}</row>`);
  }
  return `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}${extra}</sheetData></worksheet>`;
}

/** Raw deflate data that inflates to `size` bytes of "a": one fixed-Huffman block of 258-byte back-references. */
export function deflateBomb(size: number): Uint8Array {
  const repeats = Math.floor((size - 1) / 258);
  const out = new Uint8Array(Math.ceil((11 + 13 * repeats + 7 + 8) / 8) + 1);
  let bit = 0;
  const put = (value: number, n: number) => {
    // LSB first, as deflate packs header bits and extra bits
    for (let i = 0; i < n; i++, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  const code = (value: number, n: number) => {
    // Huffman codes go most significant bit first
    for (let i = n - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE = fixed Huffman
  code(0x30 + 0x61, 8); // literal "a"
  for (let i = 0; i < repeats; i++) {
    code(0b11000101, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

/**
 * A zip written by hand, so that an entry can hold any deflate data and declare any
 * sizes (declared sizes can lie; CRCs are left 0).
 */
export function rawZip(entries: { name: string; data: Uint8Array; method: 0 | 8; declaredSize: number }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    chunks.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, eocd];
  const bytes = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** A workbook whose sheet part is the given raw deflate data, declaring a small size. */
export function workbookWithSheetData(deflated: Uint8Array): Uint8Array {
  const parts = workbookParts('');
  return rawZip(
    Object.entries(parts).map(([name, data]) =>
      name === 'xl/worksheets/sheet1.xml' ? { name, data: deflated, method: 8 as const, declaredSize: 1000 } : { name, data, method: 0 as const, declaredSize: data.length },
    ),
  );
}
