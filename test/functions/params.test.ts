/**
 * The Chinese parameter names that zh-CN Excel shows (the @zhparam tags of functions.ts, the
 * metadata's single source) are the names the messages use (src/functions/params.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZhTags } from '../../scripts/zh-metadata';
import * as functions from '../../src/functions/functions';
import { PARAMS } from '../../src/functions/params';

const FILE = path.resolve(__dirname, '../../src/functions/functions.ts');
const source = readFileSync(FILE, 'utf8');
const tags = readZhTags(source, FILE);

/** function name → id, from each JSDoc's @customfunction tag. */
const ids = new Map<string, string>();
for (const m of source.matchAll(/@customfunction (\w+)[\s\S]*?export function (\w+)/g)) ids.set(m[2], m[1]);

describe('parameter names: metadata (@zhparam) and messages (PARAMS) agree', () => {
  it('every function of functions.ts is in PARAMS, and nothing else', () => {
    expect([...ids.values()].sort()).toEqual(Object.keys(PARAMS).sort());
  });

  for (const [fn, id] of ids) {
    it(`${id}: each @zhparam name is the name its messages use`, () => {
      const zh = Object.fromEntries([...tags.get(fn)!.params].map(([param, t]) => [param, t.name]));
      expect(zh).toEqual(PARAMS[id as keyof typeof PARAMS]);
    });
  }
});

/** Valid calls; each single-value parameter in turn gets "abc" (a typo) and must be named in the #VALUE!. */
const VALID: Record<keyof typeof PARAMS, unknown[]> = {
  WEIGHTED: [[[90, 80]], [[0.5, 0.5]], 1],
  TOTAL: [[[90, 80]], [[0.5, 0.5]], 1, 1],
  SCALE: [85, 100, 20],
  DEDUCT: [[[1]], 0.5, 3],
  BONUS: [[[1]], 3],
  GRADE: [85, null, null],
  RANK: [80, [[90], [80]], null, null, 0],
  RANKS: [[[90], [80]], null, 0],
  QUOTA: [7, 0.4, 0],
  AWARD: [1, '优秀', [['一等奖', 1, '优秀']], '是', null],
  TRIMMEAN: [[[1, 2, 3, 4]], 1, 1],
  SATISFACTION: [[[10, 5, 1]], [[100, 60, 0]]],
  COMPLETION: [5, 4, 10, 1.2, '否'],
  LINEAR: [5, 0, 10, 10],
  RATING: ['好', 10, null],
  RANKPOINTS: [1, [[1, 10], [2, 8]]],
};

/** Parameters where "abc" is a fine value (a category, a grade or rating label), or a range whose items are named one by one ("第1项扣分"). */
const NOT_A_TYPO = new Set(['RANK.group', 'RANK.groups', 'RANKS.groups', 'AWARD.grade', 'RATING.rating']);

describe('a typo in an argument is #VALUE! naming that argument by its metadata name', () => {
  for (const [fn, id] of ids) {
    const names = PARAMS[id as keyof typeof PARAMS] as Record<string, string>;
    Object.entries(names).forEach(([param, zh], i) => {
      if (NOT_A_TYPO.has(`${id}.${param}`)) return;
      it(`${id}(… ${param} = "abc" …) names ${zh}`, () => {
        const args = [...VALID[id as keyof typeof PARAMS]];
        expect((functions as Record<string, (...a: unknown[]) => unknown>)[fn](...args), 'the valid call').not.toHaveProperty('code');
        args[i] = 'abc';
        const r = (functions as Record<string, (...a: unknown[]) => unknown>)[fn](...args) as { code: string; message: string };
        expect(r.code).toBe('#VALUE!');
        expect(r.message).toContain(zh);
      });
    });
  }
});
