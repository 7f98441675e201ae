import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemeFromJson, schemeToJson } from '../../src/engine/scheme/json';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { schemeArb } from './arbitrary';
import { planToSheet } from './fixtures';

describe('round trips over generated schemes', () => {
  it('scheme → JSON → scheme is identical', () => {
    fc.assert(
      fc.property(schemeArb, (s) => {
        expect(schemeFromJson(schemeToJson(s))).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('scheme → 方案 sheet → scheme is identical, and the reader has nothing to complain about', () => {
    fc.assert(
      fc.property(schemeArb, (s) => {
        const read = schemeFromSheet(planToSheet(schemeToSheetPlan(s)));
        expect(read.scheme).toEqual(s);
        expect(read.errors).toEqual([]);
        expect(read.warnings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('blank cells handed over as "" (as Office.js does) read the same as empty ones', () => {
    fc.assert(
      fc.property(schemeArb, (s) => {
        const sheet = planToSheet(schemeToSheetPlan(s));
        sheet.values = sheet.values.map((r) => [...r.map((v) => v ?? ''), '', '']);
        const read = schemeFromSheet(sheet);
        expect(read.scheme).toEqual(s);
        expect(read.warnings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('the JSON text is stable: writing what was read gives the same text', () => {
    fc.assert(
      fc.property(schemeArb, (s) => {
        const text = schemeToJson(s);
        expect(schemeToJson(schemeFromJson(text))).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
