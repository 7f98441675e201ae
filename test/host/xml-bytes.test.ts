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

  it('writes plain text at once and leaves text an OOXML string must encode to the caller, writing nothing', () => {
    const out = new XmlBytes();
    expect(out.plainText('良好 & "优秀"')).toBe(true);
    for (const t of ['a_x000D_', 'line\r', '\u0001', 'x\uD800', '\uFFFE']) expect(out.plainText(t), JSON.stringify(t)).toBe(false);
    expect(out.plainText('tab\tand\nnewline')).toBe(true);
    expect(decode(out.view())).toBe('良好 &amp; &quot;优秀&quot;tab\tand\nnewline');
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
