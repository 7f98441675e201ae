import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSheetFast } from '../../src/host/xlsx/worksheet-fast';
import { readWorksheetValues } from '../../src/host/xlsx/worksheet-read';
import { columnLetters } from '../../src/sheet/address';

/**
 * The worksheet reader reads sheet XML as spreadsheet programs write it on a fast path, and
 * anything else with the general scanner. Both must give the same values: the same sheet is
 * read once as it is (fast) and once with a comment in it (which sends it to the general
 * scanner).
 */
/** Cells that take nothing: only whether the fast path took the sheet counts. */
const IGNORE = { checkGrid: () => undefined, checkMerge: () => undefined, value: () => null, sharedString: () => null, place: () => undefined };
const SST = ['单位', '经济调节类', '&<>', ''];
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const text = fc.oneof(
  fc.constantFrom('', ' ', '良好', 'a&amp;b', '&lt;x&gt;', '&#x4E2D;&#25991;', '_x000D_', '_x005F_x000D_', '  lead', 'trail  ', '1e3', '-0', 'TRUE'),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')),
);

const cell = fc.record({
  withRef: fc.boolean(),
  gap: fc.nat({ max: 70 }),
  kind: fc.constantFrom('n', 's', 'b', 'e', 'str', 'inlineStr', 'formula', 'formula-cached', 'empty', 'self-closing', 'v-empty', 'shared-formula', 'd'),
  text,
  number: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
  index: fc.nat({ max: 5 }),
  spaced: fc.boolean(),
});

type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;

function cellXml(c: Cell, ref: string | null): string {
  const r = ref ? ` r="${ref}"` : '';
  const sp = c.spaced ? ' ' : '';
  switch (c.kind) {
    case 'n':
      return `<c${r} s="1"><v>${c.number}</v></c>`;
    case 's':
      return `<c${r} t="s"><v>${c.index}</v></c>`;
    case 'b':
      return `<c${r} t="b"><v>${c.index % 2}</v></c>`;
    case 'e':
      return `<c${r} t="e"><v>#DIV/0!</v></c>`;
    case 'str':
      return `<c${r} t="str"><f>A1&amp;"x"</f><v>${c.text}</v></c>`;
    case 'inlineStr':
      return `<c${r} t="inlineStr"${sp}><is><t xml:space="preserve">${c.text}</t></is></c>`;
    case 'formula':
      return `<c${r}><f>SUM(A1:A${c.index + 1})</f></c>`;
    case 'formula-cached':
      return `<c${r}${sp}>\n  <f>B1*2</f>\n  <v>${c.number}</v>\n</c>`;
    case 'empty':
      return `<c${r} s="2"></c>`;
    case 'self-closing':
      return `<c${r} s="3"${sp}/>`;
    case 'v-empty':
      return `<c${r} t="${c.index % 2 ? 's' : 'n'}"><v/></c>`;
    case 'shared-formula':
      return `<c${r}><f t="shared" si="0"/></c>`;
    case 'd':
      return `<c${r} t="d"><v>2026-12-01T00:00:00</v></c>`;
  }
}

const sheet = fc.array(
  fc.record({ withRef: fc.boolean(), skip: fc.nat({ max: 3 }), cells: fc.array(cell, { maxLength: 8 }), selfClosing: fc.boolean() }),
  { maxLength: 12 },
);

type Rows = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

function sheetXml(rows: Rows): string {
  let r = 0;
  const body = rows
    .map((row) => {
      r += 1 + row.skip;
      const rowAttr = row.withRef ? ` r="${r}"` : '';
      if (row.selfClosing && row.cells.length === 0) return `<row${rowAttr} spans="1:3"/>`;
      let c = -1;
      const cells = row.cells.map((cl) => {
        c += 1 + (cl.gap > 60 ? cl.gap : cl.gap % 3);
        return cellXml(cl, cl.withRef ? `${columnLetters(c)}${r}` : null);
      });
      return `<row${rowAttr} x14ac:dyDescent="0.25">${cells.join('')}</row>`;
    })
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:x14ac="x"><dimension ref="A1"/>` +
    `<sheetData>${body}</sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B3:B4"/></mergeCells></worksheet>`
  );
}

describe('the fast worksheet reader', () => {
  it('gives the same values and merges as the general scanner, for every sheet as spreadsheet programs write it', () => {
    fc.assert(
      fc.property(sheet, (rows) => {
        const xml = sheetXml(rows);
        const took = readSheetFast(new TextEncoder().encode(xml), { ...IGNORE }, []);
        expect(took).toBe(true);
        const general = readWorksheetValues(xml.replace('<sheetData>', '<!-- general --><sheetData>'), 'xl/worksheets/sheet1.xml', SST);
        const fast = readWorksheetValues(xml, 'xl/worksheets/sheet1.xml', SST);
        expect(fast).toEqual(general);
      }),
      { numRuns: 300 },
    );
  });

  it('reads every number a <v> can hold as the same double as Number() (the value Excel saved)', () => {
    const digits = (max: number) => fc.array(fc.constantFrom('0', '0', '1', '5', '9', '3'), { maxLength: max }).map((d) => d.join(''));
    const written = fc
      .tuple(fc.constantFrom('', '-', '+'), digits(20), fc.option(digits(20)), fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), digits(4))))
      .map(([sign, whole, fraction, exp]) => `${sign}${whole}${fraction === null ? '' : `.${fraction}`}${exp === null ? '' : exp.join('')}`);
    fc.assert(
      fc.property(fc.oneof(written, fc.double().map(String)), (v) => {
        const { values } = readWorksheetValues(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>${v}</v></c></row></sheetData></worksheet>`, 'p', SST);
        const n = Number(v);
        const expected = v.trim() === '' ? undefined : Number.isFinite(n) ? n : v;
        expect(values[0]?.[0]).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(readWorksheetValues(`<worksheet><sheetData><row><c><v>-0</v></c><c><v>0.1</v></c><c><v>1E-3</v></c></row></sheetData></worksheet>`, 'p', SST).values[0]).toEqual([-0, 0.1, 0.001]);
  });

  it('reads a hand-written sheet as a clerk sees it', () => {
    const xml =
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>91.5</v></c></row>` +
      `<row r="3"><c r="B3" t="inlineStr"><is><t>a&amp;b_x000D_</t></is></c><c t="b"><v>1</v></c><c r="E3"><f>1/0</f><v>#DIV/0!</v></c><c r="F3" t="e"><v>#N/A</v></c><c r="G3"><f>SUM(A1)</f></c></row>` +
      `</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
    const { values, merges } = readWorksheetValues(xml, 'p', SST);
    expect(values[0]).toEqual(['单位', null, 91.5]);
    expect(values[1]).toBeUndefined();
    expect(values[2]).toEqual([null, 'a&b\r', true, null, '#DIV/0!', '#N/A', '=SUM(A1)']);
    expect(merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it.each([
    ['a prefix', `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`],
    ['rich text', `<worksheet><sheetData><row><c t="inlineStr"><is><r><t>a</t></r></is></c></row></sheetData></worksheet>`],
    ['a phonetic guide', `<worksheet><sheetData><row><c t="inlineStr"><is><t>a</t><rPh><t>x</t></rPh></is></c></row></sheetData></worksheet>`],
    ['CDATA', `<worksheet><sheetData><row><c><v><![CDATA[1]]></v></c></row></sheetData></worksheet>`],
    ['text between cells', `<worksheet><sheetData><row>x<c><v>1</v></c></row></sheetData></worksheet>`],
  ])('leaves a sheet with %s to the general scanner', (_what, xml) => {
    expect(readSheetFast(new TextEncoder().encode(xml), IGNORE, [])).toBe(false);
    expect(() => readWorksheetValues(xml, 'p', SST)).not.toThrow();
  });
});
