import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlBytes } from '../../src/host/xlsx/xml-bytes';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('XML written straight into UTF-8 bytes', () => {
  it('escapes markup in text and encodes Chinese, emoji and ASCII as UTF-8', () => {
    const out = new XmlBytes(4);
    out.ascii('<t>');
    out.text('A&B <良好> "优秀" 😀');
    out.markup('</t><v>"&amp;"</v>');
    expect(decode(out.view())).toBe('<t>A&amp;B &lt;良好&gt; &quot;优秀&quot; 😀</t><v>"&amp;"</v>');
  });

  it('writes any text as TextEncoder would after escaping, a lone surrogate as U+FFFD', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 20 }), (texts) => {
        const out = new XmlBytes(1);
        for (const t of texts) out.text(t);
        const expected = texts.map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')).join('');
        expect(Buffer.from(out.view()).equals(Buffer.from(new TextEncoder().encode(expected)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes plain text at once and leaves text an OOXML string must encode, or with a tab or line break, to the caller, writing nothing', () => {
    const out = new XmlBytes();
    expect(out.plainText('良好 & "优秀"')).toBe(true);
    for (const t of ['a_x000D_', 'line\r', '\u0001', 'x\uD800', '\uFFFE', 'tab\there', 'line\nbreak']) expect(out.plainText(t), JSON.stringify(t)).toBe(false);
    expect(decode(out.view())).toBe('良好 &amp; &quot;优秀&quot;');
  });

  it("writes a cell's reference from its column's start and the row's number, kept for the row's cells", () => {
    const out = new XmlBytes(1);
    const bytes = (s: string) => new TextEncoder().encode(s);
    out.ascii('<row r="');
    out.row(1048576);
    out.ascii('">');
    out.cell(bytes('<c r="A'), bytes('"/>'));
    out.cell(bytes('<c r="XFD'), bytes('" s="5"><v>'));
    out.ascii('1</v></c></row><row r="');
    out.row(7);
    out.ascii('">');
    out.cell(bytes('<c r="B'), bytes('"/>'));
    expect(decode(out.view())).toBe('<row r="1048576"><c r="A1048576"/><c r="XFD1048576" s="5"><v>1</v></c></row><row r="7"><c r="B7"/>');
  });

  it('writes any text, short or long, as text() does when it needs no encoding, and nothing otherwise', () => {
    // what plainText leaves to the caller: "_", control characters (tab and line break too), a lone surrogate, U+FFFE/U+FFFF
    const needsMore = (t: string) => /[_\u0000-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t);
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('_', '\t', '\n', '&', '<', '"', '良', '😀', '\uD800', '\uDC00', '\uFFFE'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 60 }), (t) => {
        const plain = new XmlBytes(1);
        plain.ascii('x');
        const written = plain.plainText(t);
        const text = new XmlBytes(1);
        text.ascii('x');
        text.text(t);
        expect(written).toBe(!needsMore(t));
        expect(decode(plain.view())).toBe(written ? decode(text.view()) : 'x');
      }),
      { numRuns: 3000 },
    );
    // long texts: a tie's note, with and without what must be escaped or encoded
    for (const t of ['与 单位004984、单位005173、单位005311 并列第 575 名（共 4 个单位并列）', '与 单位004984 & 单位005173 并列第 575 名（共 2 个单位并列）', '与 单位004984、单位005173 并列第 575 名😀（共 2 个单位并列）', '与 单位004984、单位005173 并列第_575_名（共 2 个单位并列）']) {
      const out = new XmlBytes(1);
      expect(out.plainText(t)).toBe(!t.includes('_'));
      if (!t.includes('_')) expect(decode(out.view())).toBe(t.replace('&', '&amp;'));
    }
  });

  it('copies UTF-8 text as plainText writes the same text, and refuses it where plainText does or would escape it', () => {
    const noLoneSurrogate = (t: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(fc.constantFrom('_', '\t', '&', '<', '>', '"', '良', '😀', '\uFFFE', '\uFFFF', '\uFFFD', '\u00e9'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 90 }).filter(noLoneSurrogate),
        (t) => {
          // the text in the middle of a buffer of other texts, as a plan's column holds it
          const bytes = new TextEncoder().encode(`前${t}后`);
          const start = 3;
          const end = bytes.length - 3;
          const copied = new XmlBytes(1);
          const plain = new XmlBytes(1);
          const ok = copied.plainUtf8(bytes, start, end);
          expect(ok).toBe(plain.plainText(t) && !/[&<>"]/.test(t));
          expect(decode(copied.view())).toBe(ok ? decode(plain.view()) : '');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('drops what was written after a rewind', () => {
    const out = new XmlBytes();
    out.ascii('<row r="1">');
    const at = out.length;
    out.ascii('<row r="2">');
    out.rewind(at);
    out.ascii('</sheetData>');
    expect(decode(out.view())).toBe('<row r="1"></sheetData>');
  });
});

describe('numbers written as Excel keeps them in <v>', () => {
  const written = (v: number) => {
    const out = new XmlBytes(1);
    out.number(v);
    return decode(out.view());
  };

  it('writes scores of a few decimals, negative ones and small ones as JavaScript prints them', () => {
    expect(written(87.2)).toBe('87.2');
    expect(written(94.56)).toBe('94.56');
    expect(written(-0.05)).toBe('-0.05');
    expect(written(0.000001)).toBe('0.000001');
    expect(written(100.125)).toBe('100.125');
    expect(written(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(written(1e-7)).toBe('1e-7');
    expect(written(-0)).toBe('0');
    expect(written(123456789.5)).toBe('123456789.5');
    // either side of 2^31, where the digits are no longer worked in 32-bit integers
    for (const v of [2147483647, 2147483648, -2147483648, -2147483649, 214748364.7, 214748364.8, 999999999999999]) expect(written(v)).toBe(String(v));
  });

  it('writes any finite number as the text String gives it, which reads back as the same number', () => {
    const scores = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 })).map(([m, k]) => m / 10 ** k);
    fc.assert(
      fc.property(fc.oneof(scores, fc.double({ noNaN: true, noDefaultInfinity: true })), (v) => {
        const text = written(v);
        expect(text).toBe(Object.is(v, -0) ? '0' : String(v));
        expect(Number(text)).toBe(v === 0 ? 0 : v);
      }),
      { numRuns: 20000 },
    );
  });
});
