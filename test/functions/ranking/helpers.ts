import { expect } from 'vitest';
import { run } from '../../../src/functions/args';

/** Call an impl the way the JSDoc wrapper does, so errors come back as values. */
export function call<T>(body: () => T) {
  return run('TEST', body);
}

export function expectError(result: unknown, code: '#VALUE!' | '#N/A', ...parts: string[]) {
  expect(result).toMatchObject({ code });
  const message = (result as { message: string }).message;
  for (const p of parts) expect(message).toContain(p);
}

/** A column range as Excel passes it. */
export const col = (...xs: unknown[]) => xs.map((x) => [x]);
