import { inflateSync } from 'fflate';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NODE_ZIP } from '../../src/cli/node-zip';
import { crc32 } from '../../src/host/xlsx/crc32';
import { PartDeflater, PIECE_BYTES } from '../../src/host/xlsx/part-deflater';
import { XmlBytes } from '../../src/host/xlsx/xml-bytes';
import type { ZipCodec } from '../../src/host/xlsx/zip-codec';
import { FFLATE_CODEC } from '../../src/host/xlsx/zip';
import { joinedBytes } from '../../src/host/joined-bytes';

/**
 * A big sheet is compressed as it is written, a piece of PIECE_BYTES at a time: the pieces
 * together must be one deflate stream that inflates to exactly the XML, with the CRC-32 and size
 * of the whole.
 */
const codecs: [string, ZipCodec][] = [
  ["Node's zlib (the command line: pieces deflated one by one, sync-flushed)", NODE_ZIP],
  ["fflate's streaming Deflate (the browser's worker)", FFLATE_CODEC],
];

/** Rows of a ranking sheet, no two alike, written into `out` as the sheet writer does (spilling between rows, waiting when told to). */
async function writeRows(out: XmlBytes, rows: number): Promise<void> {
  out.markup('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet><sheetData>');
  for (let r = 1; r <= rows; r++) {
    if (out.spill()) await out.ready();
    out.ascii(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>`);
    out.text(`单位${String(r).padStart(6, '0')} & “${(r * 7919) % 10007}”`);
    out.ascii(`</t></is></c><c r="C${r}"><v>`);
    out.number(60 + (r % 4000) / 100);
    out.ascii('</v></c></row>');
  }
  out.markup('</sheetData></worksheet>');
}

/** The part's deflate stream, its pieces one after another as the zip stores them. */
const inflate = (codec: ZipCodec, pieces: readonly Uint8Array[]) => {
  const data = joinedBytes(pieces);
  return codec === NODE_ZIP ? new Uint8Array(inflateRawSync(data)) : inflateSync(data);
};

describe.each(codecs)('a part compressed as it is written, with %s', (_what, codec) => {
  it('inflates back to exactly the XML, over several pieces, with the CRC-32 and size of the whole', async () => {
    const whole = new XmlBytes(1 << 16);
    await writeRows(whole, 60_000);
    const expected = whole.view();
    expect(expected.length).toBeGreaterThan(2.5 * PIECE_BYTES);

    const deflater = new PartDeflater(codec);
    const out = new XmlBytes(1 << 16, deflater);
    await writeRows(out, 60_000);
    expect(deflater.taken).toBe(true);
    // what is left after the last spill is less than a piece and a row
    expect(out.view().length).toBeLessThan(PIECE_BYTES + 200);
    const entry = await deflater.finish(out.view());
    expect(entry.method).toBe(8);
    expect(entry.size).toBe(expected.length);
    expect(entry.crc).toBe(crc32(expected));
    expect(Buffer.from(inflate(codec, entry.pieces)).equals(Buffer.from(expected))).toBe(true);
    // compressed, not stored: a ranking sheet deflates to well under a third
    expect(joinedBytes(entry.pieces).length).toBeLessThan(expected.length / 3);
    // kept in the pieces they were made in: the zip copies them, nothing joins them first
    if (codec === NODE_ZIP) expect(entry.pieces.length).toBeGreaterThan(1);
  });

  it('makes a sound stream when nothing is left for the last piece, and for a part of no bytes', async () => {
    const piece = new TextEncoder().encode('<row r="1"/>'.repeat(PIECE_BYTES / 12 + 1));
    const deflater = new PartDeflater(codec);
    deflater.take(piece);
    const entry = await deflater.finish(new Uint8Array(0));
    expect(Buffer.from(inflate(codec, entry.pieces)).equals(Buffer.from(piece))).toBe(true);
    expect(entry.crc).toBe(crc32(piece));
    const empty = await new PartDeflater(codec).finish(new Uint8Array(0));
    expect(inflate(codec, empty.pieces).length).toBe(0);
    expect(empty).toMatchObject({ crc: 0, size: 0 });
  });
});

describe("Node's zlib compressing a part on other threads", () => {
  it('keeps the pieces it is given, tells the writer to wait once it holds three, and has room again as they are compressed', async () => {
    const piece = () => new TextEncoder().encode('<row r="1"/>'.repeat(PIECE_BYTES / 12 + 1));
    const deflater = new PartDeflater(NODE_ZIP);
    expect(deflater.keeps).toBe(true);
    expect([deflater.take(piece()), deflater.take(piece()), deflater.take(piece())]).toEqual([false, false, true]);
    await deflater.ready();
    deflater.take(piece());
    const entry = await deflater.finish(new Uint8Array(0));
    expect(entry.size).toBe(4 * piece().length);
    expect(new Uint8Array(inflateRawSync(joinedBytes(entry.pieces))).length).toBe(4 * piece().length);
  });
});

describe('the CRC-32 of a part given in pieces', () => {
  it('continued over the next piece is the CRC-32 of both together', () => {
    const a = new TextEncoder().encode('12345');
    const b = new TextEncoder().encode('6789');
    // the standard check value of "123456789"
    expect(crc32(b, crc32(a)).toString(16).toUpperCase()).toBe('CBF43926');
    // zlib's, where Node has it (20.15 on), continues the same way
    const zlibCrc = NODE_ZIP.crc32 ?? crc32;
    expect(zlibCrc(b, zlibCrc(a, 0)).toString(16).toUpperCase()).toBe('CBF43926');
  });
});
