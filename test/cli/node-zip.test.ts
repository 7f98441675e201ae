import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NODE_ZIP } from '../../src/cli/node-zip';
import { crc32 } from '../../src/host/xlsx/crc32';

/** Node's zlib as the zip reader's inflater: the part's bytes, and whether the zip's CRC-32 and size were found right. */
const text = new TextEncoder().encode('<sheetData>' + '<row><c><v>91.5</v></c></row>'.repeat(5000) + '</sheetData>');
const raw = deflateSync(text);
const inflate = NODE_ZIP.inflateRaw!;

describe("the command line's inflater", () => {
  it('gives the bytes and says the CRC-32 was checked when the zip has it right', () => {
    const got = inflate(raw, 1 << 20, { size: text.length, crc: crc32(text) })!;
    expect(Buffer.from(got.data).equals(Buffer.from(text))).toBe(true);
    expect(got.crcChecked).toBe(true);
  });

  it('still gives the bytes, unchecked, when the zip has the CRC-32 or the size wrong', () => {
    for (const expected of [
      { size: text.length, crc: (crc32(text) ^ 1) >>> 0 },
      { size: text.length - 1, crc: crc32(text) },
      { size: 1000, crc: 0 },
    ]) {
      const got = inflate(raw, 1 << 20, expected)!;
      expect(Buffer.from(got.data).equals(Buffer.from(text))).toBe(true);
      expect(got.crcChecked).toBe(false);
    }
  });

  it('keeps only what was inflated when the zip declares far more, and stops at the limit', () => {
    const got = inflate(raw, 1 << 20, { size: 0xfffffff0, crc: 0 })!;
    expect(got.data.length).toBe(text.length);
    expect(got.data.buffer.byteLength).toBeLessThan(2 * text.length);
    expect(inflate(raw, text.length - 1, { size: text.length, crc: crc32(text) })).toBeNull();
    expect(inflate(raw, text.length - 1)).toBeNull();
  });

  it('refuses damaged deflate data with an error, as before', () => {
    expect(() => inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1000, { size: 10, crc: 0 })).toThrow();
  });
});
