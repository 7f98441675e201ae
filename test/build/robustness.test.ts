/**
 * Issue 8 through the BUILT dist/functions.js, called as Excel calls it: no Infinity, no crash
 * on whole-column ranges, no silent reading of text where a yes/no or a band table belongs,
 * errors and huge numbers quoted as Excel shows them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CustomFunctionError, loadFunctionsScript, plain, type Registered } from './bare-runtime';
import { readDist } from './dist';

let fns: Registered;
beforeAll(() => {
  fns = loadFunctionsScript(readDist('functions.js'));
});

const call = (id: string, ...args: unknown[]) => fns.get(id)!(...args);
const CJK = /[\u3400-\u9fff]/;

function expectError(result: unknown, code: string, ...includes: string[]) {
  expect(result, JSON.stringify(result)).toBeInstanceOf(CustomFunctionError);
  const e = result as CustomFunctionError;
  expect(e.code).toBe(code);
  expect(e.message ?? '').toMatch(CJK);
  for (const s of includes) expect(e.message).toContain(s);
}

/** A whole-column range (A:B, 1,048,576 rows) with `rows` on top and the rest blank as a platform passes it. */
function column(rows: unknown[][], blank: unknown): unknown[][] {
  const width = rows[0].length;
  const out = rows.slice();
  while (out.length < 1_048_576) out.push(new Array(width).fill(blank));
  return out;
}

/** How long a call takes, in ms, with its result. */
function timed(f: () => unknown): { ms: number; result: unknown } {
  const t = performance.now();
  const result = f();
  return { ms: performance.now() - t, result };
}

describe('overflow gives #NUM! with a Chinese message, never Infinity', () => {
  const cases: [string, unknown[]][] = [
    ['BONUS', [[[9e307, 9e307]], null]],
    ['DEDUCT', [[[9e307, 9e307]], null, null]],
    ['DEDUCT', [[[1e308]], 10, null]],
    ['TOTAL', [[[1.7e308]], [[1]], null, 1.7e308]],
    ['SCALE', [1e308, 0.1, 100]],
    ['COMPLETION', [1e308, 1, 1e308, 10, null]],
    ['WEIGHTED', [[[1e308, 1e308]], [[100, 100]], 200]],
  ];
  for (const [id, args] of cases)
    it(`${id}(${JSON.stringify(args)})`, () => {
      expectError(call(id, ...args), '#NUM!', '超出 Excel 能表示的范围', '1.8E+308');
    });

  it('a large result that still fits is returned as it is', () => {
    expect(call('BONUS', [[8e307, 8e307]], null)).toBe(1.6e308);
  });
});

describe('whole-column tables (A:B) work, and quickly', () => {
  // web Excel passes null for blank cells; desktop passes "" (or 0)
  for (const [platform, blank] of [['web', null], ['desktop ""', ''], ['desktop 0', 0]] as const) {
    it(`GRADE with bands A:B (${platform})`, () => {
      const bands = column([[90, '优秀'], [80, '良好'], [60, '一般'], [null, '较差']], blank);
      const { ms, result } = timed(() => call('GRADE', 85, bands, null));
      expect(result).toBe('良好');
      expect(ms).toBeLessThan(1500);
    });

    it(`AWARD with tiers A:C and bands A:B (${platform})`, () => {
      const tiers = column([['一等奖', 1, '优秀'], ['二等奖', 2, '良好']], blank);
      const bands = column([[90, '优秀'], [80, '良好'], [null, '一般']], blank);
      expect(call('AWARD', 2, '良好', tiers, null, bands)).toBe('二等奖');
      expect(call('AWARD', 4, '良好', tiers, null, bands)).toBe('');
    });

    it(`GRADE with bands written as text down column A:A (${platform})`, () => {
      const bands = column([['优秀:90'], ['良好:80'], ['较差']], blank);
      expect(call('GRADE', 85, bands, null)).toBe('良好');
    });

    it(`RANKPOINTS with its table A:B (${platform})`, () => {
      expect(call('RANKPOINTS', 3, column([[1, 10], ['2-3', 8], [4, 6]], blank))).toBe(8);
    });

    it(`RATING with its table A:B (${platform})`, () => {
      expect(call('RATING', '较好', 10, column([['好', '100%'], ['较好', '80%'], ['差', 0]], blank))).toBe(8);
    });
  }

  it('RANKPOINTS over a 10,000-row table answers in well under a second (was 5.6 s)', () => {
    const table = Array.from({ length: 10_000 }, (_, i) => [i + 1, 10_000 - i]);
    const { ms, result } = timed(() => call('RANKPOINTS', 9_999, table));
    expect(result).toBe(2);
    expect(ms).toBeLessThan(1000);
  });

  it('RANKPOINTS still finds a rank listed twice in a big table', () => {
    const table: unknown[][] = Array.from({ length: 5_000 }, (_, i) => [i + 1, 1]);
    table.push(['4990-5000', 2]);
    expectError(call('RANKPOINTS', 1, table), '#VALUE!', '第4990名出现了两次');
  });
});

describe('text where a yes/no or a band table belongs is #VALUE!, naming the argument and the words it takes', () => {
  it('GRADE(85, "abc"): "abc" is not a band table', () => {
    expectError(call('GRADE', 85, 'abc', null), '#VALUE!', '等次表', '“abc”', '优秀:90,良好:80,一般:60,较差');
  });
  it('GRADE(95, , "abc"): the downgrade is not lowered by a typo', () => {
    expectError(call('GRADE', 95, null, 'abc'), '#VALUE!', '一票否决', '“abc”', '是', '否');
    expect(call('GRADE', 95, null, '是')).toBe('良好');
    expect(call('GRADE', 95, null, '否')).toBe('优秀');
  });
  it('AWARD(1, "优秀", tiers, "abc"): eligibility "abc" does not award', () => {
    const tiers = [['一等奖', 1, '优秀']];
    expectError(call('AWARD', 1, '优秀', tiers, 'abc', null), '#VALUE!', '评优资格', '“abc”', '是', '否');
    expect(call('AWARD', 1, '优秀', tiers, '是', null)).toBe('一等奖');
    expect(call('AWARD', 1, '优秀', tiers, '否', null)).toBe('');
  });
  it('COMPLETION lower_is_better "abc" is not a silent "no"', () => {
    expectError(call('COMPLETION', 5, 4, 10, null, 'abc'), '#VALUE!', '越低越好', '“abc”', '越高越好');
    expect(call('COMPLETION', 5, 4, 10, null, '是')).toBe(8);
    expect(call('COMPLETION', 2, 4, 10, null, '越高越好')).toBe(5);
  });
});

describe('messages quote errors by their code and huge numbers in Excel notation', () => {
  it('an error value passed in is named by its code, not [object Object]', () => {
    for (const code of ['#N/A', '#DIV/0!', '#VALUE!', '#REF!']) {
      const r = call('SCALE', new CustomFunctionError(code), 100, 20);
      expectError(r, '#VALUE!', `得分是错误值 ${code}`);
      expect((r as CustomFunctionError).message).not.toContain('[object');
    }
    const g = call('GRADE', 85, new CustomFunctionError('#N/A'), null);
    expectError(g, '#VALUE!', '等次表是错误值 #N/A');
    expectError(call('GRADE', 95, null, new CustomFunctionError('#REF!')), '#VALUE!', '一票否决是错误值 #REF!');
  });

  it('1e308 is written 1E+308, not as 309 digits', () => {
    const r = call('DEDUCT', [[1, -1e308]], null, null);
    expectError(r, '#VALUE!', '第2项扣分为 -1E+308');
    expect((r as CustomFunctionError).message).not.toMatch(/\d{20}/);
    expectError(call('GRADE', 85, 1e308, null), '#VALUE!', '等次表 1E+308 不是等次设置');
    expectError(call('QUOTA', 10, 1e308, null), '#VALUE!', '比例 1E+308 大于 1');
  });
});

describe('issue 7 through the bundle: the same words everywhere', () => {
  it('RANKS puts "一类" and "一 类" in one group, as the ranking sheet does', () => {
    expect(plain(call('RANKS', [[90], [80], [85]], [['一类'], ['一 类'], ['一类']], null))).toEqual([[1], [3], [2]]);
  });
  it('中国式, 中国式排名 and dense are one method in RANK and RANKS', () => {
    for (const m of ['中国式', '中国式排名', 'dense', 'Dense', '中国式 排名', 1]) {
      expect(plain(call('RANKS', [[90], [90], [80]], null, m)), String(m)).toEqual([[1], [1], [2]]);
      expect(call('RANK', 80, [[90], [90], [80]], null, null, m), String(m)).toBe(2);
    }
    expectError(call('RANKS', [[90]], null, 'fast'), '#VALUE!', '排名方式', '中国式排名');
  });
});
