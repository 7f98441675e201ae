import { describe, expect, it } from 'vitest';
import * as perf from '../../../src/functions/functions';
import { cases } from '../../build/cases/scores';
import { isExpectedError } from '../../build/case-types';

/** The build cases, run against the source wrappers (the build test runs them against dist/). */
const byId = new Map<string, (...args: any[]) => unknown>(
  Object.entries(perf).map(([name, fn]) => [name.toUpperCase(), fn as (...args: any[]) => unknown]),
);

describe('test/build/cases/scores.ts against src/functions/functions.ts', () => {
  for (const c of cases) {
    it(`${c.id}(${JSON.stringify(c.args).slice(1, -1).slice(0, 100)})${c.note ? ` — ${c.note}` : ''}`, () => {
      const result = byId.get(c.id)!(...c.args);
      if (isExpectedError(c.expect)) {
        expect(result).toMatchObject({ code: c.expect.error === 'na' ? '#N/A' : '#VALUE!' });
        if (c.expect.messageIncludes) expect((result as { message: string }).message).toContain(c.expect.messageIncludes);
      } else {
        expect(result).toEqual(c.expect);
      }
    });
  }
});
