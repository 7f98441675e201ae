import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, fromExcel, roundHalfUp, show, toExcel } from '../../src/engine/decimal';
import { fixedAdd, fixedCmp, fixedMul, fixedOf, fixedOfDec, fixedOfText, fixedRound, fixedSub, fixedToDec, FixedSum, showFast, toExcelFast, type Fixed } from '../../src/engine/fixed';

const asDec = (f: Fixed) => new D(f.int).div(new D(10).pow(f.scale));

const value = fc.oneof(
  fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1e6),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0.1 + 0.2, 89.99999999999999, 12.3456789012345, 123456789012345, 1e15, 1e21, 5e-324, -0, 0.005, 2.675),
);

describe('Fixed: exact decimals in safe integers', () => {
  it('reads a double as the decimal Excel shows, or steps aside', () => {
    fc.assert(
      fc.property(value, (v) => {
        const f = fixedOf(v);
        if (f !== null) expect(asDec(f).eq(fromExcel(v))).toBe(true);
        const dec = f && fixedToDec(f);
        if (dec) expect(dec.eq(fromExcel(v))).toBe(true);
      }),
      { seed: 9, numRuns: 3000 },
    );
  });

  it('adds, subtracts, multiplies, compares and rounds half up exactly as decimal.js', () => {
    fc.assert(
      fc.property(value, value, fc.integer({ min: 0, max: 4 }), (a, b, places) => {
        const x = fixedOf(a);
        const y = fixedOf(b);
        if (!x || !y) return;
        const [dx, dy] = [asDec(x), asDec(y)];
        const sum = fixedAdd(x, y);
        if (sum) expect(asDec(sum).eq(dx.plus(dy))).toBe(true);
        const diff = fixedSub(x, y);
        if (diff) expect(asDec(diff).eq(dx.minus(dy))).toBe(true);
        const product = fixedMul(x, y);
        if (product) expect(asDec(product).eq(dx.times(dy))).toBe(true);
        const c = fixedCmp(x, y);
        if (c !== null) expect(c).toBe(dx.cmp(dy));
        const rounded = fixedRound(x, places);
        if (rounded) expect(asDec(rounded).eq(roundHalfUp(dx, places))).toBe(true);
        const big = product && fixedRound(product, places);
        if (big) expect(asDec(big).eq(roundHalfUp(dx.times(dy), places))).toBe(true);
      }),
      { seed: 11, numRuns: 5000 },
    );
  });

  it('sums a row exactly, or says it cannot', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.constantFrom(1, 0.3, 12.5, 33.4)), { maxLength: 9 }), (parts) => {
        const sum = new FixedSum();
        let exact = new D(0);
        let ok = true;
        for (const [v, w] of parts) {
          const x = fixedOf(v);
          const y = fixedOf(w)!;
          if (!x) return;
          ok = sum.add(x.int * y.int, x.scale + y.scale + 2) && ok;
          exact = exact.plus(asDec(x).times(asDec(y)).div(100));
        }
        if (ok) expect(asDec(sum.value).eq(exact)).toBe(true);
      }),
      { seed: 13, numRuns: 3000 },
    );
  });

  it('rounds ties away from zero and reads plain decimal text only', () => {
    expect(fixedRound({ int: 2675, scale: 3 }, 2)).toEqual({ int: 268, scale: 2 });
    expect(fixedRound({ int: -2675, scale: 3 }, 2)).toEqual({ int: -268, scale: 2 });
    expect(fixedRound({ int: 9007199254740991, scale: 1 }, 0)).toEqual({ int: 900719925474099, scale: 0 });
    expect(fixedOfText('3')).toEqual({ int: 3, scale: 0 });
    expect(fixedOfText('2.50')).toEqual({ int: 25, scale: 1 });
    expect(fixedOfText('-1')).toBeNull();
    expect(fixedOfText('1e3')).toBeNull();
    expect(fixedOfText('1000000000000000')).toBeNull();
  });

  it('reads a decimal off its digits, and gives the double and the text decimal.js gives', () => {
    // decimals as totals, caps and quotients come out of decimal.js: any digits, any exponent
    const decimal = fc.oneof(
      fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -30, max: 30 })).map(([m, e]) => new D(`${m}e${e}`)),
      fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 6 })).map(([m, k]) => new D(m).div(10 ** k)),
      value.map((v) => fromExcel(v)),
      fc.integer({ min: 1, max: 999 }).map((n) => new D(n).div(7)),
      fc.constantFrom(new D(0), new D(-0), new D('-0.0'), new D(NaN), new D(Infinity), new D(-Infinity), new D('1e-9'), new D('9.99999999999999e-10'), new D('999999999999999'), new D('1e15'), new D('-1.5e-12')),
    );
    fc.assert(
      fc.property(decimal, (d) => {
        const f = fixedOfDec(d);
        if (f !== null) {
          expect(asDec(f).eq(d)).toBe(true);
          expect(Math.abs(f.int)).toBeLessThan(1e15);
        }
        if (d.isFinite() && d.precision() <= 14 && d.abs().lt(1e14) && (d.isZero() || d.e >= -8)) expect(f, d.toString()).not.toBeNull();
        expect(Object.is(toExcelFast(d), toExcel(d)), d.toString()).toBe(true);
        expect(showFast(d)).toBe(show(d));
      }),
      { seed: 17, numRuns: 20000 },
    );
  });
});

