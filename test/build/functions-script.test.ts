import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CustomFunctionError, loadFunctionsScript, plain, type Registered } from './bare-runtime';
import { isExpectedError, type FunctionCase } from './case-types';
import { readDist, readDistJson } from './dist';

interface MetadataFunction {
  id: string;
  parameters: { name: string; dimensionality?: string; optional?: boolean }[];
}

const CASES_DIR = path.join(__dirname, 'cases');
const caseFiles = readdirSync(CASES_DIR).filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')).sort();

/** Every array of cases that a case file exports, whatever its export is called. */
async function loadCases(file: string): Promise<FunctionCase[]> {
  const mod: Record<string, unknown> = await import(pathToFileURL(path.join(CASES_DIR, file)).href);
  return Object.values(mod).filter(Array.isArray).flat() as FunctionCase[];
}
const casesByFile = await Promise.all(caseFiles.map(async (file) => [file, await loadCases(file)] as const));

const show = (v: unknown) =>
  JSON.stringify(v, (_k, x) => (x === undefined || (typeof x === 'number' && !Number.isFinite(x)) ? String(x) : x));
const CJK = /[\u3400-\u9fff]/;

let registered: Registered;
let metadata: MetadataFunction[];

beforeAll(() => {
  metadata = readDistJson<{ functions: MetadataFunction[] }>('functions.json').functions;
  registered = loadFunctionsScript(readDist('functions.js'));
});

/** A result Excel can show: a value, a 2-D array of values, or #VALUE!/#N/A/#NUM! with a Chinese message. */
function expectShowable(id: string, args: unknown[], result: unknown) {
  const where = `${id}(${show(args)}) → ${show(result)}`;
  if (result instanceof CustomFunctionError) {
    expect(['#VALUE!', '#N/A', '#NUM!'], where).toContain(result.code);
    expect(result.message ?? '', `${where}: the error must explain itself in Chinese`).toMatch(CJK);
    return;
  }
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  if (Array.isArray(result)) expect(result.every(Array.isArray), `${where}: a spill is a 2-D array`).toBe(true);
  for (const cell of cells) {
    expect(['number', 'string', 'boolean'], where).toContain(typeof cell);
    if (typeof cell === 'number') expect(Number.isFinite(cell), where).toBe(true);
  }
}

describe('dist/functions.js in a bare CustomFunctions runtime', () => {
  it('registers every function of functions.json, and nothing else', () => {
    expect([...registered.keys()].sort()).toEqual(metadata.map((f) => f.id).sort());
  });

  // Excel passes a range as a 2-D array even for one cell; a single-value parameter gets the bare value.
  const shaped = (fn: MetadataFunction, value: unknown) =>
    fn.parameters.map((p) => (p.dimensionality === 'matrix' ? [[value]] : value));
  const blanks: [string, unknown][] = [
    ['web blank (null)', null],
    ['desktop blank (0)', 0],
    ['empty text', ''],
    ['non-numeric text', '优秀'],
    ['TRUE', true],
  ];

  for (const [label, value] of blanks) {
    it(`answers every function called with ${label} in every argument: a value or #VALUE!/#N/A, never an exception`, () => {
      for (const fn of metadata) {
        const args = shaped(fn, value);
        let result: unknown;
        expect(() => (result = registered.get(fn.id)!(...args)), `${fn.id}(${show(args)}) threw`).not.toThrow();
        expectShowable(fn.id, args, result);
      }
    });
  }

  it('has at least one case for every function (test/build/cases/*.ts)', () => {
    const covered = new Set(casesByFile.flatMap(([, cases]) => cases.map((c) => c.id)));
    expect(metadata.map((f) => f.id).filter((id) => !covered.has(id)), 'functions without a case').toEqual([]);
  });

  for (const [file, cases] of casesByFile) {
    describe(`cases/${file}`, () => {
      for (const c of cases) {
        it(`${c.id}(${show(c.args).slice(1, -1).slice(0, 120)}) → ${show(c.expect)}${c.note ? ` — ${c.note}` : ''}`, () => {
          const fn = registered.get(c.id);
          expect(fn, `${c.id} is not registered`).toBeTypeOf('function');
          const result = fn!(...c.args);
          if (isExpectedError(c.expect)) {
            expect(result, `${show(result)} should be an error`).toBeInstanceOf(CustomFunctionError);
            const error = result as CustomFunctionError;
            expect(error.code).toBe(c.expect.error === 'na' ? '#N/A' : '#VALUE!');
            expect(error.message ?? '').toMatch(CJK);
            if (c.expect.messageIncludes) expect(error.message).toContain(c.expect.messageIncludes);
          } else {
            expect(result instanceof CustomFunctionError ? `${result.code} ${result.message}` : plain(result)).toEqual(c.expect);
          }
        });
      }
    });
  }
});
