import { describe, expect, it } from 'vitest';
import { run } from '../../../src/functions/args';
import { awardImpl, quotaImpl, rankImpl, ranksImpl } from '../../../src/functions/impl/ranking';
import { cases } from '../../build/cases/ranking';

const IMPLS: Record<string, (...args: unknown[]) => unknown> = {
  RANK: (...a) => rankImpl(a[0], a[1], a[2], a[3], a[4]),
  RANKS: (...a) => ranksImpl(a[0], a[1], a[2]),
  QUOTA: (...a) => quotaImpl(a[0], a[1], a[2]),
  AWARD: (...a) => awardImpl(a[0], a[1], a[2], a[3], a[4]),
};

const isErrorExpectation = (e: unknown): e is { error: 'value' | 'na'; messageIncludes?: string } =>
  typeof e === 'object' && e !== null && !Array.isArray(e) && 'error' in e;

describe('build cases for RANK, RANKS, QUOTA, AWARD hold against the implementations', () => {
  cases.forEach((c, i) => {
    it(`#${i} ${c.id}(${JSON.stringify(c.args)})`, () => {
      const got = run(c.id, () => IMPLS[c.id](...c.args));
      if (isErrorExpectation(c.expect)) {
        expect(got).toMatchObject({ code: c.expect.error === 'na' ? '#N/A' : '#VALUE!' });
        if (c.expect.messageIncludes) expect((got as { message: string }).message).toContain(c.expect.messageIncludes);
      } else {
        expect(got).toEqual(c.expect);
      }
    });
  });
});
