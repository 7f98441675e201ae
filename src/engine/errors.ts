/**
 * Errors the engine reports. `value` becomes #VALUE! (the input is wrong),
 * `na` becomes #N/A (a required value has not been entered yet), `num` becomes #NUM!
 * (the result is beyond what Excel can hold). The message is always Chinese and names
 * the item, the value and the fix.
 */
export type PerfErrorKind = 'value' | 'na' | 'num';

export class PerfError extends Error {
  readonly kind: PerfErrorKind;
  constructor(kind: PerfErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = 'PerfError';
  }
}

/** Invalid input → #VALUE! */
export function invalid(message: string): PerfError {
  return new PerfError('value', message);
}

/** Not entered yet (blank) → #N/A */
export function notEntered(message: string): PerfError {
  return new PerfError('na', message);
}

/** A result beyond Excel's numbers (±1.8E+308) → #NUM! */
export function tooLarge(message: string): PerfError {
  return new PerfError('num', message);
}

export function isPerfError(e: unknown): e is PerfError {
  return e instanceof PerfError;
}
