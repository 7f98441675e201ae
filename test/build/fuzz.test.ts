/**
 * A seeded, reproducible fuzz of the BUILT dist/functions.js: random arguments of the shapes
 * Excel passes (numbers huge and tiny, text, full-width digits, error values, blanks, ranges,
 * nested and whole-column ranges) to every function. Whatever comes in, the answer is a value Excel can
 * show (never Infinity or NaN) or #VALUE!/#N/A/#NUM! with a Chinese message; nothing throws.
 * To reproduce a failure, fast-check prints the seed and path; the seed is fixed here.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CustomFunctionError, loadFunctionsScript, type Registered } from './bare-runtime';
import { readDist, readDistJson } from './dist';

interface MetadataFunction {
  id: string;
  parameters: { name: string; dimensionality?: string }[];
}

const CJK = /[\u3400-\u9fff]/;
const SEED = 20261201;

let fns: Registered;
let metadata: MetadataFunction[];
beforeAll(() => {
  fns = loadFunctionsScript(readDist('functions.js'));
  metadata = readDistJson<{ functions: MetadataFunction[] }>('functions.json').functions;
});

const number = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 2, 0.5, 60, 79.5, 80, 85, 90, 100, 1e15, 9e307, 1e308, -1e308, 1.7976931348623157e308, 5e-324, 1e-300, -1e-300),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 200 }),
);

const text = fc.oneof(
  fc.constantFrom(
    '', ' ', '９０', '８５分', '90分', '80%', '４０％', '-0.5', '1,234.5', '1e308', '优秀', '优 秀', '良好', '较差', '一类', '一 类',
    'Ａ类', '是', '否', '√', 'TRUE', 'abc', '中国式', '中国式排名', 'dense', 'competition', '四舍五入', '1-3', '第2名',
    '优秀:90,良好:80,一般:60,较差', '好:100%,较好:80%,一般:60%,差:0', '越低越好', '越高越好', '#N/A', '#DIV/0!',
  ),
  fc.string({ maxLength: 8 }),
);

const excelError = fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!').map((code) => new CustomFunctionError(code));

const cell = fc.oneof(
  { weight: 4, arbitrary: number },
  { weight: 4, arbitrary: text },
  { weight: 2, arbitrary: fc.constantFrom(null, '', 0) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: excelError },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([[90, 80]], [[null]], [], [['优秀']]) },
);

/** A range as Excel passes it: rows of equal width. */
const range = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 4 }) })
  .chain(({ rows, cols }) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

/** Whole-column ranges, mostly blank, built once: A:A, A:B and A:C with a few filled rows on top. */
function wholeColumn(top: unknown[][], blank: unknown): unknown[][] {
  const width = top[0].length;
  const blankRow = new Array(width).fill(blank);
  const out = top.slice();
  while (out.length < 1_048_576) out.push(blankRow);
  return out;
}
const WHOLE = [
  wholeColumn([[90, '优秀'], [80, '良好'], [null, '较差']], null),
  wholeColumn([['一等奖', 1, '优秀'], ['二等奖', '２', '良好']], ''),
  wholeColumn([[1, 10], ['2-3', 8]], 0),
  wholeColumn([[95], [85], ['']], null),
];
const whole = fc.constantFrom(...WHOLE);

/** An argument for one parameter: a scalar, a range, rarely a whole column; optional ones may be omitted. */
function argFor(matrix: boolean): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: matrix ? 2 : 6, arbitrary: cell },
    { weight: matrix ? 6 : 2, arbitrary: range },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: matrix ? 1 : 0, arbitrary: fc.nat(40).chain((n) => (n === 0 ? whole : range)) },
  );
}

function showable(id: string, args: unknown[], result: unknown): string | null {
  const where = () => `${id}(${JSON.stringify(args, (_k, v) => (Array.isArray(v) && v.length > 20 ? `[${v.length} rows]` : v)).slice(0, 300)}) → `;
  if (result instanceof CustomFunctionError) {
    if (!['#VALUE!', '#N/A', '#NUM!'].includes(result.code)) return `${where()}error code ${result.code}`;
    if (!CJK.test(result.message ?? '')) return `${where()}error without a Chinese message: ${result.message}`;
    if (/\[object|undefined|NaN|Infinity/.test(result.message ?? '')) return `${where()}message shows a raw value: ${result.message}`;
    return null;
  }
  const cells = Array.isArray(result) ? (result as unknown[]).flat() : [result];
  if (Array.isArray(result) && !(result as unknown[]).every(Array.isArray)) return `${where()}a spill that is not 2-D`;
  for (const c of cells) {
    if (!['number', 'string', 'boolean'].includes(typeof c)) return `${where()}${typeof c} in the result`;
    if (typeof c === 'number' && !Number.isFinite(c)) return `${where()}${c}`;
  }
  return null;
}

describe('fuzz: random Excel-shaped arguments to every function of the built bundle', () => {
  it('never throws, never returns Infinity or NaN, every error explains itself in Chinese', () => {
    const start = performance.now();
    for (const fn of metadata) {
      const args = fc.tuple(...fn.parameters.map((p) => argFor(p.dimensionality === 'matrix')));
      fc.assert(
        fc.property(args, (a) => {
          let result: unknown;
          try {
            result = fns.get(fn.id)!(...a);
          } catch (e) {
            throw new Error(`${fn.id} threw: ${(e as Error).message}`);
          }
          const problem = showable(fn.id, a, result);
          if (problem) throw new Error(problem);
        }),
        { seed: SEED, numRuns: 400 },
      );
    }
    expect(performance.now() - start).toBeLessThan(30_000);
  });
});
