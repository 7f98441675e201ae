/**
 * The shape of the case tables in test/build/cases/*.ts, which
 * functions-script.test.ts runs against the BUILT dist/functions.js.
 *
 *   import type { FunctionCase } from '../case-types';
 *   export const cases: FunctionCase[] = [
 *     { id: 'GRADE', args: [89.99999999999999, null, null], expect: '优秀' },
 *     { id: 'GRADE', args: [null, null, null], expect: { error: 'na', messageIncludes: '尚未填写' } },
 *   ];
 *
 * args are exactly what Excel passes: a range is a 2-D array (a row [[a, b]],
 * a column [[a], [b]]), a single cell is the bare value, an omitted optional
 * argument is null, a blank single cell is null on the web and 0 on desktop,
 * blanks inside ranges are "" or null.
 */
export type ExpectedError = { error: 'value' | 'na'; messageIncludes?: string };

export interface FunctionCase {
  /** The function id as in functions.json, e.g. 'GRADE'. */
  id: string;
  args: unknown[];
  /** The value Excel shows (number, string, boolean, or a 2-D array for spills), or the error. */
  expect: unknown | ExpectedError;
  /** Optional: why this case matters (shown in the test name). */
  note?: string;
}

export function isExpectedError(expected: unknown): expected is ExpectedError {
  return typeof expected === 'object' && expected !== null && !Array.isArray(expected) && 'error' in expected;
}
