/**
 * Errors the engine reports. `value` becomes #VALUE! (the input is wrong),
 * `na` becomes #N/A (a required value has not been entered yet). The message is
 * always Chinese and names the item, the value and the fix.
 */
export type PerfErrorKind = 'value' | 'na';

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

export function isPerfError(e: unknown): e is PerfError {
  return e instanceof PerfError;
}
