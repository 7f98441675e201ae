import type { PerfErrorKind } from '../engine/errors';

/** What a PERF function returns for an error outside Excel (CLI, tests, bench): the same shape as CustomFunctions.Error. */
export interface ErrorResult {
  code: '#VALUE!' | '#N/A' | '#NUM!';
  message: string;
}

const CODES = {
  value: { code: '#VALUE!', id: 'invalidValue' },
  na: { code: '#N/A', id: 'notAvailable' },
  num: { code: '#NUM!', id: 'invalidNumber' },
} as const;

/**
 * An error value with a Chinese message. Inside Excel it is a real CustomFunctions.Error
 * (#VALUE!, #N/A or #NUM!); elsewhere a plain object of the same shape, so the functions
 * run unchanged in Node.
 */
export function excelError(kind: PerfErrorKind, message: string): CustomFunctions.Error | ErrorResult {
  const { code, id } = CODES[kind];
  const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (cf && typeof cf.Error === 'function') {
    return new cf.Error((cf.ErrorCode?.[id] as CustomFunctions.ErrorCode | undefined) ?? (code as CustomFunctions.ErrorCode), message);
  }
  return { code, message };
}
