import { expect } from 'vitest';

/** Assert a PERF function returned #VALUE!/#N/A with a Chinese message containing `includes`. */
export function expectError(result: unknown, code: '#VALUE!' | '#N/A', includes?: string): void {
  expect(result).toMatchObject({ code });
  const message = (result as { message: string }).message;
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  if (includes !== undefined) expect(message).toContain(includes);
}

/**
 * A wrapper typed for any arguments. The wrappers type range parameters as any[][] (that is what
 * makes the metadata say "matrix"), but Excel also passes null for an omitted one.
 */
export function loose<F extends (...args: any[]) => any>(f: F): (...args: unknown[]) => ReturnType<F> {
  return f as unknown as (...args: unknown[]) => ReturnType<F>;
}
