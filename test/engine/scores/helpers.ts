import { D, Dec, fromExcel } from '../../../src/engine/decimal';
import { PerfError } from '../../../src/engine/errors';

/** The PerfError a call throws (fails the test when it throws none or something else). */
export function perfError(f: () => unknown): PerfError {
  try {
    f();
  } catch (e) {
    if (e instanceof PerfError) return e;
    throw e;
  }
  throw new Error('expected a PerfError, got a result');
}

/** A decimal as a cell would give it; null stays null (not entered). */
export function dec(x: number | string): Dec {
  return typeof x === 'number' ? fromExcel(x) : new D(x);
}
export function decs(xs: readonly (number | string | null)[]): (Dec | null)[] {
  return xs.map((x) => (x === null ? null : dec(x)));
}
