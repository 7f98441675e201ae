import vm from 'node:vm';

/** What Excel's CustomFunctions.Error looks like: a code and an optional message. */
export class CustomFunctionError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const ERROR_CODE = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export type Registered = Map<string, (...args: unknown[]) => unknown>;

/**
 * Runs a built functions script in a bare context that offers only a
 * CustomFunctions object — no window, no Office, no console — as Excel's
 * functions runtime would, and returns what it registered.
 */
export function loadFunctionsScript(code: string): Registered {
  const registered: Registered = new Map();
  const add = (id: string, fn: unknown) => {
    if (registered.has(id)) throw new Error(`${id} registered twice`);
    if (typeof fn !== 'function') throw new Error(`${id} registered with a ${typeof fn}`);
    registered.set(id, fn as (...args: unknown[]) => unknown);
  };
  const CustomFunctions = {
    associate(idOrMap: string | Record<string, unknown>, fn?: unknown) {
      if (typeof idOrMap === 'string') add(idOrMap, fn);
      else for (const [id, f] of Object.entries(idOrMap)) add(id, f);
    },
    Error: CustomFunctionError,
    ErrorCode: ERROR_CODE,
  };
  const context = vm.createContext({ CustomFunctions });
  vm.runInContext(code, context, { filename: 'dist/functions.js' });
  return registered;
}

/** A result as a plain value of this realm (the script's arrays come from the vm's realm); -0 is 0 as Excel shows it. */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (Object.is(value, -0)) return 0;
  return value;
}
